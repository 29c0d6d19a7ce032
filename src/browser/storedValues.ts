import { createSchedule, parseSchedule, SCHEDULE_STORAGE_KEY, serializeSchedule, type ScheduleState } from '@site/src/lib/cardSchedule';
import { parseMarks, serializeMarks, type Marks } from '@site/src/lib/flashcardDeck';
import { createTimer, deserializeTimer, serializeTimer, TIMER_STORAGE_KEY, type TimerState } from '@site/src/lib/interviewTimer';
import { parseStoredSessions, serializeSessions, SESSIONS_STORAGE_KEY, type PracticeSession } from '@site/src/lib/practiceSession';
import { StoredValue } from './storedValue';

/**
 * What the site keeps in this browser's localStorage, each key declared once. The reading progress, whose codec
 * needs the catalog of pages, is declared in src/hooks/useReadingProgress.
 */

/** The interview timer on the framework page. */
export const INTERVIEW_TIMER = new StoredValue<TimerState>(TIMER_STORAGE_KEY, { parse: deserializeTimer, serialize: serializeTimer }, createTimer());

/** Where the two-button marks of earlier versions were kept; read once, to carry them into the schedule. */
export const FLASHCARD_MARKS_KEY = 'ml-sdi-companion:flashcard-marks';

/** The marks of the first flashcards version ("know it", "again"), carried over once into the schedule. */
export const FLASHCARD_MARKS = new StoredValue<Marks>(FLASHCARD_MARKS_KEY, { parse: parseMarks, serialize: serializeMarks }, {});

/** When each flashcard is due again: the flashcards page and the "due today" count share it. */
export const FLASHCARD_SCHEDULE = new StoredValue<ScheduleState>(
  SCHEDULE_STORAGE_KEY,
  { parse: parseSchedule, serialize: (state) => serializeSchedule(state) },
  createSchedule(),
);

/** Mock-interview sessions: the practice pages and the practice history share them. */
export const PRACTICE_SESSIONS = new StoredValue<PracticeSession[]>(SESSIONS_STORAGE_KEY, { parse: parseStoredSessions, serialize: serializeSessions }, []);
