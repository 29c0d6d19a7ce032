/**
 * Benchmark, not a test: serves the production build gzip-compressed (as a CDN
 * would), runs Lighthouse mobile and desktop on three kinds of page, weighs the
 * JS and CSS each page downloads (on load and after reading to the end), notes
 * whether Mermaid code was loaded, measures how large diagram labels render on
 * a laptop and a phone, times a clean build, sizes the search index and makes
 * the PDF book (its pages, size and time).
 * Lighthouse also measures a reference site built from the same installed Docusaurus with nothing of ours
 * (bench/reference-site), interleaved with the site's pages, so the report shows what the stack alone scores on
 * the machine of the day; each row records the machine's speed (Lighthouse's benchmark index).
 * Writes bench/REPORT.md.
 *
 *   npm run bench                              # builds first
 *   npm run bench -- --no-build                # measure the existing build/
 *   npm run bench -- --dir <build> --out <md>  # measure another build (an older commit's) into another file
 *   npm run bench -- --dir <build> --lighthouse-only [--pages /a,/b] [--mobile]
 *                                              # Lighthouse rows alone, with the reference rows, printed
 *   npm run bench -- ... --runs 5              # rounds of Lighthouse (odd; 3 by default)
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { makeBookPdf } from './support/bookPdf';
import { launchChromium } from './support/chromium';
import { measureFigureLabels, median, showAllDiagrams } from './support/diagramLabels';
import { BUILD_DIR, serveBuild, sitemapPaths } from './support/staticSite';
import { firstVisitBytes, measureSearchMedian, PHONE, servePhoneLink } from './phoneProfile.mjs';

/** The installed Lighthouse's version, for the report's header. */
function lighthouseVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const root = path.resolve(import.meta.dirname, '..');
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const buildDir = path.resolve(option('--dir') ?? BUILD_DIR);
const reportFile = path.resolve(option('--out') ?? path.join(root, 'bench', 'REPORT.md'));
const PORT = 9333;
const RECORDED_HEADING = '## Recorded comparisons';

function heaviestDiagramPage(): string {
  const chapters = fs.readdirSync(path.join(buildDir, 'docs', 'case-studies')).filter((file) => file.endsWith('.html'));
  const scored = chapters.map((file) => {
    const html = fs.readFileSync(path.join(buildDir, 'docs', 'case-studies', file), 'utf8');
    return { file, weight: (html.match(/diagram-figure/g) ?? []).length * 1000 + (html.match(/class=katex/g) ?? []).length };
  });
  scored.sort((a, b) => b.weight - a.weight);
  return `/docs/case-studies/${(scored[0]?.file ?? '').replace(/\.html$/, '')}`;
}

interface PageWeight {
  js: number;
  css: number;
  mermaid: boolean;
  /** JS after scrolling to the end with every diagram drawn. */
  jsRead: number;
  mermaidRead: boolean;
}

/** How long the network must be quiet for a page to count as settled. */
const QUIET_MS = 500;

/**
 * Bytes on the wire (compressed) per resource type, and whether any script held
 * Mermaid's parser: on first load, then after reading the page to its end.
 */
async function weigh(origin: string, urlPath: string): Promise<PageWeight> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const weight: PageWeight = { js: 0, css: 0, mermaid: false, jsRead: 0, mermaidRead: false };
    let js = 0;
    let mermaid = false;
    const pending = new Set<Promise<void>>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      const counted = (async () => {
        const sizes = await response
          .request()
          .sizes()
          .catch(() => undefined);
        const bytes = sizes ? sizes.responseBodySize : 0;
        if (type === 'script') {
          js += bytes;
          const body = await response.text().catch(() => '');
          if (body.includes('flowchart-v2') || body.includes('mermaidAPI')) mermaid = true;
        } else {
          weight.css += bytes;
        }
      })();
      pending.add(counted);
      void counted.finally(() => pending.delete(counted));
    });
    // Requests in flight, for a quiet network of our own: Playwright's networkidle fires once per page, so a second
    // wait for it, after hydration or after scrolling, returns at once even with requests still going.
    let inFlight = 0;
    let lastChange = Date.now();
    const change = (by: number) => {
      inFlight += by;
      lastChange = Date.now();
    };
    page.on('request', () => change(1));
    page.on('requestfinished', () => change(-1));
    page.on('requestfailed', () => change(-1));
    const settled = async () => {
      while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
      await Promise.all(pending);
    };
    await page.goto(origin + urlPath, { waitUntil: 'load' });
    // Hydrated first: while the main bundle evaluates, the network can be quiet for longer than half a second before
    // the route's chunks are asked for, and they would then count as read later, not on load.
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { polling: 100, timeout: 60_000 });
    await settled();
    weight.js = js;
    weight.mermaid = mermaid;
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise(requestAnimationFrame);
      }
    });
    await showAllDiagrams(page);
    await settled();
    weight.jsRead = js;
    weight.mermaidRead = mermaid;
    return weight;
  } finally {
    await browser.close();
  }
}

