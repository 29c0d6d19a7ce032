import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { gotoHydrated, watchErrors } from './support/page';
import { sitemapPaths } from '@site/scripts/support/staticSite';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

// Navigation pages kept out of the sitemap still have to work and pass axe.
const NAVIGATION_PAGES = ['/blog/archive', '/blog/authors', '/blog/tags', '/docs/tags'];
const paths = [...sitemapPaths(), ...NAVIGATION_PAGES];

describe('every page of the built sitemap', () => {
  it('lists the landing page, the docs and the blog', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/docs/start-here', '/blog']));
  });

  it.each(paths)('%s renders cleanly: no errors, diagrams and formulas rendered, axe clean', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await gotoHydrated(page, site.origin + path);

      // Every figure shows the drawing made at build time; none is left to Mermaid in the page.
      const diagrams = await page.$$eval('figure.diagram-figure', (figures) =>
        figures.map((figure) => {
          const shown = [...figure.querySelectorAll('[data-diagram-mode] > svg')].filter((svg) => svg.checkVisibility());
          if (figure.querySelector('[data-live-diagram]')) return `${figure.id}: drawn live by Mermaid, not at build time`;
          if (shown.length !== 1) return `${figure.id}: shows ${shown.length} drawings, not one`;
          if (shown[0]?.getAttribute('aria-roledescription') === 'error') return `${figure.id}: Mermaid drew its error graphic`;
          return null;
        }),
      );
      const katexErrors = await page.$$eval('.katex-error', (nodes) => nodes.map((node) => `KaTeX error: ${node.getAttribute('title') ?? node.textContent}`));
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = axe.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `axe ${violation.impact} ${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );

      expect([...errors, ...diagrams.filter(Boolean), ...katexErrors, ...violations], `problems on ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
