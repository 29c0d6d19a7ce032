import { parseMarks, serializeMarks, type Marks } from '@site/src/lib/flashcardDeck';
import { StoredValue } from '../storedValue';

/** Where the two-button marks of earlier versions were kept; read once, to carry them into the schedule. */
export const FLASHCARD_MARKS_KEY = 'ml-sdi-companion:flashcard-marks';

/** The marks of the first flashcards version ("know it", "again"), carried over once into the schedule. */
export const FLASHCARD_MARKS = new StoredValue<Marks>(FLASHCARD_MARKS_KEY, { parse: parseMarks, serialize: serializeMarks }, Object.freeze({}));
