import { searchHits, type PagefindPage, type SearchHit } from '@site/src/lib/searchHits';
import { SEARCH_DIR } from '@site/src/shared/searchTitles';

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string) => Promise<{ results: Array<{ data: () => Promise<PagefindPage> }> } | null>;
}

/** Pages fetched per query: each costs one small fragment file. */
const PAGES_PER_QUERY = 4;

let loading: Promise<Pagefind> | undefined;

/** Pagefind's loader, fetched once on first use (the first letter typed in the search box), never with the page. */
export function loadPagefind(baseUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}${SEARCH_DIR}/pagefind.js`)) as Pagefind;
    // Readers type acronyms ("ANN"): favour whole-word matches over longer words they prefix ("annotation"), and
    // penalise long reference pages (the glossary, the metrics page) less, since they are where terms are defined.
    // No web worker: it would cost one more round trip before the first search, for work that takes milliseconds.
    await pagefind.options({ noWorker: true, excerptLength: 16, ranking: { termSimilarity: 3, pageLength: 0.2 } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // offline now, perhaps online later: try again next time
  });
  return loading;
}

/** Suggestions for a query from the split index; null when a newer query made this one moot. */
export async function searchPagefind(baseUrl: string, query: string): Promise<SearchHit[] | null> {
  const pagefind = await loadPagefind(baseUrl);
  const found = await pagefind.search(query);
  if (!found) return null;
  const pages = await Promise.all(found.results.slice(0, PAGES_PER_QUERY).map((result) => result.data()));
  return searchHits(pages, { limit: 8 });
}
