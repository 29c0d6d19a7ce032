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
    const describe = (element: HTMLElement) => `${element.tagName.toLowerCase()} #${regions.indexOf(element)}: ${(element.textContent ?? '').trim().slice(0, 60)}`;
    return {
      height: Math.round(document.querySelector('article')?.getBoundingClientRect().height ?? 0),
      withTabStop: regions.filter((element) => element.tabIndex === 0).map(describe),
      overflowing: regions.filter((element) => element.scrollWidth > element.clientWidth + 1).map(describe),
    };
  });
}

describe('long pages draw only what is near the screen', () => {
  it.each(LONG_PAGES)('%s: without scripts, the blocks far below the first screen are skipped, and none on paper', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      // A few screens' worth of a page with hundreds of blocks is drawn.
      const { blocks, skipped } = await skippedBlocks(page);
      expect(skipped, `blocks skipped of ${blocks} with element content`).toBeGreaterThan(blocks / 2);
      await page.emulateMedia({ media: 'print' });
      expect((await skippedBlocks(page)).skipped, 'blocks skipped when printing').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(LONG_PAGES)(
    '%s: once laid out in idle time, the page has its real height and every wide table and formula its tab stop',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      try {
        await gotoHydrated(page, site.origin + path);
        await page.waitForFunction(() => document.fonts.status === 'loaded' && 'blocksLaidOut' in document.documentElement.dataset, undefined, {
          polling: 200,
          timeout: 60_000,
        });
        // Still at the top: the blocks below have been laid out once, and are skipped again.
        expect((await skippedBlocks(page)).skipped).toBeGreaterThan(0);
        const laidOut = await layoutFacts(page);

        // The same page with every skippable block drawn, in the containment it has on screen: what the height and the tab stops should be.
        await page.evaluate(() => {
          for (const block of document.querySelectorAll<HTMLElement>('.markdown > *')) {
            if (getComputedStyle(block).contentVisibility !== 'auto') continue;
            block.style.setProperty('content-visibility', 'visible');
            block.style.setProperty('contain', 'layout style paint');
          }
        });
        await page.evaluate(() => document.fonts.ready);
        const drawn = await layoutFacts(page);
        expect(drawn.overflowing.length, 'the page has wide regions to check').toBeGreaterThan(0);
        expect(laidOut.withTabStop).toEqual(drawn.overflowing);
        expect(Math.abs(laidOut.height - drawn.height), `height ${laidOut.height} px before all were drawn, ${drawn.height} px after`).toBeLessThanOrEqual(2);
      } finally {
        await context.close();
      }
    },
    90_000,
  );
});
