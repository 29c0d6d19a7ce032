import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtFile } from '@site/scripts/permalinks/permalinks';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';

/** Docusaurus's own record, written by the build: each route (its path, "-", a hash) → the chunk names it renders. */
const ROUTES_CHUNK_NAMES = path.resolve(import.meta.dirname, '../../.docusaurus/routesChunkNames.json');
const routesChunkNames = JSON.parse(fs.readFileSync(ROUTES_CHUNK_NAMES, 'utf8')) as Record<string, unknown>;

/** Every chunk name in a route's entry, however deeply nested. */
function chunkNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(chunkNames) : [];
}

const files = fs.readdirSync(path.join(BUILD_DIR, 'assets', 'js'));

/** The chunks a page's own route renders, as built files. Chunks built into the start-up script have no file of their own. */
function routeFiles(urlPath: string): string[] {
  return Object.entries(routesChunkNames)
    .filter(([key]) => key.replace(/-[^-]+$/, '') === urlPath)
    .flatMap(([, chunks]) => chunkNames(chunks))
    .flatMap((name) => files.filter((file) => file.startsWith(`${name}.`) && file.endsWith('.js')));
}

/** The scripts a built page names, by file. */
function pageScripts(urlPath: string): string[] {
  const $ = load(fs.readFileSync(builtFile(BUILD_DIR, urlPath) as string, 'utf8'));
  return $('script[src]')
    .map((_, script) => path.basename($(script).attr('src') ?? ''))
    .get();
}

const pages = sitemapPaths().filter((urlPath) => routeFiles(urlPath).length > 0);

describe("each page's HTML names the page's own chunks (plugins/route-scripts)", () => {
  it('the record of routes is the one of this build, and the test covers the pages', () => {
    expect(sitemapPaths().filter((urlPath) => urlPath.startsWith('/docs/')).length).toBeGreaterThanOrEqual(30);
    expect(pages.length, `${ROUTES_CHUNK_NAMES} names no route of build/: was it written by another build?`).toBeGreaterThanOrEqual(
      sitemapPaths().length * 0.9,
    );
  });

  it.each(pages)('%s', (urlPath) => {
    const scripts = pageScripts(urlPath);
    const problems: string[] = [];
    for (const file of routeFiles(urlPath)) if (!scripts.includes(file)) problems.push(`its route's chunk ${file} is not among its scripts`);
    for (const file of scripts) if (!files.includes(file)) problems.push(`names ${file}, which is not in build/assets/js`);
    if (new Set(scripts).size !== scripts.length) problems.push(`names a script twice: ${scripts.join(', ')}`);
    expect(problems).toEqual([]);
  });
});
