import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import handler from 'serve-handler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@site/scripts/support/chromium';
import { gotoHydrated } from '../browser/support/page';

const BASE = '/companion/';
// As the deploy workflow builds: under a sub-path, and with the repository that "report an error" links open issues on.
const REPOSITORY_URL = 'https://github.com/study-group/companion';
// The host's root holds nothing but the site's folder, as on a project page of GitHub Pages.
const hostRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sub-path-host-'));
const outDir = path.join(hostRoot, BASE);
let origin = '';
let server: http.Server | undefined;

/** A static host with clean URLs whose root holds only the site's folder: anything outside the base path is a 404. */
function serveHostRoot(root: string): Promise<http.Server> {
  const host = http.createServer((request, response) => void handler(request, response, { public: root, cleanUrls: true, trailingSlash: false }));
  return new Promise((resolve) => host.listen(0, '127.0.0.1', () => resolve(host)));
}

beforeAll(async () => {
  const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, BASE_URL: BASE, REPOSITORY_URL, FORCE_COLOR: '0' },
  });
  if (result.status !== 0) throw new Error(`The build with BASE_URL=${BASE} failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveHostRoot(hostRoot);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 600_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(hostRoot, { recursive: true, force: true });
});

const status = async (url: string) => (await fetch(url)).status;

describe(`a build with BASE_URL=${BASE} and REPOSITORY_URL set`, () => {
  it('serves every sitemap page, and every script, stylesheet, icon and image the pages reference, under the base path', async () => {
    const xml = fs.readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.filter((page) => !page.startsWith(BASE)), 'sitemap entries outside the base path').toEqual([]);

    const assets = new Set<string>();
    const broken: string[] = [];
    for (const page of pages) {
      const response = await fetch(origin + page);
      if (response.status !== 200) {
        broken.push(`${page} answers ${response.status}`);
        continue;
      }
      const $ = cheerio.load(await response.text());
      $('script[src], link[href], img[src]').each((_index, element) => {
        const value = $(element).attr('src') ?? $(element).attr('href') ?? '';
        if (value.startsWith('/') && !value.startsWith('//')) assets.add(`${page} -> ${value}`);
      });
    }
    const checked = new Map<string, number>();
    for (const entry of assets) {
      const [page, asset] = entry.split(' -> ') as [string, string];
      const target = asset.split('#')[0] as string;
      if (!target.startsWith(BASE)) {
        broken.push(`${page} references ${asset} outside the base path`);
        continue;
      }
      if (!checked.has(target)) checked.set(target, await status(origin + target));
      if (checked.get(target) !== 200) broken.push(`${page} references ${asset}, which answers ${checked.get(target)}`);
    }
    expect(checked.size).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  }, 300_000);

  it('has a web manifest whose start URL, scope and icons stay inside the base path', async () => {
    const html = await (await fetch(`${origin}${BASE}`)).text();
    const href = cheerio.load(html)('link[rel="manifest"]').attr('href');
    expect(href, 'the landing page links a manifest').toBeTruthy();
    const manifestUrl = new URL(href as string, `${origin}${BASE}`);
    expect(manifestUrl.pathname.startsWith(BASE)).toBe(true);
    const manifest = (await (await fetch(manifestUrl)).json()) as { start_url: string; scope?: string; icons: Array<{ src: string }> };
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
    if (manifest.scope) expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
    for (const icon of manifest.icons) {
      const iconUrl = new URL(icon.src, manifestUrl);
      expect(iconUrl.pathname.startsWith(BASE), icon.src).toBe(true);
      expect(await status(iconUrl.href), icon.src).toBe(200);
    }
  });

  it('registers its service worker under the base path and reloads a page read once with the network gone', async () => {
    const browser = await launchChromium();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${BASE}docs/operations/monitoring-and-drift`, { waitUntil: 'load' });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe(BASE);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const title = await page.textContent('article h1');
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      expect(await page.textContent('article h1')).toBe(title);
    } finally {
      await context.close();
      await browser.close();
    }
  }, 120_000);

  it('searches under the base path: titles first, then full text, every suggestion landing inside it', async () => {
    const browser = await launchChromium();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const searchFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/')) searchFiles.push(new URL(request.url()).pathname);
      });
      await gotoHydrated(page, `${origin}${BASE}docs/start-here`);
      await page.fill('input[role="combobox"][type="search"]', 'population stability');
      await page.waitForSelector('[role="search"][data-status="done"]', { state: 'attached', timeout: 30_000 });
      const urls = await page.$$eval('[role="option"]', (options) => options.map((option) => option.getAttribute('data-url') ?? ''));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
      expect(searchFiles).toContain(`${BASE}pagefind/titles.json`);
      expect(searchFiles).toContain(`${BASE}pagefind/pagefind.js`);
      expect(searchFiles.filter((file) => !file.startsWith(BASE))).toEqual([]);
      // A suggestion opens its page under the base path.
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === new URL(urls[0] as string, origin).pathname);
    } finally {
      await context.close();
      await browser.close();
    }
  }, 120_000);

  it('offers "report an error" on each chapter section, opening a pre-filled issue with the page title, permalink and heading', async () => {
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      await gotoHydrated(page, `${origin}${BASE}docs/case-studies/ad-click-prediction`);
      const sections = await page.locator('article h2[id]').count();
      expect(await page.locator('article h2[id] a[data-report-error]').count()).toBe(sections);

      const link = page.locator('h2#evaluation a[data-report-error]');
      expect(await link.getAttribute('aria-label')).toBe('Report an error in “Evaluation”');
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(`${href.origin}${href.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
      expect(Object.fromEntries(href.searchParams)).toEqual({
        template: 'error-in-a-chapter.yml',
        title: 'Error in Ad click prediction: “Evaluation”',
        page: 'Ad click prediction',
        section: 'https://ml-system-design-companion.github.io/companion/docs/case-studies/ad-click-prediction#evaluation',
      });

      const axe = await new AxeBuilder({ page }).include('article h2').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);

      // Blog posts are not chapters: no report flags there.
      await gotoHydrated(page, `${origin}${BASE}blog/why-this-companion`);
      expect(await page.locator('a[data-report-error]').count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
