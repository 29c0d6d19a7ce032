import React, { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { CATEGORY_LABELS, GLOSSARY_CATEGORIES, glossary, type GlossaryTerm } from '@site/src/data/glossary';
import { announce } from '@site/src/browser/announce';
import { describeShown, groupByInitial, letterAnchorId, termMatches, type CategoryFilter } from '@site/src/lib/glossary';
import styles from './styles.module.css';

/** Wait for a pause in typing before reading the count out, so each keystroke does not interrupt. */
const ANNOUNCE_AFTER_MS = 500;

const groups = groupByInitial(glossary);
const countByCategory = new Map(GLOSSARY_CATEGORIES.map((category) => [category, glossary.filter((term) => term.category === category).length]));

function parseCategory(value: string): CategoryFilter {
  return (GLOSSARY_CATEGORIES as readonly string[]).includes(value) ? (value as CategoryFilter) : 'all';
}

/**
 * The whole glossary, A to Z, read from src/data/glossary. Every term is an h3
 * with its id (a copy-link anchor) followed by its definition, all in the
 * server-rendered HTML, so the offline search indexes each term as a section.
 * The filter only hides terms after hydration, while the reader types.
 */
export default function Glossary(): ReactNode {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryFilter>('all');
  const filterId = useId();
  const categoryId = useId();
  const hintId = useId();

  const shownIds = useMemo(() => new Set(glossary.filter((term) => termMatches(term, query, category)).map((term) => term.id)), [query, category]);
  const shown = shownIds.size;
  const summary = describeShown(shown, glossary.length);

  // Announce only after the reader has changed the filter, never on the first render.
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) return undefined;
    const timer = window.setTimeout(() => announce(summary), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [summary, query, category]);

  const visibleGroups = groups.filter((group) => group.terms.some((term) => shownIds.has(term.id)));

  return (
    <div className={styles.glossary}>
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={filterId}>Filter terms</label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => {
              changed.current = true;
              setQuery(event.target.value);
            }}
            placeholder="two-tower, drift, calibration"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={categoryId}>Category</label>
          <select
            id={categoryId}
            value={category}
            onChange={(event) => {
              changed.current = true;
              setCategory(parseCategory(event.target.value));
            }}>
            <option value="all">All categories</option>
            {GLOSSARY_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {CATEGORY_LABELS[value]} ({countByCategory.get(value)})
              </option>
            ))}
          </select>
        </div>
        <p id={hintId} className={styles.count}>
          {summary}
          {shown === 0 && '. Try a shorter word or all categories.'}
        </p>
      </div>

      <nav aria-label="Glossary letters" className={styles.letters}>
        <ul>
          {visibleGroups.map((group) => (
            <li key={group.letter}>
              <Link to={`#${letterAnchorId(group.letter)}`}>{group.letter}</Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* Headings, definitions and links are siblings, so the search indexes each
          term's definition under its own h3 and nothing under the letters. */}
      <div className={styles.terms}>
        {groups.map((group) => {
          const groupShown = group.terms.some((term) => shownIds.has(term.id));
          return (
            <Fragment key={group.letter}>
              <Heading as="h2" id={letterAnchorId(group.letter)} className={styles.letter} hidden={!groupShown}>
                {group.letter}
              </Heading>
              {group.terms.map((term) => (
                <TermEntry key={term.id} term={term} hidden={!shownIds.has(term.id)} />
              ))}
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}

function TermEntry({ term, hidden }: { term: GlossaryTerm; hidden: boolean }): ReactNode {
  return (
    <>
      <Heading as="h3" id={term.id} className={styles.term} hidden={hidden}>
        {term.term}
      </Heading>
      <p className={styles.definition} hidden={hidden}>
        {term.definition}
      </p>
      <p className={styles.meta} hidden={hidden}>
        <span className={styles.category}>{CATEGORY_LABELS[term.category]}</span>
        {/* Aliases are what readers type ("ANN"): search weighs them like a title, so the definition comes first. */}
        {term.aliases && term.aliases.length > 0 && (
          <>
            {' · Also: '}
            <span data-pagefind-weight="10">{term.aliases.join(', ')}</span>
          </>
        )}
        <span>
          {' · See also: '}
          {term.seeAlso.map((link, index) => (
            <Fragment key={link.to}>
              {index > 0 && ', '}
              <Link to={link.to}>{link.label}</Link>
            </Fragment>
          ))}
        </span>
      </p>
    </>
  );
}
