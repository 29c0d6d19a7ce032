import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenPermalinks, readBuiltPage, type BuiltPage, type PermalinkSnapshot } from '@site/scripts/permalinks/permalinks';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';

const snapshotFile = path.resolve(import.meta.dirname, '../../permalinks.json');

describe('the permalink contract', () => {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as PermalinkSnapshot;

  it('keeps every published section, figure and question id reachable', () => {
    expect(brokenPermalinks(snapshot, (urlPath) => readBuiltPage(BUILD_DIR, urlPath))).toEqual([]);
  });

  it('lists every page of the sitemap (run `npm run permalinks` after adding pages or ids)', () => {
    const unlisted = sitemapPaths().filter((urlPath) => !(urlPath in snapshot));
    expect(unlisted).toEqual([]);
  });
});

describe('the permalink contract, proved on a fixture', () => {
  const pages: Record<string, BuiltPage> = {
    '/docs/a': { ids: new Set(['model', 'fig-overview']) },
    '/docs/old': { ids: new Set(), redirectTo: '/docs/a' },
  };
  const read = (urlPath: string) => pages[urlPath];

  it('fails when a listed id disappears from its page', () => {
    expect(brokenPermalinks({ '/docs/a': ['model', 'serving'] }, read)).toEqual([
      '/docs/a#serving: id is gone from /docs/a; add a redirect or keep a hidden anchor',
    ]);
  });

  it('fails when a page disappears with no redirect', () => {
    expect(brokenPermalinks({ '/docs/gone': ['model'] }, read)).toEqual(['/docs/gone: page is gone and no redirect covers it']);
  });

  it('accepts an id that moved with its page behind a redirect', () => {
    expect(brokenPermalinks({ '/docs/old': ['fig-overview'] }, read)).toEqual([]);
  });
});
