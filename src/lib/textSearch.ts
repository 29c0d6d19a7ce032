/**
 * A small full-text match for the offline search box: the pages a reader has
 * opened, split into landing places, matched word by word with prefixes and
 * one-letter typos forgiven in words of five letters or more. Pure: no browser.
 */
import type { SearchHit } from './searchHits';

export interface LandingText {
  url: string;
  page: string;
  section: string;
  text: string;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** True when a and b differ by at most one inserted, deleted, replaced or swapped letter. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function matches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  return term.length >= 5 && (withinOneEdit(word, term) || withinOneEdit(word.slice(0, term.length), term));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Up to `limit` landing places holding every word of the query, most matches first, with an excerpt marking the first. */
export function searchLandings(landings: readonly LandingText[], query: string, limit = 8): SearchHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const scored: Array<{ landing: LandingText; score: number; first: string }> = [];
  for (const landing of landings) {
    const own = words(`${landing.section} ${landing.text}`);
    let score = 0;
    let first = '';
    for (const term of terms) {
      const hits = own.filter((word) => matches(word, term));
      if (hits.length === 0) {
        score = 0;
        break;
      }
      first ||= hits[0] as string;
      score += hits.length;
    }
    if (score > 0) scored.push({ landing, score, first });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map(({ landing, first }) => {
    const at = landing.text.toLowerCase().indexOf(first);
    const start = Math.max(0, at - 60);
    const excerpt =
      at < 0
        ? escapeHtml(landing.text.slice(0, 120))
        : `${escapeHtml(landing.text.slice(start, at))}<mark>${escapeHtml(landing.text.slice(at, at + first.length))}</mark>${escapeHtml(landing.text.slice(at + first.length, at + first.length + 60))}`;
    return { url: landing.url, page: landing.page, section: landing.section, excerpt };
  });
}
