import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sidebars from '../../sidebars';
import { BOOK_PDF_FILE } from '../../src/data/bookPdf';
import { launchChromium } from './chromium';
import { BUILD_DIR, serveBuild } from './staticSite';

/** One top-level entry of the sidebar: a category with its pages, or a lone page. */
export interface BookPart {
  title: string;
  /** Site paths without the base, in sidebar order: `/docs/framework`. */
  pages: string[];
  /** A lone page is its own part: its headings keep their levels instead of moving one level down. */
  lone: boolean;
}

type SidebarEntry =
  | string
  | { type: 'doc'; id: string; label?: string }
  | {
      type: 'category';
      label: string;
      link?: { type: 'doc'; id: string };
      items: SidebarEntry[];
    };

/** A doc's site path: its frontmatter `slug` when it sets one (as the study plans page does), else its id as a path. */
function docPath(id: string): string {
  const file = [`${id}.mdx`, `${id}.md`].map((name) => path.join(import.meta.dirname, '../../docs', name)).find((candidate) => fs.existsSync(candidate));
  const frontMatter = file ? /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] : undefined;
  const slug = frontMatter ? /^slug:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(frontMatter)?.[1] : undefined;
  if (slug?.startsWith('/')) return `/docs${slug}`.replace(/\/$/, '');
  return `/docs/${id.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}

function entryPaths(entry: SidebarEntry): string[] {
  if (typeof entry === 'string') return [docPath(entry)];
  if (entry.type === 'doc') return [docPath(entry.id)];
  return [...(entry.link ? [docPath(entry.link.id)] : []), ...entry.items.flatMap(entryPaths)];
}

/** The book's parts in the sidebar's order; a lone page's title is read from its built HTML later. */
export function bookParts(): BookPart[] {
  return (sidebars.book as SidebarEntry[]).map((entry) =>
    typeof entry === 'object' && entry.type === 'category'
      ? { title: entry.label, pages: entryPaths(entry), lone: false }
      : { title: '', pages: entryPaths(entry), lone: true },
  );
}

export interface BookPdfOptions {
  /** The production build to read and write into. */
  dir?: string;
  /** Where the PDF goes; `build/downloads/ml-system-design-companion.pdf` by default. */
  out?: string;
  /** Keep only the first N pages of each part: a small book for tests. */
  pagesPerPart?: number;
}

export interface BookPdfResult {
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
  parts: Array<{
    title: string;
    pages: Array<{ path: string; title: string }>;
  }>;
}

/** The site's origin and base path, read from the sitemap (the home page is its shortest URL). */
function siteAddress(dir: string): { origin: string; base: string } {
  const xml = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string));
  const home = urls.reduce((shortest, url) => (url.pathname.length < shortest.pathname.length ? url : shortest));
  return {
    origin: home.origin,
    base: home.pathname.endsWith('/') ? home.pathname : `${home.pathname}/`,
  };
}

/** A built page's HTML by its site path without the base. */
export function builtPageHtml(dir: string, sitePath: string): string {
  for (const file of [`${sitePath}.html`, `${sitePath}/index.html`]) {
    const full = path.join(dir, file);
    if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8');
  }
  throw new Error(`The sidebar lists ${sitePath}, but the build in ${dir} has no page there.`);
}

/** `/docs/case-studies/news-feed` becomes `case-studies-news-feed`: the prefix that keeps each page's ids unique in the book. */
const pageKey = (sitePath: string) => sitePath.replace(/^\/docs\/?/, '').replace(/\//g, '-') || 'docs';
const cssString = (text: string) => JSON.stringify(text);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// What only works on screen: controls, timers, viewers, hints and the headings' "#" links.
const SCREEN_ONLY = [
  'button',
  'input',
  'select',
  'textarea',
  '.hash-link',
  '[data-book-pdf-link]',
  '[data-figure-scroll-hint]',
  '.theme-doc-toc-mobile',
  '.theme-doc-breadcrumbs',
  '.theme-doc-footer',
  '.pagination-nav',
].join(', ');

/** One page's article, with ids prefixed, headings moved down a level inside a part, links rewritten to the book. */
function bookPage(html: string, sitePath: string, shift: number, inBook: Set<string>, site: { origin: string; base: string }) {
  const $ = cheerio.load(html);
  const markdown = $('article .theme-doc-markdown').first();
  if (markdown.length === 0) throw new Error(`${sitePath}: no article content in the built page.`);
  const title = markdown.find('h1').first().text().trim();
  const key = pageKey(sitePath);
  const prefix = (id: string) => `${key}--${id}`;

  markdown.find(SCREEN_ONLY).remove();
  markdown.find('details').attr('open', '');
  markdown.find('img[loading]').attr('loading', 'eager');
  // Drawings keep their own ids: their embedded stylesheets and markers refer to them.
  markdown
    .find('[id]')
    .filter((_index, element) => $(element).closest('svg').length === 0)
    .each((_index, element) => void $(element).attr('id', prefix($(element).attr('id') as string)));
  for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
    markdown
      .find(`[${attribute}]`)
      .filter((_index, element) => $(element).closest('svg').length === 0)
      .each((_index, element) => {
        const ids = ($(element).attr(attribute) as string).split(/\s+/).filter(Boolean);
        $(element).attr(attribute, ids.map(prefix).join(' '));
      });
  }
  markdown.find('a[href]').each((_index, element) => {
    const href = $(element).attr('href') as string;
    if (href.startsWith('#')) {
      $(element).attr('href', `#${prefix(href.slice(1))}`);
      return;
    }
    if (!href.startsWith('/') || href.startsWith('//')) return;
    const url = new URL(href, `${site.origin}${site.base}`);
    const target = `/${url.pathname.slice(site.base.length)}`.replace(/\/$/, '');
    if (inBook.has(target)) {
      const targetKey = pageKey(target);
      $(element).attr('href', url.hash ? `#${targetKey}--${decodeURIComponent(url.hash.slice(1))}` : `#${targetKey}`);
    } else {
      // A page the book leaves out (practice, flashcards, blog): a link to the site.
      $(element).attr('href', url.href);
    }
  });
  if (shift > 0) {
    markdown.find('h1, h2, h3, h4, h5').each((_index, heading) => {
      heading.tagName = `h${Math.min(6, Number(heading.tagName.slice(1)) + shift)}`;
    });
  }
  return { path: sitePath, title, key, html: $.html(markdown) };
}