interface Legibility {
  width: number;
  figures: number;
  /** Median over figures of each figure's median label size. */
  medianPx: number;
  smallestPx: number;
  /** Figures whose smallest label renders at 12 CSS px or more. */
  legible: number;
}

/** How large diagram labels render on every page of the sitemap, at one window width. */
async function legibility(origin: string, width: number): Promise<Legibility> {
  const browser = await launchChromium();
  const figureMedians: number[] = [];
  let smallestPx = Number.POSITIVE_INFINITY;
  let legible = 0;
  try {
    const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
    const page = await context.newPage();
    for (const urlPath of sitemapPaths(buildDir)) {
      await page.goto(origin + urlPath, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      await showAllDiagrams(page);
      for (const figure of await measureFigureLabels(page)) {
        if (figure.labelPx.length === 0) continue;
        const smallest = Math.min(...figure.labelPx);
        figureMedians.push(median(figure.labelPx));
        smallestPx = Math.min(smallestPx, smallest);
        if (smallest >= 12) legible += 1;
      }
    }
  } finally {
    await browser.close();
  }
  return { width, figures: figureMedians.length, medianPx: median(figureMedians), smallestPx, legible };
}

async function runLighthouseOnce(url: string, formFactor: 'mobile' | 'desktop') {
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
      benchmarkIndex: Math.round(result?.lhr.environment.benchmarkIndex ?? 0),
    };
  } finally {
    await browser.close();
  }
}

/** One Lighthouse row: a page of a served build, in one form factor. */
interface LighthouseTarget {
  label: string;
  origin: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
}

/** Rounds of Lighthouse over every row: odd, so the median is one run. */
if (process.argv.includes('--runs') && option('--runs') === undefined) throw new Error('bench: --runs takes a number');
const RUNS = Number(option('--runs') ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS % 2 === 0) throw new Error(`bench: --runs takes an odd whole number (1, 3, 5...), not ${option('--runs')}`);

/**
 * Lighthouse varies from run to run on a shared machine, and the machine's speed drifts over minutes: every row is
 * run RUNS times, one round over all rows after another (so a slow minute does not fall on one row), and each row
 * keeps the run with the median performance score, with the benchmark index of that run.
 */
async function lighthouseRows(targets: readonly LighthouseTarget[]): Promise<string[]> {
  const runs = targets.map(() => [] as Awaited<ReturnType<typeof runLighthouseOnce>>[]);
  for (let round = 0; round < RUNS; round += 1) {
    for (const [index, target] of targets.entries()) runs[index]!.push(await runLighthouseOnce(target.origin + target.path, target.formFactor));
  }
  return targets.map((target, index) => {
    const sorted = [...runs[index]!].sort((a, b) => a.performance - b.performance);
    const scores = sorted[Math.floor(sorted.length / 2)]!;
    return `| ${target.label} (\`${target.path}\`) | ${target.formFactor} | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} | ${scores.lcp} | ${scores.tbt} | ${scores.cls} | ${scores.benchmarkIndex} |`;
  });
}

const LIGHTHOUSE_HEADER = `| Page | Form factor | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Benchmark index |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`;

