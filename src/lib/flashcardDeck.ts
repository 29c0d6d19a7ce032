import type { Flashcard } from '@site/src/shared/flashcard';
import { parseJsonRecord } from './json';

/**
 * The flashcards page's deck without React: which cards, in what order, where
 * the reader is; and the "I knew it" / "Review again" marks of earlier
 * versions, read once so src/lib/cardSchedule can carry them over.
 */

export type Mark = 'known' | 'review';

/** Card id to the reader's last mark; cards never marked are absent. */
export type Marks = Readonly<Record<string, Mark>>;

/** The chapter filter's value for "every chapter". */
export const ALL_CHAPTERS = 'all';

export interface Deck {
  /** Card ids in study order. */
  cardIds: readonly string[];
  /** Index into cardIds of the card shown. */
  position: number;
}

export interface ChapterOption {
  slug: string;
  title: string;
  cardCount: number;
}

/**
 * The cards ordered by chapter, following `order` (slugs; the book's chapter
 * order), chapters missing from it last; cards keep their order within a chapter.
 */
export function orderByChapter<T extends Flashcard>(cards: readonly T[], order: readonly string[]): T[] {
  const rank = (slug: string) => {
    const index = order.indexOf(slug);
    return index === -1 ? order.length : index;
  };
  return [...cards].sort((a, b) => rank(a.chapter) - rank(b.chapter));
}

/** The chapters that have cards, each once with its card count, in card order. */
export function chapterOptions(cards: readonly Flashcard[]): ChapterOption[] {
  const options = new Map<string, ChapterOption>();
  for (const card of cards) {
    const option = options.get(card.chapter);
    if (option) option.cardCount += 1;
    else options.set(card.chapter, { slug: card.chapter, title: card.chapterTitle, cardCount: 1 });
  }
  return [...options.values()];
}

/** Reads the chapter filter back from a URL or a select; anything unknown means every chapter. */
export function parseChapterFilter(value: string | null | undefined, cards: readonly Flashcard[]): string {
  return value && cards.some((card) => card.chapter === value) ? value : ALL_CHAPTERS;
}

/** Fisher-Yates shuffle into a new array; `random` returns a number in [0, 1), as Math.random does. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export function createDeck(cardIds: readonly string[]): Deck {
  return { cardIds, position: 0 };
}

export function currentCardId(deck: Deck): string | undefined {
  return deck.cardIds[deck.position];
}

export function isLastCard(deck: Deck): boolean {
  return deck.position >= deck.cardIds.length - 1;
}

/** Moves by `step` cards, staying inside the deck. */
export function move(deck: Deck, step: number): Deck {
  const position = Math.min(Math.max(deck.position + step, 0), Math.max(deck.cardIds.length - 1, 0));
  return position === deck.position ? deck : { ...deck, position };
}

/** Stored format version; anything else reads as no marks. */
const MARKS_VERSION = 1;

export function serializeMarks(marks: Marks): string {
  return JSON.stringify({ version: MARKS_VERSION, marks });
}

/**
 * Reads what serializeMarks wrote, keeping only well-formed entries. Nothing
 * stored, broken JSON or another version reads as no marks, so a bad entry in
 * localStorage can never break the page. Marks of cards that no longer exist
 * are kept: a chapter edit that renumbers its questions should not wipe them.
 */
export function parseMarks(raw: string | null | undefined): Marks {
  const data = parseJsonRecord(raw);
  if (!data) return {};
  const { version, marks } = data;
  if (version !== MARKS_VERSION || typeof marks !== 'object' || marks === null || Array.isArray(marks)) return {};
  return Object.fromEntries(Object.entries(marks).filter(([, mark]) => mark === 'known' || mark === 'review'));
}
