import type { StorageCodec } from './storedValue';

/** For tests of stored values: a set of names, stored as a sorted JSON array; garbage reads as the empty set. */
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