/** The reference site's pages: a plain page, and one with three diagrams drawn by the Mermaid theme. */
const REFERENCE_PAGES = [
  { label: 'Reference: classic preset alone, plain page (no code block)', path: '/' },
  { label: 'Reference: classic preset alone, three client-drawn diagrams', path: '/diagrams' },
];

/**
 * Builds bench/reference-site into a temporary folder, serves it gzipped while `use` runs, then removes it (not on
 * Ctrl-C: an interrupted bench leaves a bench-reference-* folder in the system's temporary folder).
 */
async function withReferenceSite<T>(use: (origin: string) => Promise<T>): Promise<T> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-reference-'));
  try {
    // Its log on stderr: stdout carries the report's rows alone (--lighthouse-only).
    execSync(`npx docusaurus build ${JSON.stringify(path.join(root, 'bench', 'reference-site'))} --out-dir ${JSON.stringify(outDir)}`, {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    const server = await serveBuild({ compress: true, dir: outDir });
    try {
      return await use(server.origin);
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function benchPages() {
  return [
    { label: 'Landing page', path: '/' },
    { label: 'Plain docs page', path: '/docs/start-here' },
    { label: 'Heaviest chapter (diagrams and formulas)', path: heaviestDiagramPage() },
    { label: 'Metrics reference (most of the formulas)', path: '/docs/reference/metrics' },
  ];
}

/**
 * Lighthouse alone on the bench pages of a build, as table rows on stdout: for a before-and-after of one change.
 * The reference site's rows run in the same rounds, so each run of this command carries its own baseline.
 */
async function lighthouseOnly() {
  const server = await serveBuild({ compress: true, dir: buildDir });
  try {
    const only = option('--pages')?.split(',');
    const pages = only ? only.map((pagePath) => ({ label: pagePath, path: pagePath })) : benchPages();
    const formFactors = process.argv.includes('--mobile') ? (['mobile'] as const) : (['mobile', 'desktop'] as const);
    const rows = await withReferenceSite((referenceOrigin) =>
      lighthouseRows([
        ...pages.flatMap((page) => formFactors.map((formFactor) => ({ ...page, origin: server.origin, formFactor }))),
        ...REFERENCE_PAGES.map((page) => ({ ...page, origin: referenceOrigin, formFactor: 'mobile' as const })),
      ]),
    );
    console.log(`Lighthouse ${lighthouseVersion()} on ${buildDir} (median of ${RUNS} interleaved runs)`);
    console.log(LIGHTHOUSE_HEADER);
    for (const row of rows) console.log(row);
  } finally {
    await server.close();
  }
}

async function main() {
  if (process.argv.includes('--lighthouse-only')) return lighthouseOnly();
  let buildSeconds: string = 'not measured (--no-build)';
  if (!process.argv.includes('--no-build') && !option('--dir')) {
    execSync('npx docusaurus clear', { cwd: root, stdio: 'ignore' });
    const started = Date.now();
    execSync('npx docusaurus build', { cwd: root, stdio: 'ignore' });
    buildSeconds = `${((Date.now() - started) / 1000).toFixed(1)} s (cold, after docusaurus clear)`;
  }
  // After the build: the heaviest chapter is found in it.
  const pages = benchPages();
  const searchDir = path.join(buildDir, 'pagefind');
  const searchIndexBytes = fs
    .readdirSync(searchDir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(searchDir, file))
    .filter((file) => fs.statSync(file).isFile())
    .reduce((sum, file) => sum + fs.statSync(file).size, 0);
  const search = await measureSearchMedian(5);
  const phoneLink = await servePhoneLink();
  const firstVisit = await firstVisitBytes(phoneLink).finally(() => phoneLink.close());

  const site = await serveBuild({ compress: true, dir: buildDir });
  let rows: string[];
  const weights: string[] = [];
  const labels: Legibility[] = [];
  try {
    const formFactors = ['mobile', 'desktop'] as const;
    rows = await withReferenceSite((referenceOrigin) =>
      lighthouseRows([
        ...pages.flatMap((page) => formFactors.map((formFactor) => ({ ...page, origin: site.origin, formFactor }))),
        ...REFERENCE_PAGES.map((page) => ({ ...page, origin: referenceOrigin, formFactor: 'mobile' as const })),
      ]),
    );
    for (const page of pages) {
      const weight = await weigh(site.origin, page.path);
      weights.push(
        `| \`${page.path}\` | ${kb(weight.js)} | ${kb(weight.jsRead)} | ${kb(weight.css)} | ${weight.mermaid ? 'yes' : 'no'} | ${weight.mermaidRead ? 'yes' : 'no'} |`,
      );
    }
    for (const width of [1280, 390]) labels.push(await legibility(site.origin, width));
  } finally {
    await site.close();
  }
  const book = await makeBookPdf({ dir: buildDir });

  const report = `# Benchmark report

Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. The production build is served with gzip
by a local static server; Lighthouse ${lighthouseVersion()}
runs in Debian's Chromium with its default mobile throttling and its desktop preset, ${RUNS} times per row in
interleaved rounds; each row is the run with the median performance score.

## Lighthouse

Lighthouse simulates a phone by multiplying the time each task took here by four, so its blocking times follow the
speed of this shared 2-core machine, which drifts from minute to minute: the benchmark index column is that speed
for the row's run (higher is faster). The reference rows are a site built from the same installed Docusaurus with
nothing of ours (\`bench/reference-site\`: the classic preset and the Mermaid theme), measured in the same rounds;
its plain page, like the site's plain docs page, has no code block, and its sidebar has two links (the site's has
dozens). Each row still keeps its own median run, so rows can differ in machine speed (see the index): read the
site's rows against the reference rows of the same report, never another day's, and differences of a few points as
noise.

${LIGHTHOUSE_HEADER}
${rows.join('\n')}

## Bytes per page (compressed)

On load: every script and style sheet fetched until the page has hydrated and the network has then been quiet for
half a second. After reading: then scrolled to its end, with every diagram drawn.

| Page | JS on load | JS after reading to the end | CSS | Mermaid code on load | Mermaid code by the end |
| --- | --- | --- | --- | --- | --- |
${weights.join('\n')}

## Search and first visit on a phone

${PHONE.cpuSlowdown}x CPU slowdown, ${PHONE.downKbps / 1000} Mbps, ${PHONE.rttMs} ms round trip, cold cache; medians of ${search.runs.length} runs (\`scripts/phoneProfile.mts\`).

| What | Value |
| --- | --- |
| Focus and typing "calibration" to first suggestions (titles) | ${(search.firstSuggestionsMs / 1000).toFixed(2)} s |
| Bytes up to the first suggestions | ${kb(search.firstSuggestionsBytes)} |
| Focus and typing "calibration" to full-text results | ${(search.fullResultsMs / 1000).toFixed(2)} s |
| Bytes for the whole first query | ${kb(search.firstQueryBytes)} |
| A later keystroke, once the first query is done | ${search.nextKeystrokeMs} ms |
| First visit to a chapter, service worker traffic included | ${kb(firstVisit)} |

## Diagram legibility

Every figure on every page of the sitemap, light mode: the size in CSS px at which each label of the visible diagram
renders (its font size times the scale the diagram is drawn at). A figure's typical label is the median of its labels.

| Window width | Figures | Median label | Smallest label | Figures whose smallest label is 12 px or more |
| --- | --- | --- | --- | --- |
${labels.map((row) => `| ${row.width} px | ${row.figures} | ${row.medianPx.toFixed(1)} px | ${row.smallestPx.toFixed(1)} px | ${row.legible} of ${row.figures} |`).join('\n')}

## Build

| What | Value |
| --- | --- |
| Build time | ${buildSeconds} |
| Search index (Pagefind, all pieces) | ${kb(searchIndexBytes)} (uncompressed) |
| Pages in sitemap | ${sitemapPaths(buildDir).length} |
| PDF book (\`npm run pdf\`) | ${book.pages} pages, ${kb(book.bytes)}, made in ${book.seconds.toFixed(0)} s |
`;
  // Comparisons recorded by hand (an earlier build measured against this one) survive a new run.
  const previous = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
  const recorded = previous.indexOf(RECORDED_HEADING);
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, recorded >= 0 ? `${report}\n${previous.slice(recorded)}` : report);
  console.log(report);
}

await main();
