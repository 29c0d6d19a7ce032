/**
 * Spaced repetition for the self-check cards, without React: each card's
 * memory state, the study days, what is due today and how many new cards may
 * still start today, and the stored form. The grading itself (FSRS through
 * ts-fsrs) lives in src/lib/fsrsGrading, so pages that only count due cards do
 * not load the algorithm. Every function takes the time as `now`, so tests and
 * a moved browser clock see the same schedule.
 */
import { parseJsonRecord } from './json';

export type CardGrade = 'again' | 'hard' | 'good' | 'easy';

export const CARD_GRADES: readonly CardGrade[] = ['again', 'hard', 'good', 'easy'];

export const GRADE_LABELS: Readonly<Record<CardGrade, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** A study day starts at 4 a.m. local time, as in Anki: a late-night session still counts as the same day. */
export const DAY_STARTS_AT_HOUR = 4;

export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 500;

/** FSRS's card states, with the numbers ts-fsrs gives them. */
export const CARD_STATES = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

export type CardState = (typeof CARD_STATES)[keyof typeof CARD_STATES];

/** One card's memory as FSRS tracks it, dates as milliseconds so it stores as plain JSON. */
export interface CardMemory {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: number;
}

export interface ScheduleState {
  /** Card id to its memory; cards never studied are absent (they are new). */
  cards: Readonly<Record<string, CardMemory>>;
  /** Study day (`YYYY-MM-DD`) to the cards first studied that day: what the new-card limit counts. Only today's is kept. */
  introduced: Readonly<Record<string, readonly string[]>>;
  newPerDay: number;
  /** The old marks were carried over; they are never read again. */
  marksCarried: boolean;
}

export function createSchedule(newPerDay = DEFAULT_NEW_PER_DAY): ScheduleState {
  return { cards: {}, introduced: {}, newPerDay, marksCarried: false };
}

/** The study day `now` falls in, in local time: `YYYY-MM-DD`, turning over at DAY_STARTS_AT_HOUR. */
export function studyDay(now: Date): string {
  const shifted = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() - DAY_STARTS_AT_HOUR, now.getMinutes());
  return `${shifted.getFullYear()}-${String(shifted.getMonth() + 1).padStart(2, '0')}-${String(shifted.getDate()).padStart(2, '0')}`;
}

/** When the next study day begins, after `now`. */
export function nextDayStart(now: Date): Date {
  const boundary = new Date(now.getFullYear(), now.getMonth(), now.getDate(), DAY_STARTS_AT_HOUR);
  if (boundary.getTime() <= now.getTime()) boundary.setDate(boundary.getDate() + 1);
  return boundary;
}

export function isNew(state: ScheduleState, cardId: string): boolean {
  return state.cards[cardId] === undefined;
}

/**
 * Due now: a card in its learning steps when its minutes are up; a card in
 * review from the start of the study day it falls due, as Anki counts days.
 */
export function isDue(state: ScheduleState, cardId: string, now: Date): boolean {
  const memory = state.cards[cardId];
  if (!memory) return false;
  if (memory.state === CARD_STATES.review) return memory.due < nextDayStart(now).getTime();
  return memory.due <= now.getTime();
}

/** Studied cards that fall due before the next study day begins (learning steps later today included). */
export function dueTodayCount(state: ScheduleState, cardIds: readonly string[], now: Date): number {
  const end = nextDayStart(now).getTime();
  return cardIds.filter((id) => (state.cards[id]?.due ?? Infinity) < end).length;
}

/** New cards that may still start today under the daily limit. */
export function newLeftToday(state: ScheduleState, now: Date): number {
  return Math.max(0, state.newPerDay - (state.introduced[studyDay(now)]?.length ?? 0));
}

/**
 * What to study now, from `cardIds` in deck order: due cards, earliest due
 * first, then new cards in deck order up to today's limit.
 */
export function studyQueue(state: ScheduleState, cardIds: readonly string[], now: Date): string[] {
  const due = cardIds.filter((id) => isDue(state, id, now)).sort((a, b) => (state.cards[a]?.due ?? 0) - (state.cards[b]?.due ?? 0));
  const fresh = cardIds.filter((id) => isNew(state, id)).slice(0, newLeftToday(state, now));
  return [...due, ...fresh];
}

/** When the earliest card not due now comes due, if any: the page waits for it. */
export function nextDueAt(state: ScheduleState, cardIds: readonly string[], now: Date): number | undefined {
  const upcoming = cardIds.filter((id) => state.cards[id] !== undefined && !isDue(state, id, now)).map((id) => state.cards[id]?.due as number);
  return upcoming.length > 0 ? Math.min(...upcoming) : undefined;
}