// Print layout of the book; the site's own print rules (figures, sheets) still apply underneath.
const BOOK_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Inter, sans-serif; color: #333; } }
@page title { @bottom-center { content: none; } }
html { font-size: 10pt; --ifm-line-height-base: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { background: #fff; color: #000; --ifm-font-color-base: #000; --ifm-link-color: #000; --ifm-color-primary: #000; }
.book-title-page { page: title; display: flex; flex-direction: column; justify-content: center; min-height: 240mm; }
.book-title { font-size: 30pt; font-weight: 700; margin: 0 0 6mm; }
.book-subtitle { font-size: 14pt; margin: 0 0 14mm; max-width: 140mm; }
.book-contents { break-before: page; }
.book-contents ol { list-style: none; padding-left: 0; }
.book-contents ol ol { padding-left: 6mm; margin-bottom: 3mm; }
.book-contents > ol > li > a { font-weight: 700; }
.book-part > h1 { font-size: 26pt; margin-top: 80mm; }
.book-page { break-before: page; }
.markdown a { color: #000; text-decoration: underline; }
.markdown h1, .markdown h2, .markdown h3, .markdown h4, .markdown h5, .markdown h6 { break-after: avoid; }
/* Tables break across pages and repeat their header row. */
.markdown table { display: table; width: 100%; overflow: visible; border-collapse: collapse; font-size: 0.9em; }
.markdown thead { display: table-header-group; }
.markdown tr { break-inside: avoid; }
.markdown th, .markdown td { overflow-wrap: break-word; border-color: #777; }
.markdown thead th { background: #eee !important; }
/* Code wraps; formulas and diagrams are scaled to fit (see fitToColumn). */
.markdown pre, .markdown pre code { white-space: pre-wrap !important; overflow-wrap: anywhere; overflow: visible !important; }
.markdown pre { border: 1px solid #999; background: #f6f6f6 !important; }
.markdown .katex-display { overflow: visible !important; }
.markdown svg { max-width: 100% !important; height: auto; }
.markdown details { border: 1px solid #999; background: none; }
.markdown details > summary { list-style: none; font-weight: 600; }
.markdown details > summary::-webkit-details-marker { display: none; }
.markdown details > div { display: block !important; height: auto !important; overflow: visible !important; }
.alert { border: 1px solid #777; background: none !important; color: #000 !important; }
`;

/** Scales anything still wider than its column (a long formula, a wide table or drawing) down to fit, instead of letting the page cut it. */
function fitToColumn() {
  const wide = document.querySelectorAll<HTMLElement | SVGElement>(
    '.markdown .katex-display > .katex, .markdown table, .markdown svg, .markdown img, .markdown pre',
  );
  for (const element of wide) {
    const column = (element.parentElement as HTMLElement).clientWidth;
    const width = element instanceof HTMLElement ? Math.max(element.scrollWidth, element.getBoundingClientRect().width) : element.getBoundingClientRect().width;
    if (width > column + 0.5) (element as HTMLElement).style.zoom = String(Math.floor((column / width) * 1000) / 1000);
  }
}

/** Renders the sidebar's pages of a production build as one PDF book with a title page, contents, outline and internal links. */
export async function makeBookPdf({ dir = BUILD_DIR, out, pagesPerPart }: BookPdfOptions = {}): Promise<BookPdfResult> {
  const started = performance.now();
  const file = out ?? path.join(dir, BOOK_PDF_FILE);
  const site = siteAddress(dir);
  const parts = bookParts().map((part) => ({
    ...part,
    pages: pagesPerPart ? part.pages.slice(0, pagesPerPart) : part.pages,
  }));
  const inBook = new Set(parts.flatMap((part) => part.pages));

  const home = cheerio.load(builtPageHtml(dir, '/'));
  const stylesheets = home('link[rel="stylesheet"]')
    .map((_index, element) => `<link rel="stylesheet" href="${escapeHtml(home(element).attr('href') as string)}">`)
    .get()
    .join('');
  const siteTitle = home('meta[property="og:site_name"]').attr('content') ?? home('title').text().split('|').pop()?.trim() ?? 'Book';
  const description = home('meta[name="description"]').attr('content') ?? '';
  const version = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  const date = new Date().toISOString().slice(0, 10);

  let pageRules = '';
  let pageNumber = 0;
  const runningTitle = (name: string, title: string) => {
    pageRules += `@page ${name} { @top-center { content: ${cssString(title)}; font: 9pt Inter, sans-serif; color: #333; } }\n`;
    return name;
  };
  const built = parts.map((part, partIndex) => {
    const pages = part.pages.map((sitePath) => bookPage(builtPageHtml(dir, sitePath), sitePath, part.lone ? 0 : 1, inBook, site));
    const title = part.lone ? (pages[0]?.title ?? '') : part.title;
    const partPage = runningTitle(`part${partIndex}`, title);
    const articles = pages
      .map((page) => `<article class="book-page" id="${page.key}" style="page: ${runningTitle(`p${pageNumber++}`, page.title)}">${page.html}</article>`)
      .join('\n');
    const heading = part.lone ? '' : `<h1 id="part-${partIndex}">${escapeHtml(title)}</h1>`;
    return {
      title,
      id: part.lone ? (pages[0]?.key ?? '') : `part-${partIndex}`,
      pages,
      html: `<section class="book-part" style="page: ${partPage}">${heading}${articles}</section>`,
    };
  });

  const contents = built
    .map(
      (part) =>
        `<li><a href="#${part.id}">${escapeHtml(part.title)}</a>${
          part.pages.length > 1 ? `<ol>${part.pages.map((page) => `<li><a href="#${page.key}">${escapeHtml(page.title)}</a></li>`).join('')}</ol>` : ''
        }</li>`,
    )
    .join('');
  const book = `<!doctype html><html lang="en" dir="ltr" data-theme="light"><head><meta charset="utf-8"><title>${escapeHtml(siteTitle)}</title>${stylesheets}<style>${BOOK_CSS}${pageRules}</style></head>
<body><main class="book">
<section class="book-title-page"><p class="book-title">${escapeHtml(siteTitle)}</p><p class="book-subtitle">${escapeHtml(description)}</p>
<p>Version ${escapeHtml(version)}, ${date}</p><p><a href="${escapeHtml(site.origin + site.base)}">${escapeHtml(site.origin + site.base)}</a></p></section>
<nav class="book-contents markdown"><h1 id="contents">Contents</h1><ol>${contents}</ol></nav>
${built.map((part) => part.html).join('\n')}
</main></body></html>`;

  const server = await serveBuild({ dir, base: site.base });
  const browser = await launchChromium();
  try {
    // The printable column of A4 less the margins, so the screen layout measured by fitToColumn is the printed one.
    const page = await browser.newPage({
      viewport: { width: 672, height: 1000 },
    });
    // Laying out some 800 pages takes minutes on a busy machine, far past Playwright's 30-second default.
    page.setDefaultTimeout(15 * 60_000);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const bookUrl = `${server.origin}${site.base}__book.html`;
    await page.route(bookUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: book }));
    await page.goto(bookUrl, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.evaluate(fitToColumn);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const pdf = await page.pdf({
      path: file,
      outline: true,
      tagged: true,
      preferCSSPageSize: true,
      printBackground: true,
    });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return {
      file,
      bytes: pdf.length,
      pages,
      seconds: (performance.now() - started) / 1000,
      parts: built.map((part) => ({
        title: part.title,
        pages: part.pages.map((page) => ({
          path: page.path,
          title: page.title,
        })),
      })),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
