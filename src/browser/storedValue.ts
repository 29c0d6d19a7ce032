import type { SetStateAction } from 'react';

/** How a stored value is read back and written. */
export interface StorageCodec<T> {
  /** Must accept anything, `null` and garbage included, and return a usable value: a bad entry never breaks the page. */
  parse: (raw: string | null) => T;
  serialize: (value: T) => string;
}

/** What storage holds under the key (null: nothing), or undefined when storage cannot be read. */
function readStorage(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined; // storage blocked (private mode, policy): the tool works for this visit only
  }
}

/** Whether the write reached storage. */
function writeStorage(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false; // same as above, or storage full: the value lives in the page until it is closed
  }
}

/**
 * One value kept in localStorage under a key, declared once for the whole page (src/browser/stored/, one module per
 * value) and shared by every component that shows it. Storage is read the first time the value is asked for in the
 * browser, then only to catch up: a change made in another tab arrives through one `storage` listener while anyone
 * is subscribed, and is read back when someone subscribes again or a change is made while nobody listens. A change
 * reaches every subscriber at once. Nothing here runs on the server, which renders `initial`.
 */
export class StoredValue<T> {
  private raw: string | null = null;
  private value: T;
  private read = false;
  /** A change that storage refused (blocked or full): storage must not be read back over it. */
  private unsaved = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly key: string,
    private readonly codec: StorageCodec<T>,
    /** What the server renders, and what a key with nothing stored reads as, so that it renders nothing new. */
    readonly initial: T,
  ) {
    this.value = initial;
  }

  private load(raw: string | null): void {
    this.raw = raw;
    this.value = raw === null ? this.initial : this.codec.parse(raw);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (event.storageArea !== window.localStorage) return;
    // A key of null is the other tab clearing all of storage.
    if (event.key !== null && event.key !== this.key) return;
    const raw = event.key === null ? null : event.newValue;
    this.unsaved = false;
    if (raw === this.raw) return;
    this.load(raw);
    this.notify();
  };

  /**
   * While nobody listens, another tab's writes go unheard: read storage again before the held value is shown or built
   * on, unless this page holds a change storage refused.
   */
  private catchUp(): void {
    if (this.listeners.size > 0 || !this.read || this.unsaved) return;
    const raw = readStorage(this.key);
    // Storage that cannot be read now says nothing new: keep what is held.
    if (raw !== undefined && raw !== this.raw) this.load(raw);
  }

  /** For useSyncExternalStore: stable, so React subscribes once per component. */
  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      // React reads the value again right after subscribing.
      this.catchUp();
      window.addEventListener('storage', this.onStorage);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) window.removeEventListener('storage', this.onStorage);
    };
  };

  /** The current value: read from storage the first time, then the same object until it changes. */
  readonly get = (): T => {
    if (!this.read) {
      this.read = true;
      this.load(readStorage(this.key) ?? null);
    }
    return this.value;
  };

  /**
   * Applies a change at once and returns the value now held. An updater is applied to the stored value even when
   * it is asked for before any component has shown it (a tap between hydration and the first read), or while nobody
   * listens (a tap after an in-app navigation, before the new page's components subscribe). An updater runs exactly
   * once, synchronously, before `set` returns: callers may note what it saw.
   */
  readonly set = (next: SetStateAction<T>): T => {
    this.catchUp();
    const current = this.get();
    const value = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
    if (Object.is(value, current)) return current;
    this.value = value;
    const raw = this.codec.serialize(value);
    if (raw !== this.raw) {
      this.raw = raw;
      this.unsaved = !writeStorage(this.key, raw);
    }
    this.notify();
    return value;
  };
}
