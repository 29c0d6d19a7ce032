import type { SearchHit } from '@site/src/lib/searchHits';
import { searchLandings, type LandingText } from '@site/src/lib/textSearch';

const LANDING = 'h2[id], h3[id]';
const BLOCK = 'figure[id], details[id]';

/** A cached page's article as landing places: sections, figures and questions, each with its own text. */
function landingsOf(html: string, path: string): LandingText[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = doc.querySelector('article');
  if (!article) return [];
  article.querySelectorAll('.katex, nav, button, a.hash-link, [data-figure-scroll-hint]').forEach((element) => element.remove());
  const page = article.querySelector('h1')?.textContent?.trim() ?? doc.title;
  const byId = new Map<string, LandingText>();
  const landing = (id: string, section: string) => {
    if (!byId.has(id)) byId.set(id, { url: id ? `${path}#${id}` : path, page, section, text: '' });
    return byId.get(id) as LandingText;
  };
  let heading = landing('', page);
  const walker = doc.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const headingElement = parent?.closest(LANDING);
    if (headingElement && !headingElement.closest(BLOCK)) {
      heading = landing(headingElement.id, headingElement.textContent?.replace(/\u200b/g, '').trim() ?? '');
      continue;
    }
    const block = parent?.closest(BLOCK);
    const target = block ? landing(block.id, (block.querySelector('summary, h3, figcaption')?.textContent ?? block.id).replace(/\u200b/g, '').trim()) : heading;
    target.text += ` ${node.textContent ?? ''}`;
  }
  return [...byId.values()].map((entry) => ({ ...entry, text: entry.text.replace(/\s+/g, ' ').trim() }));
}

/** Suggestions from the pages this reader has opened (or the whole book, if they downloaded it), read from Cache Storage. */
export async function searchReadPages(query: string): Promise<SearchHit[]> {
  if (typeof caches === 'undefined') return [];
  const seen = new Set<string>();
  const landings: LandingText[] = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      const path = url.pathname.replace(/\.html$/, '').replace(/\/index$/, '');
      if (url.origin !== window.location.origin || !/\/(docs|blog)\//.test(path) || /\.(?!html$)[a-z0-9]+$/i.test(url.pathname) || seen.has(path)) continue;
      const response = await cache.match(request);
      const type = response?.headers.get('content-type') ?? 'text/html';
      if (!response || !type.includes('html')) continue;
      seen.add(path);
      landings.push(...landingsOf(await response.text(), path));
    }
  }
  return searchLandings(landings, query);
}
