/*
 * Sorting strings by their UTF-16 code units. Client code sorts this way instead of with `localeCompare`,
 * whose first call starts the browser's ICU collator: tens of milliseconds on a phone at page load (the
 * lint rule in eslint.config.mjs forbids it in src/). Code order is the reading order only for keys
 * that are already normalized, such as lower-case a-z and digits, or ISO dates.
 */

/** -1, 0 or 1 as `a` comes before, with or after `b` in code order. */
export function compareCodeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of `items` by `key` in code order, each key computed once; ties keep their input order. */
export function sortByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compareCodeOrder(a.key, b.key))
    .map(({ item }) => item);
}
