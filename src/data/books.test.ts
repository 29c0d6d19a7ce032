import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { books, findChapter, topicAnchor, topics, type BookId } from './books';
import { caseStudies, caseStudyForFile, caseStudyFrontMatter } from './caseStudies';
import { REQUIRED_SECTIONS } from './chapterContract';
import { frameworkSteps } from './framework';

const ROOT = path.resolve(__dirname, '../..');

function mdxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(relative);
    return /\.mdx?$/.test(entry.name) ? [relative] : [];
  });
}

/** Every doc page by URL path (/docs + its frontmatter slug), with the explicit heading ids it declares. */
const docPages = new Map<string, Set<string>>(
  mdxFiles('docs').map((file) => {
    const page = parseChapter(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    const study = caseStudyForFile(file);
    const slug = study ? caseStudyFrontMatter(study).slug : page.frontmatter.slug;
    if (typeof slug !== 'string') throw new Error(`${file} has no slug in its frontmatter`);
    return [`/docs${slug}`, new Set(page.headings.flatMap((heading) => (heading.id ? [heading.id] : [])))];
  }),
);

function bookChapterOf(slug: string): number | undefined {
  const study = caseStudies.find((entry) => entry.slug === slug);
  return study?.origin === 'book' ? study.bookChapter : undefined;
}

const caseStudySections = new Set<string>(REQUIRED_SECTIONS.map((section) => section.id));

describe('the books', () => {
  it.each(books.map((book) => [book.id, book] as const))('%s numbers its chapters 1 to n, each with a title', (_id, book) => {
    expect(book.chapters.map((chapter) => chapter.number)).toEqual(book.chapters.map((_chapter, index) => index + 1));
    expect(book.chapters.filter((chapter) => chapter.title.trim() === '')).toEqual([]);
  });

  it('has unique ids', () => {
    expect(new Set(books.map((book) => book.id)).size).toBe(books.length);
  });

  it('lists the chapter counts of the editions compared', () => {
    // Aminian and Xu 11; Huyen 11; Xu volume 1, 16; Xu and Lam volume 2, 13.
    expect(books.map((book) => [book.id, book.chapters.length])).toEqual([
      ['ml-system-design-interview', 11],
      ['designing-ml-systems', 11],
      ['system-design-interview-1', 16],
      ['system-design-interview-2', 13],
    ]);
  });
});

describe('the topic map', () => {
  it('has no duplicate topic ids', () => {
    const ids = topics.map((topic) => topic.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives every row a lowercase-kebab anchor', () => {
    expect(topics.map((topic) => topicAnchor(topic.id)).filter((anchor) => !/^topic-[a-z0-9]+(-[a-z0-9]+)*$/.test(anchor))).toEqual([]);
  });

  it('has one row per case study, with the case-study slug as its id, in the book order', () => {
    expect(topics.filter((topic) => topic.kind === 'case-study').map((topic) => topic.id)).toEqual(caseStudies.map((study) => study.slug));
  });

  it('has one row per framework step, with the step id as its id, in interview order', () => {
    expect(topics.filter((topic) => topic.kind === 'framework-step').map((topic) => topic.id)).toEqual(frameworkSteps.map((step) => step.id));
  });

  it('points every case-study row at its own chapter of Aminian and Xu', () => {
    const wrong = topics
      .filter((topic) => topic.kind === 'case-study')
      .filter((topic) => topic.coverage['ml-system-design-interview'][0]?.chapter !== bookChapterOf(topic.id));
    expect(wrong.map((topic) => topic.id)).toEqual([]);
  });

  it('refers only to chapters that exist in the book referred to', () => {
    const unresolved = topics.flatMap((topic) =>
      (Object.entries(topic.coverage) as [BookId, readonly { chapter: number }[]][]).flatMap(([bookId, refs]) =>
        refs.filter((ref) => !findChapter(bookId, ref.chapter)).map((ref) => `${topic.id}: ${bookId} has no chapter ${ref.chapter}`),
      ),
    );
    expect(unresolved).toEqual([]);
  });

  it('does not list the same chapter twice in one cell', () => {
    const repeated = topics.flatMap((topic) =>
      Object.entries(topic.coverage)
        .filter(([, refs]) => new Set(refs.map((ref) => ref.chapter)).size !== refs.length)
        .map(([bookId]) => `${topic.id}: ${bookId}`),
    );
    expect(repeated).toEqual([]);
  });

  it('links every row to at least one place on this site', () => {
    expect(topics.filter((topic) => topic.here.length === 0).map((topic) => topic.id)).toEqual([]);
  });

  it('links only to existing pages, and to case-study sections by their contract ids', () => {
    const broken = topics.flatMap((topic) =>
      topic.here
        .map((link) => {
          const [page, anchor] = link.to.split('#') as [string, string | undefined];
          const ids = docPages.get(page);
          if (!ids) return `${topic.id}: no page at ${page}`;
          if (anchor === undefined) return null;
          if (!page.startsWith('/docs/case-studies/') || !caseStudySections.has(anchor)) return `${topic.id}: ${link.to} is not a case-study section`;
          if (!ids.has(anchor)) return `${topic.id}: ${page} has no heading #${anchor}`;
          return null;
        })
        .filter((problem): problem is string => problem !== null),
    );
    expect(broken).toEqual([]);
  });

  it('uses row anchors that no heading on the comparison page also uses', () => {
    const headingIds = docPages.get('/docs/compare');
    expect(headingIds, 'docs/compare.mdx with slug /compare').toBeDefined();
    expect(topics.map((topic) => topicAnchor(topic.id)).filter((anchor) => headingIds?.has(anchor))).toEqual([]);
  });
});
