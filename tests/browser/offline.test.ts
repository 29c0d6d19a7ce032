import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

describe('offline reading', () => {
  it('a page read once reloads with the network gone', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      const url = `${site.origin}/docs/operations/monitoring-and-drift`;
      await gotoHydrated(page, url);
      // The service worker installs after load and precaches the site.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The first visit is not controlled by the worker yet; any later visit is.
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const title = await page.textContent('article h1');

      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      expect(await page.textContent('article h1')).toBe(title);

      // Another page, never opened, was precached too.
      await page.goto(`${site.origin}/docs/case-studies/visual-search`, { waitUntil: 'load' });
      expect(await page.textContent('article h1')).toBeTruthy();
    } finally {
      await context.close();
    }
  });
});
