import type { SearchHit } from '@site/src/lib/searchHits';
import { searchTitles, titleLandings, type LandingText } from '@site/src/lib/textSearch';
import { SEARCH_DIR, SEARCH_TITLES_FILE, type TitlePage } from '@site/src/shared/searchTitles';

let loading: Promise<LandingText[]> | undefined;

/** Every landing place's title, fetched once when the search box gets focus: one small file, one round trip. */
export function loadTitles(baseUrl: string): Promise<LandingText[]> {
  loading ??= fetch(`${baseUrl}${SEARCH_DIR}/${SEARCH_TITLES_FILE}`).then(async (response) => {
    if (!response.ok) throw new Error(`${SEARCH_TITLES_FILE}: HTTP ${response.status}`);
    return titleLandings((await response.json()) as TitlePage[]);
  });
  loading.catch(() => {
    loading = undefined; // offline now, perhaps online later: try again next time
  });
  return loading;
}

/** The first answer: pages, sections, figures and questions whose title matches; empty when the file cannot be had. */
export async function searchTitlesFile(baseUrl: string, query: string): Promise<SearchHit[]> {
  return searchTitles(await loadTitles(baseUrl).catch(() => []), query);
}
