/**
 * How fast the search box answers on a mid-range phone, with a cold cache:
 * Chromium with 4x CPU slowdown, and a link of 1.6 Mbps down with a 150 ms
 * round trip. The search box answers in two steps (titles, then full text), so
 * this measures both: the time from focusing the box and typing the first word
 * to the first suggestions, and to the full-text results joining them; the
 * time a later keystroke takes to change the list; and the bytes on the wire
 * for each step of the first query (every search file fetched ahead of it, and
 * everything fetched from the first keystroke on).
 *
 * The link is modelled in the server, not in Chromium: Chromium's throttling
 * misses requests made by web workers and the service worker, and so does its
 * byte count. Every response waits one round trip and then queues for the
 * shared downlink; bytes are counted as sent (gzip-compressed, as a CDN serves them).
 *
 * Also weighs a first visit as a phone pays for it: the page, and whatever the
 * service worker downloads in the background after it.
 *
 *   npx tsx scripts/phoneProfile.mts [--runs 5] [--query calibration]   # against build/
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';
import { launchChromium } from './support/chromium';
import { BUILD_DIR } from './support/staticSite';

export const PHONE = { cpuSlowdown: 4, downKbps: 1600, rttMs: 150 } as const;

export interface SearchTiming {
  /** Focus and typing to the first suggestion on screen. */
  firstSuggestionsMs: number;
  /** Bytes on the wire up to the first suggestion. */
  firstSuggestionsBytes: number;
  /** Focus and typing to the full-text results in the list (the box's status is "done"). */
  fullResultsMs: number;
  /** Bytes on the wire for the whole first query, full-text results included. */
  firstQueryBytes: number;
  /** Per letter of a second word, typed once the first query is done, until the list changes. */
  nextKeystrokeMs: number;
}

/** The search box and its suggestions, whichever search the build ships. */
const INPUT = 'input[type="search"], input.navbar__search-input';
const OPTION = '[role="listbox"] [role="option"]';
/** The search box once its last query's full-text results are in. */
const DONE = '[role="search"][data-status="done"]';
/** Files only search needs: the former single index (search-index.json, its lunr chunks and worker), or Pagefind's pieces. */
const SEARCH_FILE = /search-index|lunr|worker|pagefind/i;

export interface PhoneLinkServer {
  origin: string;
  /** Bytes sent since the given time for every path, or for paths matching `only`. */
  bytesSince: (since: number, only?: RegExp) => number;
  close: () => Promise<void>;
}

/** The production build behind a modelled phone link: one round trip per response, then a shared downlink. */
export async function servePhoneLink(dir = BUILD_DIR): Promise<PhoneLinkServer> {
  const bytesPerMs = (PHONE.downKbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  const sent: Array<{ at: number; path: string; bytes: number }> = [];
  const gzip = compression();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    const end = response.end.bind(response);
    response.write = ((chunk: string | Buffer) => {
      chunks.push(Buffer.from(chunk));
      return true;
    }) as typeof response.write;
    response.end = ((chunk?: unknown) => {
      if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) chunks.push(Buffer.from(chunk));
      const body = Buffer.concat(chunks);
      const starts = Math.max(Date.now() + PHONE.rttMs, linkFreeAt);
      linkFreeAt = starts + body.length / bytesPerMs;
      sent.push({ at: Date.now(), path: request.url ?? '', bytes: body.length });
      setTimeout(() => end(body), linkFreeAt - Date.now());
      return response;
    }) as typeof response.end;
    gzip(request as never, response as never, () => void handler(request, response, { public: dir, cleanUrls: true, trailingSlash: false }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesSince: (since, only) => sent.filter((entry) => entry.at >= since && (!only || only.test(entry.path))).reduce((sum, entry) => sum + entry.bytes, 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function measureSearch(link: PhoneLinkServer, query = 'calibration', pagePath = '/docs/start-here'): Promise<SearchTiming> {
  const browser = await launchChromium();
  // A new browser per run: a cold HTTP cache, and no service worker sharing the link.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    const loaded = Date.now();
    await page.goto(link.origin + pagePath, { waitUntil: 'networkidle', timeout: 180_000 });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { polling: 100, timeout: 60_000 });
    const input = page.locator(INPUT).first();
    const started = Date.now();
    await input.click();
    await input.pressSequentially(query);
    await page.waitForFunction((css) => document.querySelectorAll(css).length > 0, OPTION, { polling: 20, timeout: 120_000 });
    const firstSuggestionsMs = Date.now() - started;
    const bytesFor = () => link.bytesSince(loaded, SEARCH_FILE) + link.bytesSince(started) - link.bytesSince(started, SEARCH_FILE);
    const firstSuggestionsBytes = bytesFor();
    await page.waitForSelector(DONE, { state: 'attached', timeout: 120_000 });
    const fullResultsMs = Date.now() - started;
    // Files still arriving for this query count too: wait until the link has been quiet for a while.
    let bytes = -1;
    while (bytes !== bytesFor()) {
      bytes = bytesFor();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const firstQueryBytes = bytes;
    // A later keystroke: one more word, timed per letter until the list changes.
    const before = await page.$eval('[role="listbox"]', (list) => list.textContent ?? '');
    const typed = Date.now();
    await input.pressSequentially(' drift');
    await page.waitForFunction((text) => (document.querySelector('[role="listbox"]')?.textContent ?? '') !== text, before, { polling: 20, timeout: 60_000 });
    const nextKeystrokeMs = Math.round((Date.now() - typed) / ' drift'.length);
    return { firstSuggestionsMs, firstSuggestionsBytes, fullResultsMs, firstQueryBytes, nextKeystrokeMs };
  } finally {
    await browser.close();
  }
}

/**
 * Bytes on the wire for one first visit with the service worker allowed: the
 * page, then everything the worker fetches once it runs, until the link has
 * been quiet for two seconds.
 */
export async function firstVisitBytes(link: PhoneLinkServer, pagePath = '/docs/case-studies/ad-click-prediction'): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const started = Date.now();
    await page.goto(link.origin + pagePath, { waitUntil: 'load', timeout: 180_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    let last = -1;
    let bytes = link.bytesSince(started);
    while (bytes !== last) {
      last = bytes;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      bytes = link.bytesSince(started);
    }
    return bytes;
  } finally {
    await browser.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Medians over several cold runs: one run on a shared machine is noise. */
export async function measureSearchMedian(runs = 5, query = 'calibration'): Promise<SearchTiming & { runs: SearchTiming[] }> {
  const link = await servePhoneLink();
  try {
    const all: SearchTiming[] = [];
    for (let run = 0; run < runs; run += 1) all.push(await measureSearch(link, query));
    const of = (key: keyof SearchTiming) => median(all.map((timing) => timing[key]));
    return {
      firstSuggestionsMs: of('firstSuggestionsMs'),
      firstSuggestionsBytes: of('firstSuggestionsBytes'),
      fullResultsMs: of('fullResultsMs'),
      firstQueryBytes: of('firstQueryBytes'),
      nextKeystrokeMs: of('nextKeystrokeMs'),
      runs: all,
    };
  } finally {
    await link.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
  };
  console.log(JSON.stringify(await measureSearchMedian(Number(arg('--runs') ?? 5), arg('--query') ?? 'calibration'), null, 2));
  const link = await servePhoneLink();
  console.log(`first visit, service worker included: ${await firstVisitBytes(link)} bytes`);
  await link.close();
}
