import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

export const BUILD_DIR = path.resolve(import.meta.dirname, '../../build');

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build the way a static host does (clean URLs, no
 * trailing slash), optionally gzip-compressed like a CDN, on a free port;
 * under `base` when the build was made with a BASE_URL.
 */
export async function serveBuild({ compress = false, dir = BUILD_DIR, base = '/' } = {}): Promise<StaticServer> {
  if (!fs.existsSync(path.join(dir, 'sitemap.xml'))) {
    throw new Error(`No production build in ${dir}: run \`npm run build\` first.`);
  }
  const gzip = compression();
  const server = http.createServer((request, response) => {
    if (base !== '/' && request.url?.startsWith(base)) request.url = request.url.slice(base.length - 1);
    const serve = () => void handler(request, response, { public: dir, cleanUrls: true, trailingSlash: false });
    if (compress) gzip(request as never, response as never, serve);
    else serve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The site's own page paths, read from the built sitemap (its URLs carry the production host). */
export function sitemapPaths(dir = BUILD_DIR): string[] {
  const xml = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname);
}

/** A built script: its file name under `assets/js` and its code. */
export interface BuiltScript {
  name: string;
  code: string;
}

/** Every script of a build, or those whose file name matches `pattern`. */
export function builtScripts(dir = BUILD_DIR, pattern = /\.js$/): BuiltScript[] {
  const jsDir = path.join(dir, 'assets', 'js');
  return fs
    .readdirSync(jsDir)
    .filter((name) => pattern.test(name))
    .map((name) => ({ name, code: fs.readFileSync(path.join(jsDir, name), 'utf8') }));
}

/** The scripts every page runs at start-up: the bundler's runtime and the main chunk. */
export function startupScripts(dir = BUILD_DIR): BuiltScript[] {
  return builtScripts(dir, /^(main|runtime~main)\.[^/]*\.js$/);
}
