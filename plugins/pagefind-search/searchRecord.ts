import { load } from 'cheerio';
import type { TitleLanding, TitlePage } from '../../src/shared/searchTitles';

/** Built pages that are navigation, not content: never search results. */
export const NOT_CONTENT = /^\/(?:search|flashcards|progress)$|^\/(?:docs|blog)\/tags(?:\/|$)|^\/blog\/(?:archive|authors|page)(?:\/|$)/;

/**
 * The HTML Pagefind should index for one built page: its article only (no
 * navbar, sidebar or table of contents), with every place a reader can land on
 * turned into a heading that carries the id Pagefind links to. Figures keep
 * their id on the <figure> and questions on the <details>, which Pagefind would
 * not see; rendered KaTeX reads as garbled text, so it is left out (the prose
 * around a formula carries its meaning). Undefined when the page has no article.
 */
export function searchRecord(html: string): string | undefined {
  const $ = load(html);
  const article = $('article').first();
  if (article.length === 0) return undefined;
  const title = article.find('h1').first().text().trim() || $('title').text().trim();
  article
    .find('.katex, nav, .theme-doc-footer, .pagination-nav, button, [aria-hidden="true"], a.hash-link, [data-mermaid-slot] svg, [data-figure-scroll-hint]')
    .remove();
  article.find('figure[id]').each((_, figure) => {
    const id = $(figure).attr('id') ?? '';
    $(figure).removeAttr('id');
    const heading = $(figure).find('h2, h3, h4, figcaption').first();
    heading.replaceWith(`<h3 id="${id}">${heading.text().trim()}</h3>`);
  });
  article.find('details[id]').each((_, details) => {
    const id = $(details).attr('id') ?? '';
    $(details).removeAttr('id');
    const summary = $(details).find('summary').first();
    summary.replaceWith(`<h4 id="${id}">${summary.text().trim()}</h4>`);
  });
  // A heading spelled out where the page also uses its initials ("Population stability index", "PSI") defines that
  // abbreviation: give the heading the abbreviation too, weighted, so a reader typing "PSI" lands on the definition.
  const used = new Set(article.text().match(/\b[A-Z]{2,5}\b/g) ?? []);
  article.find('h2[id], h3[id]').each((_, heading) => {
    const abbreviation = initials($(heading).text());
    if (abbreviation && used.has(abbreviation)) $(heading).append(` <span data-pagefind-weight="10">${abbreviation}</span>`);
  });
  article.find('h1').first().remove();
  const body = article.html() ?? '';
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * The landing places of one page's search record, by title only: every heading
 * with an id (sections, and the figures and questions the record turned into
 * headings). Words the page weights as names for a landing place (the
 * abbreviation a heading was given, a glossary entry's "Also:" aliases) are
 * kept apart from its title, as the words it also answers to.
 */
export function titlePage(record: string, url: string): TitlePage {
  const $ = load(record);
  const clean = (text: string) =>
    text
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const landings: TitleLanding[] = [];
  const also: string[][] = [];
  $('h2[id], h3[id], h4[id], [data-pagefind-weight]').each((_, element) => {
    if (!$(element).is('[data-pagefind-weight]')) {
      const heading = $(element).clone();
      heading.find('[data-pagefind-weight]').remove();
      landings.push([$(element).attr('id') ?? '', clean(heading.text())]);
      also.push([]);
    } else if (also.length > 0) {
      also[also.length - 1]?.push(clean($(element).text()));
    }
  });
  landings.forEach((landing, index) => {
    const words = also[index]?.join(', ');
    if (words) landing.push(words);
  });
  return [url, clean($('h1').first().text() || $('title').text()), landings];
}

/** "Population stability index" → "PSI", "Click-through rate" → "CTR"; undefined for one word or more than five. */
export function initials(text: string): string | undefined {
  const words = text.replace(/\(.*?\)/g, ' ').match(/[A-Za-z][A-Za-z']*/g) ?? [];
  if (words.length < 2 || words.length > 5) return undefined;
  return words.map((word) => word[0]?.toUpperCase()).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
