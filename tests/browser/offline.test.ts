import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const READ_PAGE = '/docs/operations/monitoring-and-drift';
const UNREAD_PAGE = '/docs/case-studies/visual-search';

/** Whether the service worker's caches hold a page (its clean URL or its .html file). */
function cached(page: Page, path: string): Promise<boolean> {
  return page.evaluate(
    async (urlPath) => Boolean((await caches.match(urlPath, { ignoreSearch: true })) ?? (await caches.match(`${urlPath}.html`, { ignoreSearch: true }))),
    path,
  );
}

/** Opens a page and waits until the service worker controls it and has kept it. */
async function readOnce(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await gotoHydrated(page, site.origin + path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { polling: 100, timeout: 30_000 });
  await expect.poll(() => cached(page, path), { interval: 200, timeout: 30_000 }).toBe(true);
  return page;
}

async function searchSuggestions(page: Page, query: string): Promise<Array<{ url: string; section: string }>> {
  await page.fill('input[role="combobox"][type="search"]', query);
  await page.waitForFunction(
    (typed) =>
      document.querySelector<HTMLInputElement>('input[role="combobox"]')?.value === typed &&
      document.querySelector('[role="search"]')?.getAttribute('data-status') === 'done' &&
      document.querySelector('[role="listbox"] [role="option"]') !== null,
    query,
    { polling: 100, timeout: 20_000 },
  );
  return page.$$eval('[role="listbox"] [role="option"]', (options) =>
    options.map((option) => ({ url: option.getAttribute('data-url') ?? '', section: option.querySelector('[data-hit-section]')?.textContent ?? '' })),
  );
}

describe('offline reading', () => {
  it('a page read once reloads with the network gone, and the first visit downloads nothing else', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await readOnce(context, READ_PAGE);
      const title = await page.textContent('article h1');
      expect(await cached(page, UNREAD_PAGE), 'a first visit must not download the whole book').toBe(false);

      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      expect(await page.textContent('article h1')).toBe(title);
    } finally {
      await context.close();
    }
  });

  it('search finds sections of the pages read, typo and all, with the network gone', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await readOnce(context, READ_PAGE);
      await context.setOffline(true);
      const found = await searchSuggestions(page, 'populaton stability');
      expect(found.length, 'no offline suggestion').toBeGreaterThan(0);
      for (const hit of found) expect(hit.url.startsWith(`${READ_PAGE}#`) || hit.url === READ_PAGE, JSON.stringify(hit)).toBe(true);
      expect(await page.textContent('[role="search"] [role="status"]')).toContain('Offline');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === READ_PAGE && url.hash.length > 1);
    } finally {
      await context.close();
    }
  });

  it('downloads the whole book, search included, only when the reader chooses it, showing its size first', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await readOnce(context, '/docs/start-here');
      const size = await page.waitForSelector('[data-offline-book-size]');
      await page.waitForFunction(() => /\d+\.\d MB/.test(document.querySelector('[data-offline-book-size]')?.textContent ?? ''), undefined, { polling: 100 });
      expect(await size.textContent()).toMatch(/^\d+\.\d MB \(\d+ files\)$/);
      expect(await cached(page, UNREAD_PAGE)).toBe(false);

      await page.getByRole('button', { name: /Download the whole book/ }).click();
      await page.waitForSelector('[data-offline-book="kept"]', { timeout: 120_000 });
      await context.setOffline(true);
      await gotoHydrated(page, site.origin + UNREAD_PAGE);
      expect(await page.textContent('article h1')).toBeTruthy();
      // The kept search index answers for pages never opened.
      const found = await searchSuggestions(page, 'calibraton');
      expect(found.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
