import { errors, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated, waitBlocksDrawn } from './support/page';
import { sitemapPaths } from '@site/scripts/support/staticSite';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const PHONE_WIDTHS = [320, 360, 390] as const;
/** A chapter with tables and display formulas wider than a phone's column. */
const CHAPTER = '/docs/case-studies/news-feed';
const COMPARE = '/docs/compare';

async function waitHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { polling: 100, timeout: 15_000 });
  // Until drawn, a block far below is contained: what overflows in it could not widen the page.
  await waitBlocksDrawn(page);
}

describe('no page is wider than a phone', () => {
  it.each(PHONE_WIDTHS)(
    'every sitemap page fits %i px without sideways scrolling of the page',
    async (width) => {
      const context = await site.browser.newContext({ viewport: { width, height: 720 } });
      const page = await context.newPage();
      const tooWide: string[] = [];
      try {
        for (const path of sitemapPaths()) {
          await page.goto(site.origin + path, { waitUntil: 'load' });
          await waitHydrated(page);
          const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (pageWidth > width) tooWide.push(`${path}: ${pageWidth} px`);
        }
      } finally {
        await context.close();
      }
      expect(tooWide, `pages wider than ${width} px`).toEqual([]);
    },
    600_000,
  );
});

/** The first block matching `selector` that is wider than its box, marked so the test can find it again. */
async function markFirstOverflowing(page: Page, selector: string): Promise<boolean> {
  // The client module gives an overflowing region its tab stop once widths settle (fonts, hydration).
  return page
    .waitForFunction(
      (css) => {
        const element = [...document.querySelectorAll<HTMLElement>(css)].find((candidate) => candidate.scrollWidth > candidate.clientWidth + 1);
        if (!element || element.tabIndex !== 0) return false;
        element.dataset.testOverflowing = '';
        return true;
      },
      selector,
      { polling: 100, timeout: 10_000 },
    )
    .then(
      () => true,
      (error: unknown) => {
        // Only a region that never appeared counts as "none"; a closed page or a script error is reported as is.
        if (error instanceof errors.TimeoutError) return false;
        throw error;
      },
    );
}

describe('wide tables and formulas scroll in their own box', () => {
  it.each([
    ['table', '.markdown table'],
    ['display formula', '.katex-display'],
  ])('an overflowing %s shows scroll shadows, takes keyboard focus with a name, and scrolls with the arrow keys', async (_kind, selector) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      expect(await markFirstOverflowing(page, selector)).toBe(true);
      const region = page.locator('[data-test-overflowing]');
      const style = await region.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { image: computed.backgroundImage, attachment: computed.backgroundAttachment, overflowX: computed.overflowX };
      });
      expect(style.overflowX).toBe('auto');
      // Two covers that scroll with the content and two shadows that stay on the edges.
      expect(style.image.match(/radial-gradient/g)).toHaveLength(2);
      expect(style.image.match(/linear-gradient/g)).toHaveLength(2);
      expect(style.attachment).toBe('local, local, scroll, scroll');

      expect(await region.getAttribute('tabindex')).toBe('0');
      expect((await region.getAttribute('aria-label')) ?? '').toMatch(/scrolls sideways/);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => (document.querySelector('[data-test-overflowing]')?.scrollLeft ?? 0) > 0, undefined, { polling: 100, timeout: 5_000 });
    } finally {
      await context.close();
    }
  });

  it('uses tighter type and padding for tables on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      const cell = await page
        .locator('.markdown table td')
        .first()
        .evaluate((td) => {
          const computed = getComputedStyle(td);
          return { fontSize: parseFloat(computed.fontSize), padding: parseFloat(computed.paddingLeft) };
        });
      expect(cell.fontSize).toBeLessThan(15);
      expect(cell.padding).toBeLessThanOrEqual(8);
    } finally {
      await context.close();
    }
  });
});

