import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

/** The page with the most blocks and formulas, and a chapter with wide tables and display formulas. */
const LONG_PAGES = ['/docs/reference/metrics', '/docs/case-studies/news-feed'] as const;

/**
 * How many of the page's blocks have element content, and of those, how many the browser is skipping: every child
 * is displayed, yet not rendered because the block is off screen (a heading's link hidden on paper is not that).
 */
function skippedBlocks(page: Page): Promise<{ blocks: number; skipped: number }> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.markdown > *')].filter((block) => block.childElementCount > 0);
    const skipped = blocks.filter((block) =>
      [...block.children].every((child) => child.checkVisibility() && !child.checkVisibility({ contentVisibilityAuto: true })),
    );
    return { blocks: blocks.length, skipped: skipped.length };
  });
}

/** Height of the article, and the regions that scroll sideways with or without a tab stop, as the page stands. */
function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const regions = [...document.querySelectorAll<HTMLElement>('.katex-display, .markdown table')];
    const label = (element: HTMLElement) => `${element.tagName.toLowerCase()} #${regions.indexOf(element)}: ${(element.textContent ?? '').trim().slice(0, 60)}`;
    return {
      height: Math.round(document.querySelector('article')?.getBoundingClientRect().height ?? 0),
      withTabStop: regions.filter((element) => element.tabIndex === 0).map(label),
      overflowing: regions.filter((element) => element.scrollWidth > element.clientWidth + 1).map(label),
    };
  });
}

describe('long pages draw only what is near the screen', () => {
  it.each(LONG_PAGES)('%s: with the head script but not the bundle, the blocks far below the first screen are skipped, and none on paper', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      // The inline head script marks the page; without the bundle nothing draws the skipped blocks.
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const { blocks, skipped } = await skippedBlocks(page);
      expect(skipped, `blocks skipped of ${blocks} with element content`).toBeGreaterThan(blocks / 2);
      await page.emulateMedia({ media: 'print' });
      expect((await skippedBlocks(page)).skipped, 'blocks skipped when printing').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(LONG_PAGES)('%s: without scripts no block is skipped, as a skipped block is missing from the accessibility tree', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      expect((await skippedBlocks(page)).skipped, 'blocks skipped without scripts').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(LONG_PAGES)(
    '%s: once every block is drawn in idle time, none is skipped, and the page has the height and tab stops it has without the feature',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      try {
        await gotoHydrated(page, site.origin + path);
        // Still at the top of the page, far from most blocks.
        expect((await skippedBlocks(page)).skipped, 'blocks still skipped once all are drawn').toBe(0);
        await page.evaluate(() => document.fonts.ready);
        const drawn = await layoutFacts(page);

        // The same page with the feature switched off (none of its rules apply): what the height and the tab stops should be.
        await page.evaluate(() => document.documentElement.removeAttribute('data-skip-offscreen'));
        await page.evaluate(() => document.fonts.ready);
        const reference = await layoutFacts(page);
        expect(reference.overflowing.length, 'the page has wide regions to check').toBeGreaterThan(0);
        expect(drawn.withTabStop, 'regions with a tab stop, against those that scroll').toEqual(reference.overflowing);
        expect(Math.abs(drawn.height - reference.height), `height ${drawn.height} px as drawn, ${reference.height} px without the feature`).toBeLessThanOrEqual(1);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
