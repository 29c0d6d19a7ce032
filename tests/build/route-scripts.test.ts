import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtFile } from '@site/scripts/permalinks/permalinks';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';

/** Docusaurus's own record, written by the build: each route (path, then "-" and a hash) → the chunks it renders. */
const routesChunkNames = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../.docusaurus/routesChunkNames.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

/** The page's own content chunk, when its route has one (docs pages, blog posts). */
function contentChunk(urlPath: string): string | undefined {
  const route = Object.entries(routesChunkNames).find(([key]) => key.replace(/-[^-]+$/, '') === urlPath);
  const content = route?.[1].content;
  return typeof content === 'string' ? content : undefined;
}

/** The scripts a built page names, by file. */
function pageScripts(urlPath: string): string[] {
  const $ = load(fs.readFileSync(builtFile(BUILD_DIR, urlPath) as string, 'utf8'));
  return $('script[src]')
    .map((_, script) => path.basename($(script).attr('src') ?? ''))
    .get();
}

const docsPages = sitemapPaths().filter((urlPath) => urlPath.startsWith('/docs/') && contentChunk(urlPath));

describe("each page's HTML names the page's own chunks (plugins/route-scripts)", () => {
  it('the test covers the docs pages', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(docsPages)('%s', (urlPath) => {
    const scripts = pageScripts(urlPath);
    const problems: string[] = [];
    const chunk = contentChunk(urlPath);
    if (!scripts.some((file) => file.startsWith(`${chunk}.`))) problems.push(`its content chunk ${chunk} is not among its scripts: ${scripts.join(', ')}`);
    for (const file of scripts) if (!fs.existsSync(path.join(BUILD_DIR, 'assets', 'js', file))) problems.push(`names ${file}, which is not in build/assets/js`);
    if (new Set(scripts).size !== scripts.length) problems.push(`names a script twice: ${scripts.join(', ')}`);
    expect(problems).toEqual([]);
  });
});