describe('sticky table parts are opaque', () => {
  it.each(['light', 'dark'] as const)('the topic map keeps its topic column readable over the scrolled columns in %s mode', async (colorScheme) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + COMPARE);
      const rowHeader = page.locator('[data-topic-map] th[scope="row"]').first();
      await rowHeader.scrollIntoViewIfNeeded();
      const backgrounds = await page.evaluate(() =>
        [...document.querySelectorAll('[data-topic-map] th[scope="row"], [data-topic-map] thead th:first-child')].slice(0, 4).map((cell) => {
          const computed = getComputedStyle(cell);
          return { position: computed.position, color: computed.backgroundColor, image: computed.backgroundImage };
        }),
      );
      for (const background of backgrounds) {
        expect(background.position).toBe('sticky');
        // Opaque: a solid colour, or a gradient laid over one.
        expect(background.color).toMatch(/^rgb\(/);
      }
      // Scrolled sideways, what shows at the topic cell is the topic cell, not a book column under it.
      const covered = await rowHeader.evaluate((cell) => {
        const table = cell.closest('table') as HTMLElement;
        table.scrollLeft = 400;
        const box = cell.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 12));
        return { scrolled: table.scrollLeft, topmost: hit === cell || cell.contains(hit) };
      });
      expect(covered.scrolled).toBeGreaterThan(0);
      expect(covered.topmost).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('navbar', () => {
  it('never overlaps or wraps from 320 to 1440 px wide', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      await gotoHydrated(page, `${site.origin}/docs/start-here`);
      for (let width = 320; width <= 1440; width += 10) {
        await page.setViewportSize({ width, height: 720 });
        const found = await page.evaluate((viewport) => {
          const issues: string[] = [];
          const navbar = document.querySelector('.navbar') as HTMLElement;
          const items = [...navbar.querySelectorAll<HTMLElement>('.navbar__inner > .navbar__items > *')]
            .map((element) => ({ name: element.textContent?.trim() || element.className, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0);
          for (const [index, a] of items.entries()) {
            if (a.box.left < 0 || a.box.right > viewport) issues.push(`${a.name} leaves the screen`);
            for (const b of items.slice(index + 1)) {
              const overlap = a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5;
              if (overlap) issues.push(`${a.name} overlaps ${b.name}`);
            }
          }
          for (const link of navbar.querySelectorAll<HTMLElement>('.navbar__inner .navbar__link, .navbar__inner .navbar__title')) {
            const box = link.getBoundingClientRect();
            if (box.width > 0 && box.height > 40) issues.push(`"${link.textContent}" wraps (${box.height} px tall)`);
          }
          if (navbar.getBoundingClientRect().height > 64) issues.push(`navbar is ${navbar.getBoundingClientRect().height} px tall`);
          // The brand shows a title at every width, full or short.
          const title = navbar.querySelector('.navbar__inner .navbar__title');
          if (!title || title.getBoundingClientRect().width < 40) issues.push('no visible title');
          return issues;
        }, width);
        problems.push(...found.map((issue) => `${width} px: ${issue}`));
      }
      // The short phone title is drawn by CSS; the accessible name stays the full one.
      expect(await page.locator('.navbar__inner .navbar__title').textContent()).toBe('ML System Design Companion');
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

describe('formulas and screen readers', () => {
  it('every formula on the metrics reference, on screen or far below, has its MathML in the accessibility tree', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + '/docs/reference/metrics');
      const inDom = await page.evaluate(() => document.querySelectorAll('.katex-mathml math').length);
      expect(inDom).toBeGreaterThan(100);
      // A formula skipped while off screen (CSS content-visibility) is missing from this tree in the Chromium
      // these tests run on: src/clientModules/offscreenBlocks.ts draws every block for good in idle time, and
      // gotoHydrated waits for that.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Accessibility.enable');
      const exposed = async () => {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value?: string } }> };
        return nodes.filter((node) => !node.ignored && /^(math|MathMLMath)$/.test(node.role?.value ?? '')).length;
      };
      await expect.poll(exposed, { message: 'math nodes a screen reader can reach, of the MathML copies in the page', timeout: 10_000 }).toBe(inDom);
    } finally {
      await context.close();
    }
  });
});
