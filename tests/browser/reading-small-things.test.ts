import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { beyondTheBookCaseStudies, bookCaseStudies } from '@site/src/data/caseStudies';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const CHAPTER = '/docs/case-studies/news-feed';

async function size(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { width: box.width, height: box.height };
}

describe('tap targets on a phone', () => {
  it('the copy-link controls and the menu close button are at least 24 x 24 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      for (const selector of ['h2#requirements a.hash-link', 'article figure h3 a.hash-link']) {
        const { width, height } = await size(page, selector);
        expect(width, `${selector} width`).toBeGreaterThanOrEqual(24);
        expect(height, `${selector} height`).toBeGreaterThanOrEqual(24);
      }
      await page.locator('button.navbar__toggle').click();
      await page.locator('.navbar-sidebar__close').waitFor({ state: 'visible' });
      // The menu slides in; a box measured mid-slide comes back a fraction of a pixel short.
      await page.locator('.navbar-sidebar').evaluate(async (menu) => {
        await Promise.all(menu.getAnimations({ subtree: true }).map((animation) => animation.finished));
      });
      const close = await size(page, '.navbar-sidebar__close');
      expect(close.width).toBeGreaterThanOrEqual(24);
      expect(close.height).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });
});

describe('the Study tools menu', () => {
  it('says it is expanded while it shows on hover, and collapsed once it hides', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${site.origin}/docs/start-here`);
      const toggle = page.locator('.navbar .dropdown--hoverable > .navbar__link', { hasText: 'Study tools' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.hover();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await page.mouse.move(640, 600);
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  it('keeps headings with what follows them', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      await page.emulateMedia({ media: 'print' });
      const breaks = await page.evaluate(() => ['h2', 'h3'].map((tag) => getComputedStyle(document.querySelector(`article ${tag}`) as Element).breakAfter));
      expect(breaks).toEqual(['avoid', 'avoid']);
    } finally {
      await context.close();
    }
  });
});

describe('wording and links', () => {
  it('no page tells a phone reader to hover, and the old study-paths address still reaches the study plans', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      for (const path of ['/docs/start-here', '/docs/reference/glossary']) {
        await gotoHydrated(page, site.origin + path);
        expect(await page.locator('article').textContent()).not.toMatch(/hover over/i);
      }
      await page.goto(`${site.origin}/docs/start-here/study-paths#two-weeks`, { waitUntil: 'load' });
      await page.waitForURL(/\/docs\/start-here\/study-plans/, { timeout: 10_000 });
      expect(await page.locator('h1').textContent()).toBe('Study plans');
    } finally {
      await context.close();
    }
  });
});

describe('home page', () => {
  it('shows the book case studies in chapter order, filters them, says where to start and leads to the study tools', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${site.origin}/`);
      const filter = page.locator('[data-case-study-filter]');
      const chapters = await filter
        .locator('[data-case-study]')
        .evaluateAll((items) => items.map((item) => Number(/Book chapter (\d+)/.exec(item.textContent ?? '')?.[1])));
      expect(chapters).toHaveLength(bookCaseStudies.length);
      expect(chapters).toEqual([...chapters].sort((a, b) => a - b));

      const first = bookCaseStudies[0]!;
      await filter.getByLabel('Domain').selectOption(first.domain);
      const sameDomain = bookCaseStudies.filter((study) => study.domain === first.domain).length;
      await expect.poll(() => filter.locator('[data-case-study]:visible').count()).toBe(sameDomain);
      expect(await page.textContent('[data-case-study-count]')).toBe(`${sameDomain} of ${bookCaseStudies.length} case studies`);
      await filter.getByLabel('Difficulty').selectOption('advanced');
      const both = bookCaseStudies.filter((study) => study.domain === first.domain && study.difficulty === 'advanced').length;
      await expect.poll(() => filter.locator('[data-case-study]:visible').count()).toBe(both);

      // Beyond the book stays a section of its own.
      expect(await page.locator('section[aria-labelledby="beyond-the-book"] article').count()).toBe(beyondTheBookCaseStudies.length);
      // Where to start, and the study tools.
      expect(await page.locator('[data-where-to-start] a[href^="/docs/case-studies/"]').count()).toBe(1);
      for (const href of ['/docs/start-here/study-plans', '/flashcards', '/progress', '/docs/reference/glossary']) {
        expect(await page.locator(`section[aria-labelledby="study-tools"] a[href="${href}"]`).count(), href).toBe(1);
      }
      expect(await page.locator('section[aria-labelledby="also-inside"] a', { hasText: 'The framework' }).getAttribute('href')).toBe('/docs/framework');
    } finally {
      await context.close();
    }
  });
});

describe('accessibility of the changed pages', () => {
  const pages: Array<[string, { width: number; height: number }]> = [
    ['/', { width: 390, height: 800 }],
    ['/progress', { width: 1280, height: 900 }],
    ['/docs/compare', { width: 390, height: 800 }],
    ['/docs/framework/evaluation', { width: 390, height: 800 }],
  ];
  it.each(['light', 'dark'] as const)('pass axe in %s mode', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    try {
      for (const [path, viewport] of pages) {
        await page.setViewportSize(viewport);
        await gotoHydrated(page, site.origin + path);
        const axe = await new AxeBuilder({ page }).analyze();
        found.push(
          ...axe.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map(
              (violation) =>
                `${path} ${violation.id}: ${violation.nodes
                  .map((node) => node.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')}`,
            ),
        );
      }
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
