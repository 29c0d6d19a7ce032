import { describe, expect, it } from 'vitest';
import type { Flashcard } from '@site/src/shared/flashcard';
import {
  ALL_CHAPTERS,
  chapterOptions,
  createDeck,
  currentCardId,
  isLastCard,
  move,
  orderByChapter,
  parseChapterFilter,
  parseMarks,
  serializeMarks,
  shuffle,
  type Marks,
} from './flashcardDeck';

function card(chapter: string, n: number, chapterTitle = chapter.toUpperCase()): Flashcard {
  return {
    id: `${chapter}--${n}`,
    question: `Q${n}`,
    answer: `A${n}`,
    chapter,
    chapterTitle,
    sectionId: 'self-check',
    url: `/docs/case-studies/${chapter}#self-check`,
  };
}

const cards = [card('news-feed', 1), card('news-feed', 2), card('ads', 1), card('ads', 2), card('ads', 3)];
const ids = (list: readonly Flashcard[]) => list.map((c) => c.id);

/** A random source that plays back fixed values. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++] as number;
}

describe('orderByChapter', () => {
  it('groups cards by the given chapter order, keeping their order within a chapter', () => {
    expect(ids(orderByChapter(cards, ['ads', 'news-feed']))).toEqual(['ads--1', 'ads--2', 'ads--3', 'news-feed--1', 'news-feed--2']);
  });

  it('puts chapters missing from the order last', () => {
    expect(ids(orderByChapter([card('zeta', 1), ...cards], ['ads', 'news-feed'])).slice(-1)).toEqual(['zeta--1']);
  });
});

describe('chapterOptions', () => {
  it('lists each chapter once with its title and card count, in card order', () => {
    expect(chapterOptions(cards)).toEqual([
      { slug: 'news-feed', title: 'NEWS-FEED', cardCount: 2 },
      { slug: 'ads', title: 'ADS', cardCount: 3 },
    ]);
  });
});

describe('parseChapterFilter', () => {
  it('keeps a chapter that has cards and maps anything else to every chapter', () => {
    expect(parseChapterFilter('ads', cards)).toBe('ads');
    expect(parseChapterFilter('no-such-chapter', cards)).toBe(ALL_CHAPTERS);
    expect(parseChapterFilter(null, cards)).toBe(ALL_CHAPTERS);
  });
});

describe('shuffle', () => {
  it('swaps each position with one drawn at or below it (Fisher-Yates)', () => {
    // i=3: j=floor(0*4)=0, swap -> d b c a; i=2: j=floor(0.5*3)=1, swap -> d c b a; i=1: j=floor(0.99*2)=1, no change.
    expect(shuffle(['a', 'b', 'c', 'd'], sequence(0, 0.5, 0.99))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('leaves the input untouched and keeps every item', () => {
    const input = ['a', 'b', 'c'];
    expect([...shuffle(input)].sort()).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(['a', 'b', 'c']);
  });
});

describe('deck', () => {
  const deck = createDeck(['x', 'y', 'z']);

  it('starts on the first card', () => {
    expect(currentCardId(deck)).toBe('x');
  });

  it('moves forward and back', () => {
    const next = move(deck, 1);
    expect(currentCardId(next)).toBe('y');
    expect(currentCardId(move(next, -1))).toBe('x');
  });

  it('stays put at either end', () => {
    const last = move(deck, 2);
    expect(isLastCard(last)).toBe(true);
    expect(move(last, 1)).toBe(last);
    expect(move(deck, -1)).toBe(deck);
  });

  it('has no current card when empty', () => {
    const empty = createDeck([]);
    expect(currentCardId(empty)).toBeUndefined();
    expect(move(empty, 1)).toBe(empty);
  });
});

describe('old marks, read once to carry them into the schedule', () => {
  it('round-trip through storage', () => {
    const marks: Marks = { 'ads--1': 'known', 'ads--2': 'review' };
    expect(parseMarks(serializeMarks(marks))).toEqual(marks);
  });

  it('read as none from nothing, broken JSON or another version', () => {
    expect(parseMarks(null)).toEqual({});
    expect(parseMarks('{not json')).toEqual({});
    expect(parseMarks(JSON.stringify({ version: 2, marks: { a: 'known' } }))).toEqual({});
    expect(parseMarks(JSON.stringify({ version: 1, marks: ['known'] }))).toEqual({});
  });

  it('drop entries that are not a known mark', () => {
    expect(parseMarks(JSON.stringify({ version: 1, marks: { a: 'known', b: 'maybe', c: 3 } }))).toEqual({ a: 'known' });
  });
});
