import { createSchedule, parseSchedule, SCHEDULE_STORAGE_KEY, serializeSchedule, type ScheduleState } from '@site/src/lib/cardSchedule';
import { StoredValue } from '../storedValue';

/** When each flashcard is due again: the flashcards page and the "due today" count share it. */
export const FLASHCARD_SCHEDULE = new StoredValue<ScheduleState>(
  SCHEDULE_STORAGE_KEY,
  { parse: parseSchedule, serialize: (state) => serializeSchedule(state) },
  Object.freeze(createSchedule()),
);
