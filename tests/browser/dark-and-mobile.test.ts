import { describe, expect, it } from 'vitest';
import { caseStudies } from '@site/src/data/caseStudies';
import { gotoHydrated, seriousViolations } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

// One page of each kind: landing, a plain docs page, a chapter with diagrams and formulas, the metrics reference.
const samplePaths = ['/', '/docs/start-here', `/docs/case-studies/${caseStudies[0]?.slug}`, '/docs/reference/metrics'];

describe('dark mode', () => {
  it.each(samplePaths)("%s follows the reader's dark preference and passes axe colour contrast", async (path) => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + path);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const serious = await seriousViolations(page, (axe) => axe.withRules(['color-contrast', 'link-in-text-block']));
      expect(serious).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('phone layout', () => {
  it.each(samplePaths)('%s fits a 375 px wide screen without sideways scrolling of the page', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page is wider than the screen by this many pixels').toBeLessThanOrEqual(0);
      // The sidebar collapses into the menu button.
      expect(await page.locator('button.navbar__toggle').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the phone menu', () => {
  it('lists the book with the open page marked, keeps the main menu one tap away, and closes when a page is chosen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const path = `/docs/case-studies/${caseStudies[0]?.slug}`;
    try {
      await gotoHydrated(page, site.origin + path);
      await page.locator('button.navbar__toggle').click();
      const menu = page.locator('.navbar-sidebar');
      // The book's own list opens first, filled on the first tap: never an empty panel.
      const current = menu.locator(`.theme-doc-sidebar-menu a.menu__link--active[aria-current="page"][href="${path}"]`);
      await current.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await menu.locator('.theme-doc-sidebar-menu .menu__link').count()).toBeGreaterThan(10);
      await menu.locator('.navbar-sidebar__items--show-secondary').waitFor({ state: 'attached', timeout: 5_000 });
      await menu.getByRole('button', { name: /back to main menu/i }).click();
      await page.waitForFunction(() => !document.querySelector('.navbar-sidebar__items--show-secondary'), undefined, { polling: 100, timeout: 5_000 });

      // Back in the book's list, a chapter link navigates and closes the menu.
      await page.locator('.navbar-sidebar__close').click();
      await page.locator('button.navbar__toggle').click();
      const other = menu.locator(`.theme-doc-sidebar-menu a.menu__link[href="/docs/start-here"]`);
      await other.click();
      await page.waitForURL(/\/docs\/start-here$/);
      await page.waitForFunction(() => !document.querySelector('.navbar-sidebar--show'), undefined, { polling: 100, timeout: 5_000 });
    } finally {
      await context.close();
    }
  });
});
