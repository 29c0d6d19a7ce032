import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { NOT_CONTENT, searchRecord, titlePage } from './searchRecord';
import { SEARCH_DIR, SEARCH_TITLES_FILE, type TitlePage } from '../../src/shared/searchTitles';
import { OFFLINE_BOOK_FILE, offlineBookManifest } from '../offline-book/offlineBook';

/** Where the search bundle lands in the build, relative to baseUrl; the search box and the service worker read it from there. */
export const PAGEFIND_DIR = SEARCH_DIR;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The clean URL path a built HTML file is served at (trailingSlash: false): `docs/x.html` → `/docs/x`. */
function urlPathOf(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/\/$/, '') || '/';
}

/**
 * Site search that loads in pieces: after the build, Pagefind indexes every
 * docs and blog page (sections, figures and questions as landing places) and
 * writes an index split by word into `build/pagefind/`, so the first query
 * fetches a few small files instead of the whole index, and a file of every
 * landing place's title that answers first (`titles.json`). Then sizes the
 * whole-book offline download (`offline-book.json`), search index included.
 */
export default function pagefindSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    async postBuild({ outDir }) {
      // Pagefind is ESM-only and exports no `require` entry, which the config loader would use for a bare name.
      const pagefind = (await import(pathToFileURL(path.join(context.siteDir, 'node_modules', 'pagefind', 'lib', 'index.js')).href)) as typeof import('pagefind');
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const baseUrl = context.baseUrl.replace(/\/$/, '');
      const titles: TitlePage[] = [];
      for (const file of await htmlFiles(outDir)) {
        const urlPath = urlPathOf(outDir, file);
        if (!/^\/(?:docs|blog)(?:\/|$)/.test(urlPath) || NOT_CONTENT.test(urlPath)) continue;
        const record = searchRecord(await fs.readFile(file, 'utf8'));
        if (!record) continue;
        const added = await index.addHTMLFile({ url: `${baseUrl}${urlPath}`, content: record });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${urlPath}: ${added.errors.join('; ')}`);
        titles.push(titlePage(record, `${baseUrl}${urlPath}`));
      }
      if (titles.length === 0) throw new Error('Pagefind indexed no page: is the article selector still right?');
      const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefind.close();
      // Titles answer first, while Pagefind's pieces are still on their way; docs before blog posts when they tie.
      titles.sort(([a], [b]) => Number(a.includes('/blog/')) - Number(b.includes('/blog/')) || a.localeCompare(b));
      await fs.writeFile(path.join(outDir, PAGEFIND_DIR, SEARCH_TITLES_FILE), JSON.stringify(titles));
      // The whole-book offline download is sized here, once the search index it includes exists.
      const manifest = await offlineBookManifest(outDir, context.baseUrl, PAGEFIND_DIR);
      await fs.writeFile(path.join(outDir, OFFLINE_BOOK_FILE), JSON.stringify(manifest));
    },
  };
}
