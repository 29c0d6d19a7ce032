/**
 * Benchmark, not a test: serves the production build gzip-compressed (as a CDN
 * would), runs Lighthouse mobile and desktop on three kinds of page, weighs the
 * JS and CSS each page downloads, notes whether Mermaid code was loaded, times
 * a clean build and sizes the search index. Writes bench/REPORT.md.
 *
 *   npm run bench                 # builds first
 *   npm run bench -- --no-build   # measure the existing build/
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchChromium } from '../tests/browser/support/chromium';
import { BUILD_DIR, serveBuild, sitemapPaths } from '../tests/browser/support/server';
import { firstVisitBytes, measureSearchMedian, PHONE, servePhoneLink } from './phoneProfile.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reportFile = path.join(root, 'bench', 'REPORT.md');
const PORT = 9333;
const RECORDED_HEADING = '## Recorded comparisons';

function heaviestDiagramPage(): string {
  const chapters = fs.readdirSync(path.join(BUILD_DIR, 'docs', 'case-studies')).filter((file) => file.endsWith('.html'));
  const scored = chapters.map((file) => {
    const html = fs.readFileSync(path.join(BUILD_DIR, 'docs', 'case-studies', file), 'utf8');
    return { file, weight: (html.match(/diagram-figure/g) ?? []).length * 1000 + (html.match(/class=katex/g) ?? []).length };
  });
  scored.sort((a, b) => b.weight - a.weight);
  return `/docs/case-studies/${(scored[0]?.file ?? '').replace(/\.html$/, '')}`;
}

interface PageWeight {
  js: number;
  css: number;
  mermaid: boolean;
}

/** Bytes on the wire (compressed) per resource type, and whether any script held Mermaid's parser. */
async function weigh(origin: string, urlPath: string): Promise<PageWeight> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const weight: PageWeight = { js: 0, css: 0, mermaid: false };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const sizes = await response.request().sizes().catch(() => undefined);
    const bytes = sizes ? sizes.responseBodySize : 0;
    if (type === 'script') {
      weight.js += bytes;
      const body = await response.text().catch(() => '');
      if (body.includes('flowchart-v2') || body.includes('mermaidAPI')) weight.mermaid = true;
    } else {
      weight.css += bytes;
    }
  });
  await page.goto(origin + urlPath, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await browser.close();
  return weight;
}

async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop') {
  const browser = await launchChromium([`--remote-debugging-port=${PORT}`]);
  try {
    const result = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error' }, formFactor === 'desktop' ? desktopConfig : undefined);
    const categories = result?.lhr.categories ?? {};
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const audits = result?.lhr.audits ?? {};
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint']?.displayValue ?? '',
      tbt: audits['total-blocking-time']?.displayValue ?? '',
      cls: audits['cumulative-layout-shift']?.displayValue ?? '',
    };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  let buildSeconds: string = 'not measured (--no-build)';
  if (!process.argv.includes('--no-build')) {
    execSync('npx docusaurus clear', { cwd: root, stdio: 'ignore' });
    const started = Date.now();
    execSync('npx docusaurus build', { cwd: root, stdio: 'ignore' });
    buildSeconds = `${((Date.now() - started) / 1000).toFixed(1)} s (cold, after docusaurus clear)`;
  }
  const searchDir = path.join(BUILD_DIR, 'pagefind');
  const searchIndexBytes = fs
    .readdirSync(searchDir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(searchDir, file))
    .filter((file) => fs.statSync(file).isFile())
    .reduce((sum, file) => sum + fs.statSync(file).size, 0);
  const search = await measureSearchMedian(5);
  const phoneLink = await servePhoneLink();
  const firstVisit = await firstVisitBytes(phoneLink).finally(() => phoneLink.close());

  const pages = [
    { label: 'Landing page', path: '/' },
    { label: 'Plain docs page', path: '/docs/start-here' },
    { label: 'Heaviest chapter (diagrams and formulas)', path: heaviestDiagramPage() },
  ];
  const server = await serveBuild({ compress: true });
  const rows: string[] = [];
  const weights: string[] = [];
  try {
    for (const page of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const scores = await runLighthouse(server.origin + page.path, formFactor);
        rows.push(
          `| ${page.label} (\`${page.path}\`) | ${formFactor} | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} | ${scores.lcp} | ${scores.tbt} | ${scores.cls} |`,
        );
      }
      const weight = await weigh(server.origin, page.path);
      weights.push(`| \`${page.path}\` | ${kb(weight.js)} | ${kb(weight.css)} | ${weight.mermaid ? 'yes' : 'no'} |`);
    }
  } finally {
    await server.close();
  }

  const report = `# Benchmark report

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. The production build is served with gzip
by a local static server; Lighthouse ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}
runs in Debian's Chromium with its default mobile throttling and its desktop preset. Scores move by a few points
between runs on a shared 2-core machine; compare trends, not single digits.

## Lighthouse

| Page | Form factor | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## Bytes per page (compressed, on first load)

| Page | JS | CSS | Mermaid code loaded |
| --- | --- | --- | --- |
${weights.join('\n')}

## Search and first visit on a phone

${PHONE.cpuSlowdown}x CPU slowdown, ${PHONE.downKbps / 1000} Mbps, ${PHONE.rttMs} ms round trip, cold cache; medians of ${search.runs.length} runs (\`scripts/phoneProfile.mts\`).

| What | Value |
| --- | --- |
| Typing "calibration" to first suggestions | ${(search.firstSuggestionsMs / 1000).toFixed(2)} s |
| A later keystroke | ${search.nextKeystrokeMs} ms |
| Bytes for the first query | ${kb(search.firstQueryBytes)} |
| First visit to a chapter, service worker traffic included | ${kb(firstVisit)} |

## Build

| What | Value |
| --- | --- |
| Build time | ${buildSeconds} |
| Search index (Pagefind, all pieces) | ${kb(searchIndexBytes)} (uncompressed) |
| Pages in sitemap | ${sitemapPaths().length} |
`;
  // Comparisons recorded by hand (an earlier build measured against this one) survive a new run.
  const previous = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
  const recorded = previous.indexOf(RECORDED_HEADING);
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, recorded >= 0 ? `${report}\n${previous.slice(recorded)}` : report);
  console.log(report);
}

await main();
