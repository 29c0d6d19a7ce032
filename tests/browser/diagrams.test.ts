import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { measureFigureLabels } from '@site/scripts/support/diagramLabels';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';
import { gotoHydrated, seriousViolations, watchErrors } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

/** The built HTML of a sitemap path, as a static host resolves it. */
function builtHtml(urlPath: string): string {
  const candidates = [path.join(BUILD_DIR, `${urlPath}.html`), path.join(BUILD_DIR, urlPath, 'index.html')];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  return file ? fs.readFileSync(file, 'utf8') : '';
}

const pagesWithFigures = sitemapPaths().filter((urlPath) => builtHtml(urlPath).includes('diagram-figure'));
const CHAPTER = '/docs/case-studies/ad-click-prediction';
const OTHER_CHAPTER = '/docs/case-studies/news-feed';

/** Which drawing each figure shows: its colour mode, or how many are visible when that is not exactly one. */
function shownModes(page: Page): Promise<Array<{ id: string; shown: string }>> {
  return page.$$eval('figure.diagram-figure', (figures) =>
    figures.map((figure) => {
      const visible = [...figure.querySelectorAll<HTMLElement>('[data-diagram-mode]')].filter(
        (drawing) => drawing.checkVisibility() && drawing.querySelector('svg')?.checkVisibility(),
      );
      return { id: figure.id, shown: visible.length === 1 ? (visible[0]?.dataset.diagramMode ?? '') : `${visible.length} drawings` };
    }),
  );
}

describe('diagram labels are legible at any width', () => {
  it('the test covers the pages with figures', () => {
    expect(pagesWithFigures.length).toBeGreaterThanOrEqual(20);
    expect(pagesWithFigures).toContain(CHAPTER);
  });

  it.each(pagesWithFigures)('%s: every label renders at 12 px or more at 1280 and at 390 px', async (urlPath) => {
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
      try {
        const page = await context.newPage();
        await gotoHydrated(page, site.origin + urlPath);
        for (const { figureId, labelPx } of await measureFigureLabels(page)) {
          const smallest = Math.min(...labelPx);
          if (labelPx.length === 0) problems.push(`${urlPath} ${figureId}: no label measured at ${width} px`);
          else if (smallest < 12) problems.push(`${urlPath} ${figureId}: a label renders at ${smallest.toFixed(1)} px at ${width} px`);
        }
      } finally {
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('a diagram wider than a phone scrolls inside its figure, says so, and scrolls by keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await gotoHydrated(page, site.origin + CHAPTER);
      const wide = page.locator('[data-figure-diagram][data-overflowing]').first();
      await expect.poll(() => wide.count(), { message: 'a diagram of the chapter overflows a phone' }).toBeGreaterThan(0);
      expect(await wide.getAttribute('tabindex')).toBe('0');
      expect(await wide.locator('xpath=following-sibling::p[@data-figure-scroll-hint]').isVisible(), 'the scroll hint shows').toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page itself does not scroll sideways').toBe(true);
      await wide.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((element) => (element as HTMLElement).scrollLeft > 0, await wide.elementHandle());
    } finally {
      await context.close();
    }
  });

  it('a diagram that fits the column is shown at its natural size', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await gotoHydrated(page, site.origin + CHAPTER);
      const sizes = await page.$$eval('[data-diagram-mode="light"] > svg', (svgs) =>
        svgs.map((svg) => ({
          natural: Number(svg.getAttribute('width')),
          shown: svg.getBoundingClientRect().width,
          column: (svg.closest('[data-figure-diagram]') as HTMLElement).clientWidth,
        })),
      );
      const fitting = sizes.filter((size) => size.natural <= size.column);
      expect(fitting.length, 'the chapter has a diagram narrower than the column').toBeGreaterThan(0);
      for (const size of fitting) expect(size.shown).toBeCloseTo(size.natural, 0);
    } finally {
      await context.close();
    }
  });
});

describe('diagrams off screen', () => {
  it('are drawn only as the reader nears them, and hold their size and tab stop meanwhile', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await gotoHydrated(page, site.origin + CHAPTER);
      // Which figures must scroll on a phone follows from each drawing's declared minimum width, not from layout.
      const figures = () =>
        page.$$eval('[data-figure-diagram]', (boxes) =>
          boxes.map((box) => ({
            mustScroll: parseFloat((box.querySelector('[data-diagram-mode="light"]') as HTMLElement).style.minWidth) > box.clientWidth,
            tabStop: box.tabIndex === 0,
          })),
        );
      expect((await figures()).filter((figure) => figure.mustScroll).length, 'the chapter has figures wider than a phone').toBeGreaterThan(1);
      await expect.poll(async () => (await figures()).filter((figure) => figure.mustScroll !== figure.tabStop).length).toBe(0);
      expect(await seriousViolations(page, (axe) => axe.withRules(['scrollable-region-focusable']))).toEqual([]);

      const last = page.locator('[data-figure-diagram]').last();
      const state = () =>
        last.evaluate((box) => {
          const drawing = box.querySelector('[data-diagram-mode="light"]') as HTMLElement;
          const svg = drawing.querySelector('svg') as SVGSVGElement;
          const { width, height } = drawing.getBoundingClientRect();
          return { drawn: svg.checkVisibility({ contentVisibilityAuto: true }), width, height, scrollWidth: box.scrollWidth, clientHeight: box.clientHeight };
        });
      const before = await state();
      expect(before.drawn, 'the last drawing is skipped while far below the screen').toBe(false);
      await last.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await state()).drawn, { message: 'the drawing is drawn once on screen' }).toBe(true);
      const after = await state();
      expect({ ...after, drawn: before.drawn }).toEqual(before);
    } finally {
      await context.close();
    }
  });
});

