/**
 * Measures what the estimated heights of skipped blocks in src/css/custom.css ("Long pages") should be: the mean
 * height, in rem, of each kind of block the stylesheet may skip, over every docs page of the sitemap, on a phone
 * (390 px) and a wide screen (1280 px), for the reference pages and for the others. Scripts are off, so no
 * block is skipped and each is laid out as the server sent it. The height measured is the content box's, as
 * `contain-intrinsic-block-size` sets that one (a block's padding and border come on top).
 *
 *   npx tsx scripts/block-heights.mts [--dir <build>]
 */
import { launchChromium } from './support/chromium';
import { BUILD_DIR, serveBuild, sitemapPaths } from './support/staticSite';

const KINDS = {
  p: '.markdown > p',
  'ul, ol': '.markdown > :is(ul, ol)',
  table: '.markdown > table',
  '.katex-display': '.markdown > .katex-display',
  '[data-worked-example]': '.markdown > [data-worked-example]',
  '[data-calculator]': '.markdown > [data-calculator]',
} as const;
type Kind = keyof typeof KINDS;

const WIDTHS = [390, 1280] as const;

const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag > 0 ? (process.argv[dirFlag + 1] ?? BUILD_DIR) : BUILD_DIR;
const server = await serveBuild({ dir });
const browser = await launchChromium();
try {
  const pages = sitemapPaths(dir).filter((pagePath) => pagePath.startsWith('/docs/'));
  const rows: string[] = [];
  for (const width of WIDTHS) {
    const heights = new Map<string, number[]>();
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(server.origin + pagePath, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // No helper functions inside: the page runs this as it is written (tsx would add a name helper the page lacks).
      const { reference, measured } = await page.evaluate(
        (kinds) => ({
          // The class the stylesheet keys the reference pages' estimates on.
          reference: document.documentElement.className.includes('docs-doc-id-reference/'),
          measured: Object.fromEntries(
            Object.entries(kinds).map(([kind, selector]) => [
              kind,
              [...document.querySelectorAll(selector)].map((block) => {
                const style = getComputedStyle(block);
                const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
                return block.getBoundingClientRect().height - frame.reduce((sum, side) => sum + parseFloat(style[side]), 0);
              }),
            ]),
          ),
        }),
        KINDS,
      );
      const pageGroup = reference ? 'reference pages' : 'other docs pages';
      for (const [kind, values] of Object.entries(measured)) {
        const key = `${pageGroup}|${kind}`;
        heights.set(key, [...(heights.get(key) ?? []), ...values]);
      }
    }
    await context.close();
    for (const pageGroup of ['other docs pages', 'reference pages']) {
      for (const kind of Object.keys(KINDS) as Kind[]) {
        const values = heights.get(`${pageGroup}|${kind}`) ?? [];
        if (values.length === 0) continue;
        const meanRem = values.reduce((sum, value) => sum + value, 0) / values.length / 16;
        rows.push(`| ${width} px | ${pageGroup} | \`${kind}\` | ${values.length} | ${meanRem.toFixed(1)} rem |`);
      }
    }
  }
  console.log(['| Width | Pages | Block | Count | Mean height |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'));
} finally {
  await browser.close();
  await server.close();
}
