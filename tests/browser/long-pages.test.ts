import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated, nextFrames, waitBlocksDrawn } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

/** The page with the most blocks and formulas, and a chapter with wide tables and display formulas. */
const LONG_PAGES = ['/docs/reference/metrics', '/docs/case-studies/news-feed'] as const;

/**
 * A page in a new context, recording from the first paint which elements skip their contents: the browser's own
 * event, which also covers paragraphs of bare text.
 */
async function watchedPage(options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  await context.addInitScript(() => {
    const skipping = new Set<Element>();
    Object.assign(window, { skipping });
    document.addEventListener(
      'contentvisibilityautostatechange',
      (event) => {
        if ((event as Event & { skipped: boolean }).skipped) skipping.add(event.target as Element);
        else skipping.delete(event.target as Element);
      },
      { capture: true },
    );
  });
  return { context, page: await context.newPage() };
}

/**
 * The blocks of the page (the children of `.markdown`) that the browser is skipping now, after two frames
 * (a watchedPage): a figure's drawing, skipped by its own rule, is not a block.
 */
async function skippedBlocks(page: Page): Promise<{ blocks: number; skipped: number }> {
  await nextFrames(page);
  return page.evaluate(() => {
    const { skipping } = window as unknown as { skipping: Set<Element> };
    const blocks = [...document.querySelectorAll('.markdown > *')];
    const skipped = blocks.filter((block) => skipping.has(block) && getComputedStyle(block).contentVisibility === 'auto');
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
    const { context, page } = await watchedPage({ viewport: { width: 390, height: 800 } });
    try {
      // The inline head script marks the page; without the bundle nothing draws the skipped blocks.
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const { blocks, skipped } = await skippedBlocks(page);
      expect(skipped, `blocks skipped of ${blocks}`).toBeGreaterThan(blocks / 2);
      await page.emulateMedia({ media: 'print' });
      expect((await skippedBlocks(page)).skipped, 'blocks skipped when printing').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['/docs/reference/metrics', '.markdown > h2[id]'],
    ['/docs/case-studies/news-feed', '.markdown > h2[id]'],
    ['/docs/case-studies/news-feed', '.markdown details[id^="fu-"]'],
  ])('%s opened at the middle %s: only blocks after its target are skipped, and the target stays where the browser put it', async (path, targets) => {
    const { context, page } = await watchedPage({ viewport: { width: 390, height: 800 } });
    try {
      // Without the bundle, so nothing but the browser and the stylesheet moves the page.
      await page.route('**/assets/js/**', (route) => route.abort());
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const ids = await page.$$eval(targets, (elements) => elements.map((element) => element.id));
      const target = ids[Math.floor(ids.length / 2)];
      if (!target) throw new Error(`${path} has no ${targets} to link to`);
      await page.goto('about:blank');
      await page.goto(`${site.origin}${path}#${target}`, { waitUntil: 'load' });
      // Two frames: the blocks near the screen are drawn after the one the browser jumped in.
      await page.evaluate(() => document.fonts.ready);
      await nextFrames(page);
      const facts = await page.evaluate((id) => {
        const { skipping } = window as unknown as { skipping: Set<Element> };
        const element = document.getElementById(id) as HTMLElement;
        const blocks = [...document.querySelectorAll('.markdown > *')].filter((block) => skipping.has(block));
        const follows = (block: Element) => Boolean(element.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) && !block.contains(element);
        return {
          skippedBefore: blocks.filter((block) => !follows(block)).length,
          skippedAfter: blocks.filter(follows).length,
          top: element.getBoundingClientRect().top,
          scrollMargin: parseFloat(getComputedStyle(element).scrollMarginTop),
        };
      }, target);
      expect(facts.skippedBefore, `blocks skipped above #${target}`).toBe(0);
      expect(facts.skippedAfter, `blocks skipped below #${target}`).toBeGreaterThan(0);
      expect(Math.abs(facts.top - facts.scrollMargin), `#${target} at ${facts.top} px from the top, its scroll margin ${facts.scrollMargin} px`).toBeLessThanOrEqual(
        2,
      );
    } finally {
      await context.close();
    }
  });

  it('a page opened at a late section has nothing skipped once drawn, even after a link to an earlier section', async () => {
    const { context, page } = await watchedPage({ viewport: { width: 390, height: 800 } });
    try {
      await gotoHydrated(page, `${site.origin}/docs/reference/metrics#drift-metrics`);
      await page.evaluate(() => {
        location.hash = `#${document.querySelector('.markdown > h2[id]')?.id ?? ''}`;
      });
      const { blocks, skipped } = await skippedBlocks(page);
      expect(skipped, `blocks skipped of ${blocks} at the first section`).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the page a reader goes on to from a deep link skips its far blocks like any other, and every page ends drawn whole', async () => {
    const { context, page } = await watchedPage({ viewport: { width: 390, height: 800 } });
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

  it.each(LONG_PAGES.flatMap((path) => [390, 1280].map((width) => [path, width] as const)))(
    '%s at %i px: the estimated heights of the skipped blocks add up to within a fifth or a quarter of their real heights',
    async (path, width) => {
      const { context, page } = await watchedPage({ viewport: { width, height: 800 } });
      try {
        await page.route('**/assets/js/**', (route) => route.abort());
        await page.goto(site.origin + path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await nextFrames(page);
        const { count, estimated, real } = await page.evaluate(() => {
          const { skipping } = window as unknown as { skipping: Set<Element> };
          const skipped = [...skipping].filter((element) => element.parentElement?.matches('.markdown'));
          const total = () => skipped.reduce((sum, block) => sum + block.getBoundingClientRect().height, 0);
          const before = total();
          document.documentElement.removeAttribute('data-skip-offscreen');
          return { count: skipped.length, estimated: Math.round(before), real: Math.round(total()) };
        });
        expect(count, 'the page has skipped blocks to compare').toBeGreaterThan(10);
        expect(estimated / real, `${count} blocks: ${estimated} px estimated, ${real} px real`).toBeGreaterThan(0.8);
        expect(estimated / real, `${count} blocks: ${estimated} px estimated, ${real} px real`).toBeLessThan(1.25);
      } finally {
        await context.close();
      }
    },
  );

  it.each(LONG_PAGES)('%s: without scripts no block is skipped, as a skipped block is missing from the accessibility tree', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      // Stronger than counting what is skipped now: no block may even be skipped once off screen.
      const skippable = await page.$$eval('.markdown > *', (blocks) => blocks.filter((block) => getComputedStyle(block).contentVisibility === 'auto').length);
      expect(skippable, 'blocks that may be skipped without scripts').toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(LONG_PAGES)(
    '%s: once every block is drawn in idle time, none is skipped, and the page has the height and tab stops it has without the feature',
    async (path) => {
      const { context, page } = await watchedPage({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
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
