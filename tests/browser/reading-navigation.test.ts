import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const CHAPTER = '/docs/case-studies/news-feed';

describe('table of contents on a laptop', () => {
  it('keeps the active entry in view as the reader scrolls to the end of a chapter', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      const list = page.locator('.theme-doc-toc-desktop .table-of-contents').first();
      await list.waitFor();
      // The list must be taller than its box for the test to mean anything.
      const scrollable = await page.evaluate(() => {
        const box = document.querySelector('.theme-doc-toc-desktop') as HTMLElement;
        return box.scrollHeight > box.clientHeight + 50;
      });
      expect(scrollable).toBe(true);
      for (const id of ['follow-ups', 'operations', 'model']) {
        await page.evaluate((target) => document.getElementById(target)?.scrollIntoView({ block: 'start' }), id);
        await page.waitForFunction(
          (target) => {
            const box = document.querySelector('.theme-doc-toc-desktop') as HTMLElement;
            const active = box.querySelector('.table-of-contents__link--active');
            if (!active || !active.getAttribute('href')?.endsWith(`#${target}`)) return false;
            const outer = box.getBoundingClientRect();
            const inner = active.getBoundingClientRect();
            return inner.top >= outer.top && inner.bottom <= outer.bottom;
          },
          id,
          { polling: 100, timeout: 10_000 },
        );
      }
    } finally {
      await context.close();
    }
  });
});

describe('section control on a phone', () => {
  it('names the current section anywhere in the chapter and opens the list of main sections', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 760 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      await page.evaluate(() => document.getElementById('operations')?.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, 600));
      const control = page.locator('[data-section-control]');
      await page.waitForFunction(() => document.querySelector('[data-section-current]')?.textContent?.length, undefined, { polling: 100, timeout: 5_000 });
      expect(await page.locator('[data-section-current]').textContent()).toMatch(/Operations/);
      const box = await control.boundingBox();
      expect(box, 'the control is on screen mid-chapter').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(760);

      const toggle = page.locator('[data-section-toggle]');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = page.locator('[data-section-panel]');
      expect(await panel.isVisible()).toBe(true);
      // Main sections first: the top-level list holds the chapter's h2 sections in order; the current one is marked.
      const main = await panel.evaluate((element) => [...element.querySelectorAll(':scope > ol > li > a')].map((link) => link.getAttribute('href')));
      const h2s = await page.evaluate(() => [...document.querySelectorAll('article .markdown h2[id]')].map((heading) => `#${heading.id}`));
      expect(main).toEqual(h2s);
      expect(await panel.locator('a[aria-current="location"]').getAttribute('href')).toBe('#operations');

      // Following a link closes the list and goes there.
      await panel.locator('a[href="#model"]').click();
      await page.waitForFunction(() => window.location.hash === '#model', undefined, { polling: 100, timeout: 5_000 });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // Escape closes it too, and gives focus back to the control.
      await toggle.click();
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is not shown on a laptop, where the table of contents sits beside the text', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      expect(await page.locator('[data-section-control]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('prefetching', () => {
  it('still fetches the code of the pages linked on screen once the page has started', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + '/docs/start-here');
      // src/clientModules/idlePrefetch.ts queues what Docusaurus's links ask for; the queue must drain.
      const chapterLinks = await page.evaluate(() => [...document.querySelectorAll('.markdown a[href^="/docs/"]')].length);
      expect(chapterLinks).toBeGreaterThan(3);
      await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length >= 4, undefined, { polling: 100, timeout: 10_000 });
      const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((link) => link.href));
      expect(hrefs.every((href) => /\/assets\/js\/[\w~.-]+\.js$/.test(new URL(href).pathname))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
