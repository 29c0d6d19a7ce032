import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseStudies } from '@site/src/data/caseStudies';
import { REQUIRED_SECTIONS } from '@site/src/data/chapterContract';
import { PROGRESS_FORMAT } from '@site/src/lib/progressStore';
import { gotoHydrated, watchErrors } from './support/page';
import { useBuiltSite } from './support/site';

const [first, second] = caseStudies.map((study) => study.slug) as [string, string];
const total = REQUIRED_SECTIONS.length;

const site = useBuiltSite();

const count = (page: Page, slug: string) => page.textContent(`[data-progress-chapter="${slug}"] [data-progress-count]`);

async function importFile(page: Page, name: string, contents: string): Promise<void> {
  await page.setInputFiles('input[data-progress-import]', { name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

describe('reading progress page', () => {
  it('marks a chapter done, keeps it after a reload, and imports only valid files, only once confirmed', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await gotoHydrated(page, `${site.origin}/progress`);
      await page.waitForSelector('[data-progress-ready]');
      const toggle = `[data-progress-chapter="${first}"] [data-progress-toggle]`;
      await page.click(toggle);
      expect(await count(page, first)).toBe(`${total} of ${total} sections`);
      expect(await page.getAttribute(toggle, 'aria-pressed')).toBe('true');

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      await page.waitForSelector('[data-progress-ready]');
      expect(await count(page, first)).toBe(`${total} of ${total} sections`);

      // A file from somewhere else is refused, with a reason, and changes nothing.
      await importFile(page, 'notes.json', '{"notes": []}');
      await expect.poll(() => page.textContent('[data-progress-error]')).toContain('not a progress file from this site');
      expect(await count(page, first)).toBe(`${total} of ${total} sections`);

      // A valid file is previewed; nothing changes until the reader confirms.
      await importFile(page, 'progress.json', JSON.stringify({ format: PROGRESS_FORMAT, version: 1, chapters: { [second]: ['model', 'serving'] } }));
      await expect.poll(() => page.textContent('[data-progress-pending]')).toContain('marks 2 sections done in 1 chapter');
      expect(await page.isVisible('[data-progress-error]')).toBe(false);
      expect(await count(page, second)).toBe(`0 of ${total} sections`);
      await page.click('[data-progress-pending] button:has-text("Add to my progress")');
      expect(await count(page, second)).toBe(`2 of ${total} sections`);
      expect(await count(page, first)).toBe(`${total} of ${total} sections`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
