import { describe, expect, it } from 'vitest';
import type { Flashcard } from '@site/src/shared/flashcard';
import {
  ALL_CHAPTERS,
  chapterOptions,
  clearMarks,
  createDeck,
  currentCardId,
  describeTally,
  isLastCard,
  move,
  orderByChapter,
  parseChapterFilter,
  parseMarks,
  selectCards,
  serializeMarks,
  setMark,
  setRevealed,
  shuffle,
  tally,
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

describe('selectCards', () => {
  const marks: Marks = { 'ads--1': 'known', 'ads--2': 'review' };

  it('keeps every card for every chapter', () => {
    expect(ids(selectCards(cards, { chapter: ALL_CHAPTERS, skipKnown: false }, marks))).toEqual(ids(cards));
  });

  it("keeps one chapter's cards in order", () => {
    expect(ids(selectCards(cards, { chapter: 'ads', skipKnown: false }, marks))).toEqual(['ads--1', 'ads--2', 'ads--3']);
  });

  it('leaves out cards marked known when asked, keeping those to review and unmarked', () => {
    expect(ids(selectCards(cards, { chapter: 'ads', skipKnown: true }, marks))).toEqual(['ads--2', 'ads--3']);
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

  it('starts on the first card with its answer hidden', () => {
    expect(currentCardId(deck)).toBe('x');
    expect(deck.revealed).toBe(false);
  });

  it('shows and hides the answer', () => {
    expect(setRevealed(deck, true).revealed).toBe(true);
    expect(setRevealed(setRevealed(deck, true), false).revealed).toBe(false);
  });

  it('moves forward and back, hiding the answer of the new card', () => {
    const next = move(setRevealed(deck, true), 1);
    expect(currentCardId(next)).toBe('y');
    expect(next.revealed).toBe(false);
    expect(currentCardId(move(next, -1))).toBe('x');
  });

  it('stays put at either end, answer and all', () => {
    const last = setRevealed(move(deck, 2), true);
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

describe('marks', () => {
  it("records and overwrites a card's mark", () => {
    const marked = setMark({}, 'ads--1', 'review');
    expect(marked).toEqual({ 'ads--1': 'review' });
    expect(setMark(marked, 'ads--1', 'known')).toEqual({ 'ads--1': 'known' });
  });

  it('clears only the given cards', () => {
    expect(clearMarks({ a: 'known', b: 'review', c: 'known' }, ['a', 'b'])).toEqual({ c: 'known' });
  });

  it('tallies known, to review and unmarked among the given cards', () => {
    // 4 cards: x known, y review, z and w unmarked; a mark on a card outside the set is not counted.
    const counted = tally(['x', 'y', 'z', 'w'], { x: 'known', y: 'review', other: 'known' });
    expect(counted).toEqual({ total: 4, known: 1, review: 1, unmarked: 2 });
    expect(describeTally(counted)).toBe('4 cards: 1 known, 1 to review, 2 not marked yet.');
    expect(describeTally(tally(['x'], {}))).toBe('1 card: 0 known, 0 to review, 1 not marked yet.');
  });

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
