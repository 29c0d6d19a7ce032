import { createTimer, deserializeTimer, serializeTimer, TIMER_STORAGE_KEY, type TimerState } from '@site/src/lib/interviewTimer';
import { StoredValue } from '../storedValue';

/** The interview timer on the framework page, kept in this browser (one module per stored value, so a page bundles only the codecs it shows). */
export const INTERVIEW_TIMER = new StoredValue<TimerState>(TIMER_STORAGE_KEY, { parse: deserializeTimer, serialize: serializeTimer }, Object.freeze(createTimer()));
