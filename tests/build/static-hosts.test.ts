import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenPermalinks, parseBuiltPage, type BuiltPage, type PermalinkSnapshot } from '@site/scripts/permalinks/permalinks';
import { launchChromium } from '@site/scripts/support/chromium';
import { gotoHydrated, watchErrors } from '../browser/support/page';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';

// Debian's nginx package with its default site, as `.ci/run` installs it: the host that has no clean URLs.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEBIAN_SITE = '/etc/nginx/sites-available/default';
const MIME_TYPES = '/etc/nginx/mime.types';

const snapshot = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../permalinks.json'), 'utf8')) as PermalinkSnapshot;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-default-'));
let nginx: ChildProcess | undefined;
let nginxLog = '';
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Debian's default site, word for word but for where it listens (a free port on loopback) and its root (the build). */
function defaultSite(port: number): string {
  const lines = fs
    .readFileSync(DEBIAN_SITE, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trimEnd())
    .filter((line) => line.trim() !== '');
  const site = lines
    .filter((line) => !/^\s*listen \[::\]:80 default_server;$/.test(line))
    .map((line) => line.replace(/^(\s*)listen 80 default_server;$/, `$1listen 127.0.0.1:${port} default_server;`))
    .map((line) => line.replace(/^(\s*)root \/var\/www\/html;$/, `$1root ${BUILD_DIR};`))
    .join('\n');
  for (const expected of [`listen 127.0.0.1:${port} default_server;`, `root ${BUILD_DIR};`, 'try_files $uri $uri/ =404;']) {
    if (!site.includes(expected)) throw new Error(`${DEBIAN_SITE} no longer looks like Debian's default site (missing "${expected}"):\n${site}`);
  }
  return site;
}

/** The http settings of Debian's nginx.conf that affect serving files; logs, pid and temporary files in a folder of the test's own. */
function mainConfig(site: string): string {
  const user = os.userInfo().username;
  return `
${process.getuid?.() === 0 ? `user ${user};` : ''}
worker_processes 1;
daemon off;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log;
events { worker_connections 64; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  gzip on;
  client_body_temp_path ${workDir}/client_body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
${site}
}
`;
}

/** Polls until nginx answers (or has exited), at most `timeoutMs`. */
async function waitForNginx(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited with ${nginx?.exitCode}:\n${nginxLog}`);
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within ${timeoutMs} ms:\n${nginxLog}`);
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD_DIR, 'sitemap.xml'))) throw new Error(`No production build in ${BUILD_DIR}: run \`npm run build\` first.`);
  for (const [file, what] of [
    [NGINX, 'the nginx binary (or set NGINX_PATH)'],
    [DEBIAN_SITE, "Debian's default site"],
    [MIME_TYPES, "nginx's MIME types"],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} not found: this test needs ${what}. Install Debian's nginx (\`apt-get install nginx\`; .ci/run does).`);
  }
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const config = path.join(workDir, 'nginx.conf');
  fs.writeFileSync(config, mainConfig(defaultSite(port)));
  const check = spawnSync(NGINX, ['-t', '-p', workDir, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the config:\n${check.stderr}`);
  nginx = spawn(NGINX, ['-p', workDir, '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr?.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
  await waitForNginx(10_000);
}, 30_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx?.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(workDir, { recursive: true, force: true });
});

interface Served {
  status: number;
  /** The paths asked for, the redirect's target last if there was one. */
  hops: string[];
  html: string;
}

/** GETs `urlPath`, following at most one redirect. */
async function get(urlPath: string): Promise<Served> {
  const hops = [urlPath];
  let response = await fetch(origin + urlPath, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location) {
    const next = new URL(location, origin + urlPath);
    hops.push(next.pathname);
    response = await fetch(next, { redirect: 'manual' });
  }
  return { status: response.status, hops, html: response.status === 200 ? await response.text() : '' };
}

describe("the build on Debian's default nginx site", () => {
  const pages = new Map<string, BuiltPage>();

  it('serves every sitemap URL and every published page with at most one redirect, each as its own page', async () => {
    const paths = [...new Set([...sitemapPaths(), ...Object.keys(snapshot)])];
    expect(paths.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const urlPath of paths) {
      const served = await get(urlPath);
      if (served.status !== 200) {
        problems.push(`${served.hops.join(' -> ')} answers ${served.status}`);
        continue;
      }
      const page = parseBuiltPage(served.html);
      pages.set(urlPath, page);
      // A client redirect page is its own proof; any other page names itself as canonical.
      const canonical = cheerio.load(served.html)('link[rel="canonical"]').attr('href');
      if (!page.redirectTo && (!canonical || new URL(canonical).pathname !== urlPath)) {
        problems.push(`${urlPath} serves the page whose canonical URL is ${canonical ?? '(none)'}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('keeps every published section and figure id reachable over HTTP', async () => {
    for (const page of pages.values()) {
      if (page.redirectTo && !pages.has(page.redirectTo)) {
        const served = await get(page.redirectTo);
        if (served.status === 200) pages.set(page.redirectTo, parseBuiltPage(served.html));
      }
    }
    expect(pages.size).toBeGreaterThanOrEqual(Object.keys(snapshot).length);
    expect(brokenPermalinks(snapshot, (urlPath) => pages.get(urlPath))).toEqual([]);
  });

  it('hydrates a chapter where nginx lands the reader, with no errors', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await gotoHydrated(page, `${origin}/docs/case-studies/news-feed`);
      expect(await page.textContent('article h1')).toBe('Personalized news feed');
      expect(await page.locator('article h2#model').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
