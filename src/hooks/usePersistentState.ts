import { useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';

/** How a stored value is read back and written; pass a module-level object so its identity is stable. */
export interface StorageCodec<T> {
  /** Must accept anything, `null` and garbage included, and return a usable value: a bad entry never breaks the page. */
  parse: (raw: string | null) => T;
  serialize: (value: T) => string;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): the tool works for this visit only
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Same as above: keep going without persistence.
  }
}

/**
 * One stored value, shared by every user of its key on the page: storage is read once (the first time a
 * user renders in the browser, or a change comes first), a change reaches every user at once, and a change
 * in another tab flows in through one `storage` listener while anyone is subscribed.
 */
class StoredValue<T> {
  private raw: string | null = null;
  private value: T;
  private read = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly key: string,
    private readonly codec: StorageCodec<T>,
    /** What the server rendered, and what a key with nothing stored reads as, so that it renders nothing new. */
    readonly initial: T,
  ) {
    this.value = initial;
  }

  private load(raw: string | null): void {
    this.raw = raw;
    this.value = raw === null ? this.initial : this.codec.parse(raw);
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== this.key || event.newValue === this.raw) return;
    this.load(event.newValue);
    this.notify();
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) window.addEventListener('storage', this.onStorage);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      window.removeEventListener('storage', this.onStorage);
      // Unheard from now on: another tab may write, so the next user reads storage again.
      this.read = false;
    };
  };

  readonly get = (): T => {
    if (!this.read) {
      this.read = true;
      this.load(readStorage(this.key));
    }
    return this.value;
  };

  readonly set = (next: SetStateAction<T>): void => {
    const current = this.get();
    const value = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
    if (Object.is(value, current)) return;
    this.value = value;
    const raw = this.codec.serialize(value);
    if (raw !== this.raw) {
      this.raw = raw;
      writeStorage(this.key, raw);
    }
    this.notify();
  };
}

const storedValues = new Map<string, StoredValue<unknown>>();

/** The shared value of a key; its users must pass equivalent codecs and initial values (the first user's are kept). */
function storedValue<T>(key: string, codec: StorageCodec<T>, initial: T): StoredValue<T> {
  let stored = storedValues.get(key) as StoredValue<T> | undefined;
  if (!stored) {
    stored = new StoredValue(key, codec, initial);
    storedValues.set(key, stored as StoredValue<unknown>);
  }
  return stored;
}

const noSubscription = () => () => undefined;
const inBrowser = () => true;
const onServer = () => false;

/**
 * True once the page renders in the browser: false in the server render and in hydration, then true (React
 * re-renders the component after hydrating it), and true from the first render of a page reached in the app.
 */
function useRestored(): boolean {
  return useSyncExternalStore(noSubscription, inBrowser, onServer);
}

/**
 * State kept in localStorage under `key`, shared by every user of the key on
 * the page. The server render and hydration use `initial` (localStorage exists
 * only in the browser); the stored value arrives right after hydration (only
 * users whose value differs render again), `restored` says when, and a change
 * in another tab flows in through the `storage` event.
 *
 * A change made before the stored value has arrived (a tap between hydration and
 * the re-render) reads storage first and applies on top of it, so callers that
 * build the next value from the current one must pass an updater
 * (`set((current) => ...)`): a value built from the pre-restore state would
 * replace what was stored.
 */
export function usePersistentState<T>(key: string, codec: StorageCodec<T>, initial: T): [T, Dispatch<SetStateAction<T>>, boolean] {
  const stored = storedValue(key, codec, initial);
  const value = useSyncExternalStore(stored.subscribe, stored.get, () => stored.initial);
  return [value, stored.set, useRestored()];
}

/**
 * One derived fact of a stored value (a page's read mark), for components that need no more: React
 * renders a user again only when its fact changes, not on every change of the value.
 */
export function usePersistentSelection<T, S>(key: string, codec: StorageCodec<T>, initial: T, select: (value: T) => S): S {
  const stored = storedValue(key, codec, initial);
  return useSyncExternalStore(
    stored.subscribe,
    () => select(stored.get()),
    () => select(stored.initial),
  );
}