describe('diagrams without JavaScript', () => {
  it.each(pagesWithFigures)('%s: every figure holds its drawing, its labels as text', async (urlPath) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.origin + urlPath, { waitUntil: 'load' });
      const figures = await page.$$eval('figure.diagram-figure', (all) =>
        all.map((figure) => {
          const svg = figure.querySelector<SVGSVGElement>('[data-diagram-mode="light"] > svg');
          return {
            id: figure.id,
            visible: svg?.checkVisibility() ?? false,
            height: svg?.getBoundingClientRect().height ?? 0,
            text: [...(svg?.querySelectorAll('text') ?? [])]
              .map((text) => text.textContent ?? '')
              .join(' ')
              .trim().length,
          };
        }),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.filter((figure) => !figure.visible || figure.height < 40 || figure.text === 0)).toEqual([]);
      expect((await shownModes(page)).filter((figure) => figure.shown !== 'light')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('diagrams follow the site colour mode', () => {
  it("toggling the site's colour mode swaps every diagram to its dark drawing and back", async () => {
    const context = await site.browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await gotoHydrated(page, site.origin + CHAPTER);
      const toggle = page.getByRole('button', { name: /dark and light mode/i });
      // The toggle steps through system, light and dark modes: press it until the site is in the wanted one.
      const switchTo = async (theme: 'light' | 'dark') => {
        for (let presses = 0; presses < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== theme; presses += 1) {
          const label = await toggle.getAttribute('aria-label');
          await toggle.click();
          await page.waitForFunction((before) => document.querySelector('button[aria-label*="dark and light mode"]')?.getAttribute('aria-label') !== before, label);
        }
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      };
      expect(new Set((await shownModes(page)).map((figure) => figure.shown))).toEqual(new Set(['light']));

      await switchTo('dark');
      const dark = await shownModes(page);
      expect(dark.length).toBeGreaterThanOrEqual(5);
      expect(
        dark.filter((figure) => figure.shown !== 'dark'),
        'no light drawing on a dark page',
      ).toEqual([]);

      await switchTo('light');
      expect((await shownModes(page)).filter((figure) => figure.shown !== 'light')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('printing a chapter', () => {
  it('shows every diagram, light, within the page width, even from dark mode', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await context.newPage();
      await gotoHydrated(page, site.origin + CHAPTER);
      await page.emulateMedia({ media: 'print' });
      expect((await shownModes(page)).filter((figure) => figure.shown !== 'light')).toEqual([]);
      const cut = await page.$$eval('figure.diagram-figure', (figures) =>
        figures
          .filter((figure) => {
            const svg = figure.querySelector('[data-diagram-mode="light"] > svg') as SVGSVGElement;
            const box = svg.getBoundingClientRect();
            return box.height < 40 || box.right > (figure.closest('article') as HTMLElement).getBoundingClientRect().right + 1;
          })
          .map((figure) => figure.id),
      );
      expect(cut, 'figures drawn empty or wider than the printed page').toEqual([]);
      const skipped = await page.$$eval(
        '[data-diagram-mode="light"] > svg',
        (svgs) => svgs.filter((svg) => !svg.checkVisibility({ contentVisibilityAuto: true })).length,
      );
      expect(skipped, 'drawings skipped under print media because they are far down the page').toBe(0);
      expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('after a client-side navigation', () => {
  it('figures fetch their drawings, and no page loads Mermaid', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
      });
      await gotoHydrated(page, site.origin + CHAPTER);
      // The sidebar's link is routed in the page, without loading the next page's HTML.
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
      await page.locator(`nav a[href="${OTHER_CHAPTER}"]`).first().click();
      await page.waitForURL((url) => url.pathname === OTHER_CHAPTER);
      expect(await page.evaluate(() => 'stillTheSamePage' in window), 'navigated inside the page').toBe(true);
      await page.waitForFunction(() => {
        const figures = [...document.querySelectorAll('figure.diagram-figure')];
        return figures.length > 0 && figures.every((figure) => figure.querySelector('[data-diagram-mode="light"] > svg'));
      });
      expect((await shownModes(page)).filter((figure) => figure.shown !== 'light')).toEqual([]);
      expect(scripts.filter((body) => body.includes('flowchart-v2') || body.includes('mermaidAPI')).length, 'scripts holding Mermaid').toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
