import React, { useId, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useLocation } from '@docusaurus/router';
import CopyLink from '@site/src/components/CopyLink';
import { books, findChapter, topicAnchor, topics, TOPIC_KIND_LABELS, type Book, type ChapterRef, type Topic, type TopicKind } from '@site/src/data/books';
import { describeShown, kindFilter, parseTopicFilter, topicFilter, topicMatches, type TopicFilter } from '@site/src/lib/topicFilter';
import styles from './styles.module.css';

const KINDS = Object.keys(TOPIC_KIND_LABELS) as TopicKind[];
const COLUMNS = books.length + 2;

function surnames(book: Book): string {
  return book.authors.map((author) => author.split(' ').at(-1)).join(' and ');
}

function ChapterCell({ book, refs }: { book: Book; refs: readonly ChapterRef[] }): ReactNode {
  if (refs.length === 0) return <td className={styles.noChapter}>No chapter</td>;
  return (
    <td>
      <ul className={styles.refs}>
        {refs.map((ref) => (
          <li key={ref.chapter}>
            <span className={styles.chapterNumber}>Ch. {ref.chapter}</span> {findChapter(book.id, ref.chapter)?.title}
            {ref.note && <span className={styles.note}>{ref.note}</span>}
          </li>
        ))}
      </ul>
    </td>
  );
}

function TopicRow({ topic, visible }: { topic: Topic; visible: boolean }): ReactNode {
  const anchor = topicAnchor(topic.id);
  return (
    <tr id={anchor} className={styles.row} hidden={!visible}>
      <th scope="row" className={styles.topic}>
        {topic.label}
        <CopyLink id={anchor} label={`topic ${topic.label}`} />
      </th>
      {books.map((book) => (
        <ChapterCell key={book.id} book={book} refs={topic.coverage[book.id]} />
      ))}
      <td>
        <ul className={styles.refs}>
          {topic.here.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

/**
 * Every topic against every book, one row each. All rows are in the
 * server-rendered HTML, each with a stable anchor (#topic-<id>); the filter
 * only hides rows in the browser and says how many remain.
 */
export default function TopicMap(): ReactNode {
  const brokenLinks = useBrokenLinks();
  topics.forEach((topic) => brokenLinks.collectAnchor(topicAnchor(topic.id)));

  const selectId = useId();
  const [filter, setFilter] = useState<TopicFilter>('all');
  const { hash } = useLocation();

  // A link to a row the filter hides would land nowhere: show everything again. Only a new hash resets the filter (checked
  // while rendering, as React advises for state that follows a changing value); choosing a filter must not undo itself.
  const [hashSeen, setHashSeen] = useState(hash);
  if (hash !== hashSeen) {
    setHashSeen(hash);
    const target = topics.find((topic) => `#${topicAnchor(topic.id)}` === hash);
    if (target && !topicMatches(target, filter)) setFilter('all');
  }

  const shown = topics.filter((topic) => topicMatches(topic, filter)).length;

  return (
    <div className={styles.topicMap}>
      <div className={styles.controls}>
        <label htmlFor={selectId} className={styles.label}>
          Show
        </label>
        <select id={selectId} className={styles.select} value={filter} onChange={(event) => setFilter(parseTopicFilter(event.target.value))}>
          <option value="all">Every topic</option>
          <optgroup label="Groups">
            {KINDS.map((kind) => (
              <option key={kind} value={kindFilter(kind)}>
                All: {TOPIC_KIND_LABELS[kind].toLowerCase()}
              </option>
            ))}
          </optgroup>
          {KINDS.map((kind) => (
            <optgroup key={kind} label={TOPIC_KIND_LABELS[kind]}>
              {topics
                .filter((topic) => topic.kind === kind)
                .map((topic) => (
                  <option key={topic.id} value={topicFilter(topic.id)}>
                    {topic.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <p className={styles.count} role="status" aria-live="polite">
          {describeShown(shown, topics.length)}
        </p>
      </div>
      <table className={styles.table} data-topic-map="">
        <caption className="sr-only">Where each book and this companion treat each topic</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.topic}>
              Topic
            </th>
            {books.map((book) => (
              <th scope="col" key={book.id}>
                <cite className={styles.bookTitle}>{book.shortTitle}</cite>
                <span className={styles.byline}>
                  {surnames(book)}, {book.year}
                </span>
              </th>
            ))}
            <th scope="col">This companion</th>
          </tr>
        </thead>
        {KINDS.map((kind) => {
          const group = topics.filter((topic) => topic.kind === kind);
          const anyVisible = group.some((topic) => topicMatches(topic, filter));
          return (
            <tbody key={kind} hidden={!anyVisible}>
              <tr className={styles.groupRow}>
                <th colSpan={COLUMNS} scope="rowgroup">
                  <span className={styles.groupLabel}>{TOPIC_KIND_LABELS[kind]}</span>
                </th>
              </tr>
              {group.map((topic) => (
                <TopicRow key={topic.id} topic={topic} visible={topicMatches(topic, filter)} />
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
