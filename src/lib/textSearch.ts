/**
 * A small full-text match for the offline search box: the pages a reader has
 * opened, split into landing places, matched word by word with prefixes and
 * one-letter typos forgiven in words of five letters or more; and the same
 * match over the titles file the search box answers from first. Pure: no browser.
 */
import type { SearchHit } from './searchHits';
import type { TitlePage } from '../shared/searchTitles';

export interface LandingText {
  url: string;
  page: string;
  section: string;
  text: string;
}

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Each landing's words, split once: the search box matches the same landings on every keystroke. */
const wordsOf = new WeakMap<LandingText, string[]>();
function landingWords(landing: LandingText): string[] {
  let own = wordsOf.get(landing);
  if (!own) wordsOf.set(landing, (own = words(`${landing.section} ${landing.text}`)));
  return own;
}

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

/** How well a word answers a query term: a whole word counts more than a longer word it prefixes or a typo ("ANN" means ANN, not "annotation"). */
function wordScore(word: string, term: string): number {
  return word === term ? 3 : matches(word, term) ? 1 : 0;
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
    const own = landingWords(landing);
    let score = 0;
    let first = '';
    for (const term of terms) {
      const hits = own.filter((word) => wordScore(word, term) > 0);
      if (hits.length === 0) {
        score = 0;
        break;
      }
      first ||= hits[0] as string;
      score += hits.reduce((sum, word) => sum + wordScore(word, term), 0);
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

/** The titles file as landing places: the page itself, then each section, figure and question, its abbreviation as its text. */
export function titleLandings(pages: readonly TitlePage[]): LandingText[] {
  return pages.flatMap(([url, page, landings]) => [
    { url, page, section: page, text: '' },
    ...landings.map(([id, section, also]) => ({ url: `${url}#${id}`, page, section, text: also ?? '' })),
  ]);
}

/**
 * Suggestions from titles alone, up to `limit` and at most two per page (the rest of the list is left to full-text
 * results): page and section, no excerpt (the title is the match). Every query word must match the title or the words
 * the place answers to. A place that answers to a query word as its abbreviation or alias defines it, so it comes
 * first; then whole words before longer words they prefix, then the shorter title (a section named for the word before
 * a question that mentions it).
 */
export function searchTitles(landings: readonly LandingText[], query: string, limit = 4, perPage = 2): SearchHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const scored: Array<{ landing: LandingText; defines: number; score: number; length: number; order: number }> = [];
  landings.forEach((landing, order) => {
    const own = landingWords(landing);
    let score = 0;
    for (const term of terms) {
      const best = own.reduce((top, word) => Math.max(top, wordScore(word, term)), 0);
      if (best === 0) return;
      score += best;
    }
    const defines = Number(words(landing.text).some((word) => terms.includes(word)));
    scored.push({ landing, defines, score, length: words(landing.section).length, order });
  });
  scored.sort((a, b) => b.defines - a.defines || b.score - a.score || a.length - b.length || a.order - b.order);
  const perPageCount = new Map<string, number>();
  const hits: SearchHit[] = [];
  for (const { landing } of scored) {
    const count = perPageCount.get(landing.page) ?? 0;
    if (count >= perPage) continue;
    perPageCount.set(landing.page, count + 1);
    hits.push({ url: landing.url, page: landing.page, section: landing.section, excerpt: '' });
    if (hits.length === limit) break;
  }
  return hits;
}
