import React, { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { mergeHits, type SearchHit } from '@site/src/lib/searchHits';
import { loadPagefind, searchPagefind } from './pagefindClient';
import { searchReadPages } from './offlineSearch';
import { loadTitles, searchTitlesFile } from './titleSearch';
import { wholeBookChosen } from '@site/src/serviceWorker/registration';
import styles from './styles.module.css';

type Status = 'idle' | 'searching' | 'done' | 'failed';

/** Suggestions at most; on a short screen the list scrolls (see styles.module.css). */
const MAX_HITS = 8;

/** Pause in typing before a full-text query runs: each one fetches the text of its result pages. */
const SETTLE_MS = 250;

/**
 * The navbar search box: a combobox that answers in two steps. On the first
 * touch or focus it fetches one small file of every section, figure and
 * question title; with the first letter typed, once that file is in, it starts
 * loading Pagefind's split full-text index. Titles that match show first;
 * full-text matches follow below them when Pagefind answers, so the list only
 * grows. With no network it searches the pages this reader has
 * opened, from the service worker's cache (or the whole index, when the reader
 * kept the whole book).
 */
export default function SearchBar(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const history = useHistory();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [offline, setOffline] = useState(false);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // Ctrl+K (Cmd+K on a Mac) from anywhere on the page puts the cursor in the search box.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const term = query.trim();
    const sequence = (latest.current += 1);
    // An empty box and the "Searching" status are set where the text changes (show), not here.
    if (!term) return;
    let cancelled = false;
    const current = () => !cancelled && sequence === latest.current;
    let titlesShown = false;
    const publish = (found: SearchHit[], from: { offline: boolean; final: boolean }) => {
      setHits(found);
      setOffline(from.offline);
      // Full-text results join below the titles already shown: a reader arrowing through them keeps their place.
      const keep = from.final && titlesShown;
      setActive((current) => (keep && current >= 0 && current < found.length ? current : found.length > 0 ? 0 : -1));
      titlesShown ||= !from.final && found.length > 0;
      if (from.final) setStatus('done');
    };
    // Titles answer at once, usually while Pagefind is still loading: show them, keeping the status "searching".
    const titles = navigator.onLine || wholeBookChosen() ? searchTitlesFile(siteConfig.baseUrl, term) : Promise.resolve([]);
    void titles.then((found) => {
      if (current() && found.length > 0) publish(found, { offline: false, final: false });
    });
    const run = async () => {
      // Offline, the split index is only complete when the reader kept the whole book; otherwise search what they read.
      if (!navigator.onLine && !wholeBookChosen()) {
        const read = await searchReadPages(term);
        if (current()) publish(read, { offline: true, final: true });
        return;
      }
      let full: SearchHit[] | null;
      try {
        full = await searchPagefind(siteConfig.baseUrl, term);
      } catch {
        const read = await searchReadPages(term);
        if (current()) publish(read, { offline: true, final: true });
        return;
      }
      if (full !== null && current()) publish(mergeHits(await titles, full, MAX_HITS), { offline: false, final: true });
    };
    // The full text waits for a pause in typing, so a query typed letter by letter does not pay for every prefix.
    const timer = window.setTimeout(() => {
      run().catch(() => {
        if (current()) setStatus('failed');
      });
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, siteConfig.baseUrl]);

  /** Puts text in the box: an empty box has no results; any other waits for its search. */
  function show(text: string) {
    setQuery(text);
    setHits((current) => (text.trim() ? current : []));
    setStatus(text.trim() ? 'searching' : 'idle');
  }

  function go(hit: SearchHit | undefined) {
    if (!hit) return;
    setOpen(false);
    show('');
    history.push(hit.url);
  }

  const optionId = (index: number) => `${listId}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + hits.length) % hits.length;
      setActive(next);
      // The list scrolls on a short screen: keep the chosen option in view.
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      if (open) event.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && query.trim() !== '';
  return (
    // data-status: "searching" while full-text results may still join the list, "done" once they have.
    <div className={styles.search} role="search" data-status={status}>
      <input
        ref={input}
        type="search"
        className={clsx('navbar__search-input', styles.input)}
        placeholder="Search"
        aria-label="Search the companion"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        // The titles first, alone on the link, from the first touch: they give the first answer.
        onPointerDown={() => void loadTitles(siteConfig.baseUrl).catch(() => undefined)}
        onFocus={() => {
          setOpen(true);
          void loadTitles(siteConfig.baseUrl).catch(() => undefined);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          show(event.target.value);
          setOpen(true);
          // Pagefind once the titles are in, so its files and start-up do not hold back the first answer.
          void loadTitles(siteConfig.baseUrl)
            .catch(() => undefined)
            .then(() => loadPagefind(siteConfig.baseUrl))
            .catch(() => undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <div className={clsx(styles.panel, !expanded && styles.hidden)}>
        <ul id={listId} role="listbox" aria-label="Search suggestions" className={styles.list}>
          {hits.map((hit, index) => (
            <li
              key={hit.url}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              data-url={hit.url}
              className={clsx(styles.option, index === active && styles.active)}
              // Keep focus in the box, so the list stays open while the pointer chooses.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => go(hit)}>
              <span className={styles.section} data-hit-section>
                {hit.section}
              </span>
              <span className={styles.page} data-hit-page>
                {hit.page}
              </span>
              {/* Pagefind escapes the page text and marks the matched words; the offline search does the same. */}
              {hit.excerpt && <span className={styles.excerpt} data-hit-excerpt dangerouslySetInnerHTML={{ __html: hit.excerpt }} />}
            </li>
          ))}
        </ul>
        <p className={styles.status} role="status">
          {status === 'searching' && hits.length === 0 && 'Searching…'}
          {status === 'done' && hits.length === 0 && `No results for “${query.trim()}”.`}
          {status === 'done' && hits.length > 0 && offline && 'Offline: results from the pages you have opened.'}
          {status === 'failed' && 'Search is not available right now.'}
        </p>
      </div>
    </div>
  );
}