/** Stores a card's memory after an answer; a card answered for the first time counts against today's new-card limit. */
export function recordReview(state: ScheduleState, cardId: string, memory: CardMemory, now: Date): ScheduleState {
  const day = studyDay(now);
  const today = state.introduced[day] ?? [];
  const introduced = isNew(state, cardId) && !today.includes(cardId) ? { [day]: [...today, cardId] } : { [day]: today };
  return { ...state, cards: { ...state.cards, [cardId]: memory }, introduced };
}

/** Forgets the given cards' schedules: they are new again. */
export function resetCards(state: ScheduleState, cardIds: readonly string[]): ScheduleState {
  const reset = new Set(cardIds);
  return { ...state, cards: Object.fromEntries(Object.entries(state.cards).filter(([id]) => !reset.has(id))) };
}

export function setNewPerDay(state: ScheduleState, newPerDay: number): ScheduleState {
  const value = Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(newPerDay)));
  return Number.isFinite(value) && value !== state.newPerDay ? { ...state, newPerDay: value } : state;
}

export interface ScheduleTally {
  dueToday: number;
  newToday: number;
  /** Studied cards not due today. */
  later: number;
  /** Cards never studied. */
  unseen: number;
}

export function scheduleTally(state: ScheduleState, cardIds: readonly string[], now: Date): ScheduleTally {
  const dueToday = dueTodayCount(state, cardIds, now);
  const unseen = cardIds.filter((id) => isNew(state, id)).length;
  return { dueToday, newToday: Math.min(unseen, newLeftToday(state, now)), later: cardIds.length - unseen - dueToday, unseen };
}

/** "3 due today, 20 new cards left today." */
export function describeScheduleTally({ dueToday, newToday }: ScheduleTally): string {
  return `${dueToday} due today, ${newToday} new card${newToday === 1 ? '' : 's'} left today.`;
}

/** "in 1 minute", "in 10 minutes", "in 3 hours", "in 4 days", "in 2 months": how far `due` is from `now`. */
export function describeInterval(due: number, now: number): string {
  const minutes = Math.max(0, Math.round((due - now) / 60_000));
  const unit = (value: number, name: string) => `in ${value} ${name}${value === 1 ? '' : 's'}`;
  if (minutes < 1) return 'now';
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return unit(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 31) return unit(days, 'day');
  const months = Math.round(days / 30);
  if (months < 12) return unit(months, 'month');
  return unit(Math.round(days / 365), 'year');
}

/** Stored format version; anything else reads as a fresh schedule. */
const SCHEDULE_VERSION = 1;

/** Keeps only today's new-card list, so storage does not grow day by day. */
export function serializeSchedule(state: ScheduleState, now: Date = new Date()): string {
  const day = studyDay(now);
  const introduced = state.introduced[day] ? { [day]: state.introduced[day] } : {};
  return JSON.stringify({ version: SCHEDULE_VERSION, ...state, introduced });
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function readMemory(value: unknown): CardMemory | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const memory = value as Record<string, unknown>;
  const numbers = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const;
  if (!numbers.every((key) => isFiniteNumber(memory[key]) && memory[key] >= 0)) return undefined;
  if (!Object.values(CARD_STATES).includes(memory.state as CardState)) return undefined;
  if (memory.lastReview !== undefined && !isFiniteNumber(memory.lastReview)) return undefined;
  const read = Object.fromEntries(numbers.map((key) => [key, memory[key]])) as Omit<CardMemory, 'state' | 'lastReview'>;
  return { ...read, state: memory.state as CardState, ...(memory.lastReview !== undefined ? { lastReview: memory.lastReview } : {}) };
}

/** Reads what serializeSchedule wrote; a damaged card is dropped (it becomes new), garbage reads as a fresh schedule. */
export function parseSchedule(raw: string | null | undefined): ScheduleState {
  const fresh = createSchedule();
  const data = parseJsonRecord(raw);
  if (!data) return fresh;
  const { version, cards, introduced, newPerDay, marksCarried } = data;
  if (version !== SCHEDULE_VERSION || typeof cards !== 'object' || cards === null) return fresh;
  const memories: Record<string, CardMemory> = {};
  for (const [id, value] of Object.entries(cards)) {
    const memory = readMemory(value);
    if (memory) memories[id] = memory;
  }
  const days: Record<string, string[]> = {};
  if (typeof introduced === 'object' && introduced !== null) {
    for (const [day, ids] of Object.entries(introduced)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && Array.isArray(ids)) days[day] = ids.filter((id): id is string => typeof id === 'string');
    }
  }
  return {
    cards: memories,
    introduced: days,
    newPerDay: isFiniteNumber(newPerDay) && newPerDay >= 0 && newPerDay <= MAX_NEW_PER_DAY ? Math.round(newPerDay) : DEFAULT_NEW_PER_DAY,
    marksCarried: marksCarried === true,
  };
}

/** One key for the schedule across visits, tabs, the flashcards page and the progress page. */
export const SCHEDULE_STORAGE_KEY = 'ml-sdi-companion:flashcard-schedule';
