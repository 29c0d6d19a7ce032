import { useCallback, useSyncExternalStore } from 'react';
import type { StoredValue } from '@site/src/browser/storedValue';

export type { StorageCodec } from '@site/src/browser/storedValue';

const noSubscription = () => () => undefined;
const inBrowser = () => true;
const onServer = () => false;

/**
 * False in the server render and in hydration, then true (React renders the component again right after hydrating
 * it); true from the first render of a page reached inside the app.
 */
function useRestored(): boolean {
  return useSyncExternalStore(noSubscription, inBrowser, onServer);
}

/**
 * A value kept in localStorage (declared in src/browser/stored/), for a component that shows it. The server render and
 * hydration use its initial value (localStorage exists only in the browser); right after hydration the component
 * renders again with the stored value and `restored` true. The setter applies a change at once and returns the value
 * now held; callers that build the next value from the current one pass an updater (`set((current) => ...)`), which
 * applies to the stored value even before the component has shown it.
 */
export function usePersistentState<T>(stored: StoredValue<T>): [T, StoredValue<T>['set'], boolean] {
  const value = useSyncExternalStore(stored.subscribe, stored.get, () => stored.initial);
  return [value, stored.set, useRestored()];
}

/** What a selection may return: a value compared by identity, so that an unchanged fact renders nothing. */
type Fact = boolean | number | string | null | undefined;

/**
 * One fact about a stored value (a page's read mark), for components that need no more: React renders such a
 * component again only when its fact changes, so after hydration it costs nothing unless the stored value changes
 * its fact. `select` must be stable (a module function, or memoised).
 */
export function usePersistentSelection<T, S extends Fact>(stored: StoredValue<T>, select: (value: T) => S): S {
  const current = useCallback(() => select(stored.get()), [stored, select]);
  const server = useCallback(() => select(stored.initial), [stored, select]);
  return useSyncExternalStore(stored.subscribe, current, server);
}
