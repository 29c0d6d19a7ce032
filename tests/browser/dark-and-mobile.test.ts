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
