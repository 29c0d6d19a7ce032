import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookParts, builtPageHtml, makeBookPdf, type BookPdfResult } from '@site/scripts/support/bookPdf';
import { BUILD_DIR } from '@site/scripts/support/staticSite';
import { BOOK_PDF_FILE } from '@site/src/data/bookPdf';
import { caseStudies, caseStudyPath } from '@site/src/data/caseStudies';

// Two pages of every part keep the run short; `npm run pdf` renders the same way with every page.
const PAGES_PER_PART = 2;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'book-pdf-'));
let result: BookPdfResult;
let pdf: PDFDocumentProxy;

interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

beforeAll(async () => {
  result = await makeBookPdf({
    out: path.join(outDir, 'book.pdf'),
    pagesPerPart: PAGES_PER_PART,
  });
  pdf = await getDocument({
    data: new Uint8Array(fs.readFileSync(result.file)),
    verbosity: 0,
  }).promise;
}, 600_000);

afterAll(async () => {
  await pdf?.destroy();
  fs.rmSync(outDir, { recursive: true, force: true });
});

// Zero-width spaces come from the headings' copy-link controls, which the book leaves out.
const normalise = (text: string) =>
  text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function pageText(pageNumber: number): Promise<string> {
  const content = await (await pdf.getPage(pageNumber)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
}

describe('the companion as one PDF', () => {
  it('follows the sidebar: its outline lists the contents, then every part in order with its pages beneath', async () => {
    const outline = ((await pdf.getOutline()) ?? []) as OutlineEntry[];
    const parts = bookParts();
    expect(outline.map((entry) => entry.title)).toEqual(['Contents', ...result.parts.map((part) => part.title)]);
    expect(result.parts.filter((_part, index) => !parts[index]?.lone).map((part) => part.title)).toEqual(
      parts.filter((part) => !part.lone).map((part) => part.title),
    );
    for (const [index, part] of result.parts.entries()) {
      const entry = outline[index + 1] as OutlineEntry;
      if (parts[index]?.lone) {
        expect(entry.items.length, `${part.title} lists its sections`).toBeGreaterThan(0);
      } else {
        expect(entry.items.map((item) => item.title)).toEqual(part.pages.map((page) => page.title));
        expect(entry.items.every((item) => item.items.length > 0) || part.pages.length === 0, `${part.title}: every page lists its sections`).toBe(
          true,
        );
      }
    }
  });

  it('reports the page count of the file it wrote', () => {
    expect(result.pages).toBe(pdf.numPages);
    expect(result.bytes).toBe(fs.statSync(result.file).size);
  });

  it('holds every part and page title, and the title of the first figure of every page that has figures', async () => {
    let text = '';
    for (let page = 1; page <= pdf.numPages; page += 1) text += ` ${await pageText(page)}`;
    text = normalise(text);
    const titles = result.parts.flatMap((part) => [part.title, ...part.pages.map((page) => page.title)]);
    const figures = result.parts.flatMap((part) =>
      part.pages.map((page) =>
        cheerio
          .load(builtPageHtml(BUILD_DIR, page.path))('figure.diagram-figure h3')
          .first()
          .text()
          .replace(/^Figure:\s*/, ''),
      ),
    );
    const expected = [...titles, ...figures.filter(Boolean).map(normalise)];
    expect(figures.filter(Boolean).length, 'figures sampled').toBeGreaterThanOrEqual(5);
    expect(expected.filter((title) => !text.includes(normalise(title)))).toEqual([]);
  });

  it('cuts no text at the right edge of a page', async () => {
    const overflowing: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [, , width] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const left = item.transform[4] as number;
        if (left < 0 || left + item.width > width + 0.5)
          overflowing.push(
            `page ${number}: "${item.str.slice(0, 60)}" spans ${left.toFixed(0)} to ${(left + item.width).toFixed(0)} of ${width.toFixed(0)}`,
          );
      }
    }
    expect(overflowing).toEqual([]);
  });

  it('links within the book to pages inside the file, and to the site for pages it leaves out', async () => {
    const internal: string[] = [];
    const broken: string[] = [];
    const external: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      for (const annotation of (await (await pdf.getPage(number)).getAnnotations()) as Array<{
        subtype: string;
        url?: string;
        dest?: unknown;
      }>) {
        if (annotation.subtype !== 'Link') continue;
        if (annotation.url) {
          external.push(annotation.url);
          continue;
        }
        const destination = typeof annotation.dest === 'string' ? await pdf.getDestination(annotation.dest) : (annotation.dest as unknown[] | null);
        const reference = destination?.[0] as { num: number; gen: number } | undefined;
        const target = reference ? await pdf.getPageIndex(reference) : -1;
        internal.push(String(annotation.dest));
        if (target < 0 || target >= pdf.numPages) broken.push(`page ${number}: ${JSON.stringify(annotation.dest)}`);
      }
    }
    expect(broken).toEqual([]);
    // The contents alone link every part and page; chapters add their links between sections.
    expect(internal.length).toBeGreaterThan(result.parts.flatMap((part) => part.pages).length);
    const inBook = new Set(result.parts.flatMap((part) => part.pages.map((page) => page.path)));
    expect(external.filter((url) => inBook.has(new URL(url).pathname.replace(/\/$/, '')))).toEqual([]);
    expect(external.length).toBeGreaterThan(0);
  });

  it('is offered with its size on the landing page, the start-here page and every case study', () => {
    const missing = ['/', '/docs/start-here', ...caseStudies.map((study) => caseStudyPath(study.slug))].filter((sitePath) => {
      const link = cheerio.load(builtPageHtml(BUILD_DIR, sitePath))('[data-book-pdf-link] a[data-book-pdf]');
      return link.attr('href') !== `/${BOOK_PDF_FILE}` || !/\(PDF, about \d+\.\d MB, \d+ pages\)/.test(link.parent().text());
    });
    expect(missing).toEqual([]);
  });
});
