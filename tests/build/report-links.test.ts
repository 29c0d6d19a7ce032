import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '@site/scripts/support/staticSite';

// The links themselves are checked in a build with REPOSITORY_URL set (sub-path.test.ts); this is the default build.
describe('"report an error" links in the default build', () => {
  it('follow REPOSITORY_URL: none when it is unset, one on every chapter section when it is set', () => {
    const chapter = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, 'docs/case-studies/ad-click-prediction.html'), 'utf8'));
    const sections = chapter('article h2[id]').length;
    expect(sections).toBeGreaterThan(10);
    expect(chapter('article h2[id] a[data-report-error]').length).toBe(process.env.REPOSITORY_URL ? sections : 0);
  });
});
