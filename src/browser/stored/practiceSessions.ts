import { parseStoredSessions, serializeSessions, SESSIONS_STORAGE_KEY, type PracticeSession } from '@site/src/lib/practiceSession';
import { StoredValue } from '../storedValue';

/** Mock-interview sessions: the practice pages and the practice history share them. */
export const PRACTICE_SESSIONS = new StoredValue<PracticeSession[]>(SESSIONS_STORAGE_KEY, { parse: parseStoredSessions, serialize: serializeSessions }, []);
