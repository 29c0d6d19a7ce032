import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCards } from './extractCards';
import { caseStudyBySlug, chapterIdentities } from '@site/src/data/caseStudies';
import { loadChapterCards } from './index';

const toy = { slug: 'toy-ranking', title: 'Toy ranking', path: '/docs/case-studies/toy-ranking' };
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('extractCards', () => {
  it('turns each self-check question into a card with its Markdown answer, math kept as TeX', () => {
    const cards = extractCards(fixture('chapter.mdx'), toy);
    expect(cards).toEqual(JSON.parse(fixture('chapter.cards.json')));
  });

  it('ignores collapsibles outside the self-check section', () => {
    const cards = extractCards(fixture('chapter.mdx'), toy);
    expect(cards.map((card) => card.question)).not.toContain('A follow-up, not a flashcard');
  });

  it('returns no cards for a chapter without a self-check section', () => {
    expect(
      extractCards('## Model {/* #model */}\n\n<details>\n<summary>Q</summary>\n\nA\n\n</details>\n', { slug: 's', title: 'T', path: '/docs/case-studies/s' }),
    ).toEqual([]);
  });

  it('fails on a question without an answer, naming the chapter and the question', () => {
    expect(() => extractCards(fixture('empty-answer.mdx'), { slug: 'broken', title: 'Broken chapter', path: '/docs/case-studies/broken' })).toThrow(
      'broken: self-check question 1 ("A question nobody answered") has no answer.',
    );
  });
});

describe('loadChapterCards over the real chapters', () => {
  const chaptersDir = path.join(__dirname, '../../docs/case-studies');

  it('finds self-check cards in every case-study chapter, with unique ids, the chapter title and a link to its own question', async () => {
    const chapters = chapterIdentities;
    const cards = await loadChapterCards(chaptersDir, chapters);
    expect(new Set(cards.map((card) => card.chapter)).size).toBe(chapters.length);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    for (const card of cards) {
      expect(card.chapterTitle, card.id).toBe(caseStudyBySlug(card.chapter).title);
      expect(card.url).toMatch(new RegExp(`^/docs/case-studies/${card.chapter}#sc-[a-z0-9-]+$`));
    }
  });
});
