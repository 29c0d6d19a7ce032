import { vi } from 'vitest';
import type { StorageCodec } from '@site/src/browser/storedValue';

/**
 * For the tests of stored values (src/browser/storedValue, src/hooks/usePersistentState), a test value: a set of
 * names, stored as a sorted JSON array; garbage reads as the empty set.
 */
export const NAMES: StorageCodec<readonly string[]> = {
  parse: (raw) => {
    try {
      const value: unknown = JSON.parse(raw ?? '[]');
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  },
  serialize: (value) => JSON.stringify([...value].sort()),
};

/** An updater that adds a name. */
export const add = (name: string) => (current: readonly string[]) => (current.includes(name) ? current : [...current, name]);

/** Makes every storage write throw, as a full or blocked storage does; returns the spy, to restore writes. */
export function refuseWrites(name = 'QuotaExceededError') {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('storage refused the write', name);
  });
}
