/**
 * The search box's first answer: every place a reader can land on (page,
 * section, figure, question) by title alone, in one small file that the box
 * fetches when it gets focus, so titles answer before the full-text index has
 * arrived. Written by the pagefind-search plugin beside Pagefind's files.
 */

/** Where the search files land in the build, relative to the base URL: Pagefind's split index and the titles file. */
export const SEARCH_DIR = 'pagefind';

/** The titles file's name inside the search directory. */
export const SEARCH_TITLES_FILE = 'titles.json';

/** One landing place: its anchor id, its title, and any words it also answers to (the abbreviation a heading defines). */
export type TitleLanding = [id: string, title: string, alsoWords?: string];

/** One page: its URL path (with the base URL), its title, and its landing places in page order. */
export type TitlePage = [url: string, title: string, landings: TitleLanding[]];
