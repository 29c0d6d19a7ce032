import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROGRESS_FORMAT } from '@site/src/lib/progressStore';
import { gotoHydrated, watchErrors } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const PAGE = '/docs/framework/evaluation';
const PAGE_ID = 'framework/evaluation';
const CHAPTER = '/docs/case-studies/news-feed';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-mark-read]', { timeout: 10_000 });
}

const sidebarLink = (page: Page, path: string) => page.locator(`.theme-doc-sidebar-menu a.menu__link[href="${path}"]`);

describe('mark as read', () => {
  it('persists across a reload, shows in the sidebar, and counts on the progress page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await gotoHydrated(page, site.origin + PAGE);
      await ready(page);
      const button = page.getByRole('button', { name: 'Mark as read' });
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await sidebarLink(page, PAGE).getAttribute('data-read')).toBeNull();
      await button.click();
      await page.waitForSelector('[data-mark-read="true"]');
      // The sidebar updates on the same page, without a reload.
      await expect.poll(() => sidebarLink(page, PAGE).getAttribute('data-read')).toBe('true');
      expect(await sidebarLink(page, PAGE).evaluate((link) => getComputedStyle(link, '::after').content)).toContain('✓');
      await page.waitForFunction(() => document.getElementById('site-announcer')?.textContent?.includes('marked read'), undefined, { polling: 100 });

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { polling: 100 });
      await page.waitForSelector('[data-mark-read="true"]');
      expect(await page.locator('[data-mark-read] button').getAttribute('aria-pressed')).toBe('true');
      expect(await sidebarLink(page, PAGE).getAttribute('data-read')).toBe('true');

      // A case study marked read is a chapter done on the progress page.
      await gotoHydrated(page, site.origin + CHAPTER);
      await ready(page);
      await page.locator('[data-mark-read] button').click();
      await page.waitForSelector('[data-mark-read="true"]');
      await expect.poll(() => sidebarLink(page, CHAPTER).getAttribute('data-read')).toBe('true');

      await gotoHydrated(page, `${site.origin}/progress`);
      await page.waitForSelector('[data-progress-ready]');
      expect(await page.locator('[data-progress-chapter="news-feed"] [data-progress-toggle]').getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator(`[data-progress-page="${PAGE_ID}"] input`).isChecked()).toBe(true);
      expect(await page.textContent('[data-progress-pages-summary]')).toMatch(/^1 of \d+ pages read\.$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the progress page covers every page of the sidebar and imports an old chapters-only file', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${site.origin}/docs/start-here`);
      const sidebarPaths = await page.evaluate(() =>
        [...document.querySelectorAll('.theme-doc-sidebar-menu a.menu__link[href^="/docs"]')].map((link) => link.getAttribute('href')),
      );
      await gotoHydrated(page, `${site.origin}/progress`);
      await page.waitForSelector('[data-progress-ready]');
      const listed = await page.evaluate(() => [
        ...[...document.querySelectorAll('[data-progress-chapter] a')].map((link) => link.getAttribute('href')),
        ...[...document.querySelectorAll('[data-progress-page] a')].map((link) => link.getAttribute('href')),
      ]);
      for (const path of sidebarPaths) expect(listed, `${path} is on the progress page`).toContain(path);

      // A file exported before pages could be marked read: chapters only, version 1.
      const old = JSON.stringify({ format: PROGRESS_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', chapters: { 'news-feed': ['model'] } });
      await page.setInputFiles('input[data-progress-import]', { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
      await expect.poll(() => page.textContent('[data-progress-pending]')).toContain('marks 1 section done in 1 chapter');
      await page.click('[data-progress-pending] button:has-text("Add to my progress")');
      expect(await page.textContent('[data-progress-chapter="news-feed"] [data-progress-count]')).toMatch(/^1 of \d+ sections$/);

      // A page marked here goes into the downloaded file and comes back from it.
      await page.locator(`[data-progress-page="${PAGE_ID}"] input`).check();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download progress' }).click()]);
      const file = JSON.parse(
        await new Promise<string>((resolve, reject) => {
          void download.createReadStream().then((stream) => {
            let text = '';
            stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            stream.on('end', () => resolve(text));
            stream.on('error', reject);
          });
        }),
      ) as { chapters: Record<string, string[]> };
      expect(file.chapters[PAGE_ID]).toEqual(['read']);
      expect(file.chapters['news-feed']).toEqual(['model']);
    } finally {
      await context.close();
    }
  });
});
