/**
 * Turns Pagefind's page results into the suggestions the search box shows: for
 * each page, its best-matching landing places (section, figure or question),
 * each with the page and the section it comes from. Pure: no browser, no Pagefind.
 */

export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindLocation[];
  locations?: number[];
}

export interface PagefindPage {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** Where the suggestion lands: the page path with the section, figure or question anchor. */
  url: string;
  /** The page's title. */
  page: string;
  /** The section, figure or question the match is in; the page title when the match is in its introduction. */
  section: string;
  /** Text around the match; Pagefind escapes it and marks the matched words with <mark>. */
  excerpt: string;
}

const score = (sub: PagefindSubResult) => sub.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? sub.locations?.length ?? 0;

/** Up to `perPage` landing places per page, best first, pages in Pagefind's order; at most `limit` in all. */
export function searchHits(pages: readonly PagefindPage[], { perPage = 2, limit = 10 } = {}): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const page of pages) {
    const title = page.meta.title ?? page.url;
    const subs = [...(page.sub_results ?? [])].sort((a, b) => score(b) - score(a)).slice(0, perPage);
    if (subs.length === 0) hits.push({ url: page.url, page: title, section: title, excerpt: page.excerpt });
    for (const sub of subs) hits.push({ url: sub.url, page: title, section: sub.title, excerpt: sub.excerpt });
  }
  return hits.slice(0, limit);
}

/** The first list, then the hits of the second that land somewhere the first does not; at most `limit` in all. */
export function mergeHits(first: readonly SearchHit[], second: readonly SearchHit[], limit = 10): SearchHit[] {
  const seen = new Set(first.map((hit) => hit.url));
  return [...first, ...second.filter((hit) => !seen.has(hit.url))].slice(0, limit);
}
