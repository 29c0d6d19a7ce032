import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';

/** Published URL path → the section and figure ids a reader may have linked to. */
export type PermalinkSnapshot = Record<string, string[]>;

export interface BuiltPage {
  /** Every id present on the page, hidden anchors included. */
  ids: Set<string>;
  /** Where a client redirect sends this path, if it is one. */
  redirectTo?: string;
}

export function builtFile(buildDir: string, urlPath: string): string | undefined {
  const clean = urlPath.replace(/\/$/, '');
  const candidates = [path.join(buildDir, `${clean}.html`), path.join(buildDir, clean, 'index.html')];
  return candidates.find((file) => fs.existsSync(file));
}

export function readBuiltPage(buildDir: string, urlPath: string): BuiltPage | undefined {
  const file = builtFile(buildDir, urlPath);
  return file ? parseBuiltPage(fs.readFileSync(file, 'utf8')) : undefined;
}

/** The ids and client redirect of one page's HTML, read from the build folder or as a server answered it. */
export function parseBuiltPage(html: string): BuiltPage {
  const $ = load(html);
  const refresh = $('meta[http-equiv="refresh"]').attr('content');
  const redirectTo = refresh ? /url=(.+)$/i.exec(refresh)?.[1] : undefined;
  const ids = new Set(
    $('[id]')
      .map((_, element) => $(element).attr('id') ?? '')
      .get(),
  );
  return { ids, redirectTo: redirectTo ? new URL(redirectTo, 'http://site').pathname : undefined };
}

/** The linkable ids of a built page: explicit heading ids, figures, follow-up and self-check questions, and table rows with anchors (the topic map), in document order. */
export function publishedIds(buildDir: string, urlPath: string): string[] {
  const file = builtFile(buildDir, urlPath);
  if (!file) return [];
  const $ = load(fs.readFileSync(file, 'utf8'));
  return $('article h2[id], article h3[id], article figure[id], article details[id], article tr[id]')
    .map((_, element) => $(element).attr('id') ?? '')
    .get()
    .filter(Boolean);
}

/**
 * Every listed id that a reader's old link would no longer reach: the page is
 * gone with no redirect, or the id is on neither the page nor its redirect target.
 */
export function brokenPermalinks(snapshot: PermalinkSnapshot, read: (urlPath: string) => BuiltPage | undefined): string[] {
  const problems: string[] = [];
  for (const [urlPath, ids] of Object.entries(snapshot)) {
    let page = read(urlPath);
    let landing = urlPath;
    if (page?.redirectTo) {
      landing = page.redirectTo;
      page = read(page.redirectTo);
    }
    if (!page) {
      problems.push(`${urlPath}: page is gone and no redirect covers it`);
      continue;
    }
    for (const id of ids) {
      if (!page.ids.has(id)) problems.push(`${urlPath}#${id}: id is gone from ${landing}; add a redirect or keep a hidden anchor`);
    }
  }
  return problems;
}
