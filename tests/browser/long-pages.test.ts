import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated, waitBlocksDrawn } from './support/page';
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

  it.each(LONG_PAGES)('%s: opened at a section halfway down, only blocks after it are skipped, and the section stays where the browser put it', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const sections = await page.$$eval('.markdown > h2[id]', (headings) => headings.map((heading) => heading.id));
      const target = sections[Math.floor(sections.length / 2)];
      if (!target) throw new Error(`${path} has no section with an id to link to`);
      await page.goto('about:blank');
      await page.goto(`${site.origin}${path}#${target}`, { waitUntil: 'load' });
      // Two frames: the blocks near the screen are drawn after the one the browser jumped in.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
      const facts = await page.evaluate((id) => {
        const heading = document.getElementById(id) as HTMLElement;
        const blocks = [...document.querySelectorAll('.markdown > *')].filter((block) => block.childElementCount > 0);
        const isSkipped = (block: Element) =>
          [...block.children].every((child) => child.checkVisibility() && !child.checkVisibility({ contentVisibilityAuto: true }));
        const after = blocks.filter((block) => heading.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          skippedBefore: blocks.filter((block) => !after.includes(block) && isSkipped(block)).length,
          skippedAfter: after.filter(isSkipped).length,
          top: heading.getBoundingClientRect().top,
        };
      }, target);
      expect(facts.skippedBefore, `blocks skipped above #${target}`).toBe(0);
      expect(facts.skippedAfter, `blocks skipped below #${target}`).toBeGreaterThan(0);
      expect(facts.top, `#${target} near the top of the screen`).toBeGreaterThanOrEqual(0);
      expect(facts.top).toBeLessThan(800 * 0.6);
    } finally {
      await context.close();
    }
  });

  it('the page a reader goes on to from a deep link skips its far blocks like any other, and every page ends drawn whole', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${site.origin}/docs/case-studies/news-feed#scale`);
      expect((await skippedBlocks(page)).skipped, 'blocks skipped on the deep-linked page once drawn').toBe(0);
      await page.$eval('footer a[href="/docs/reference/metrics"]', (link) => (link as HTMLAnchorElement).click());
      await page.waitForFunction(() => location.pathname === '/docs/reference/metrics' && document.querySelector('.markdown h2#online-metrics'));
      const { blocks, skipped } = await skippedBlocks(page);
      expect(skipped, `blocks skipped of ${blocks} right after the page opened in the app`).toBeGreaterThan(blocks / 2);
      await waitBlocksDrawn(page);
      expect((await skippedBlocks(page)).skipped, 'blocks skipped once drawn').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(LONG_PAGES)('%s: the estimated heights of the skipped blocks add up to within a fifth or a quarter of their real heights', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.goto(site.origin + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const { estimated, real } = await page.evaluate(() => {
        const skipped = [...document.querySelectorAll('.markdown > *')].filter(
          (block) =>
            block.childElementCount > 0 && [...block.children].every((child) => child.checkVisibility() && !child.checkVisibility({ contentVisibilityAuto: true })),
        );
        const total = () => skipped.reduce((sum, block) => sum + block.getBoundingClientRect().height, 0);
        const before = total();
        document.documentElement.removeAttribute('data-skip-offscreen');
        return { estimated: Math.round(before), real: Math.round(total()) };
      });
      expect(real, 'the page has skipped blocks to compare').toBeGreaterThan(0);
      expect(estimated / real, `${estimated} px estimated, ${real} px real`).toBeGreaterThan(0.8);
      expect(estimated / real, `${estimated} px estimated, ${real} px real`).toBeLessThan(1.25);
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
