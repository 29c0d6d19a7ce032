import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Marks } from '@site/src/lib/flashcardDeck';
import { CARD_GRADES, recordReview, type CardGrade, type CardMemory, type ScheduleState } from '@site/src/lib/cardSchedule';

/**
 * The answer to a card, graded with FSRS through ts-fsrs: when each of the
 * four grades would bring the card back, the card's next memory state after
 * one, and the one-time carry-over of the old two-button marks.
 */

const RATINGS: Readonly<Record<CardGrade, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// No fuzz: the same grades at the same times always give the same dates. Short-term steps (1 and 10 minutes)
// bring a card that was just learned or forgotten back within the session.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

function toCard(memory: CardMemory | undefined, now: Date): Card {
  if (!memory) return createEmptyCard(now);
  return {
    due: new Date(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    ...(memory.lastReview !== undefined ? { last_review: new Date(memory.lastReview) } : {}),
  };
}

function toMemory(card: Card): CardMemory {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

/** When each grade would bring the card back, as a time in milliseconds. */
export function previewGrades(state: ScheduleState, cardId: string, now: Date): Record<CardGrade, number> {
  const preview = scheduler.repeat(toCard(state.cards[cardId], now), now);
  return Object.fromEntries(CARD_GRADES.map((grade) => [grade, preview[RATINGS[grade]].card.due.getTime()])) as Record<CardGrade, number>;
}

/** Records one answer: the card's next due date comes from FSRS; a new card counts against today's limit. */
export function gradeCard(state: ScheduleState, cardId: string, grade: CardGrade, now: Date): ScheduleState {
  return recordReview(state, cardId, toMemory(scheduler.next(toCard(state.cards[cardId], now), now, RATINGS[grade]).card), now);
}

/**
 * Carries the old two-button marks into the schedule, once: "I knew it" counts
 * as an Easy answer and "Review again" as Again, both given at `now`. Cards
 * already scheduled keep their schedule; carried cards do not count as new
 * cards started today.
 */
export function carryOverMarks(state: ScheduleState, marks: Marks, now: Date): ScheduleState {
  if (state.marksCarried) return state;
  const cards = { ...state.cards };
  for (const [id, mark] of Object.entries(marks)) {
    if (cards[id]) continue;
    cards[id] = toMemory(scheduler.next(createEmptyCard(now), now, mark === 'known' ? Rating.Easy : Rating.Again).card);
  }
  return { ...state, cards, marksCarried: true };
}
