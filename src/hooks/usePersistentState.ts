import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

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

/** Tells the other users of a key on this page about a write; the `storage` event reaches only other tabs. */
const SAME_PAGE_EVENT = 'persistent-state-change';

interface SamePageChange {
  key: string;
  raw: string;
}

/**
 * State kept in localStorage under `key`. The server render and the first
 * client render use `initial` (localStorage exists only in the browser), the
 * stored value arrives after hydration, `restored` says when, and a change in
 * another tab flows in through the `storage` event, one elsewhere on the same
 * page (the sidebar's read marks, the page's "mark as read") through an event
 * of its own that carries the value, so it works even where storage is blocked.
 *
 * A change made before the stored value has arrived (a tap between hydration and
 * the effect that reads storage) restores it first and applies on top of it, so
 * callers that build the next value from the current one must pass an updater
 * (`set((current) => ...)`): a value built from the pre-restore state would
 * replace what was stored.
 */
export function usePersistentState<T>(key: string, codec: StorageCodec<T>, initial: T): [T, Dispatch<SetStateAction<T>>, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  // The serialized form last read or written: a value is written and broadcast only when it differs, so users of one key never echo.
  const lastRaw = useRef<string | null>(null);
  // Whether the stored value has been read for this key: by the effect below, or by a change that came first.
  const read = useRef(false);

  const load = useCallback(
    (raw: string | null) => {
      lastRaw.current = raw;
      setValue(codec.parse(raw));
    },
    [codec],
  );
  const restore = useCallback(() => {
    if (read.current) return;
    read.current = true;
    load(readStorage(key));
    setRestored(true);
  }, [key, load]);

  useEffect(() => {
    // localStorage exists only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    restore();
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) load(event.newValue);
    };
    const onSamePage = (event: Event) => {
      const change = (event as CustomEvent<SamePageChange>).detail;
      if (change.key === key && change.raw !== lastRaw.current) load(change.raw);
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener(SAME_PAGE_EVENT, onSamePage);
    return () => {
      read.current = false;
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(SAME_PAGE_EVENT, onSamePage);
    };
  }, [key, load, restore]);

  useEffect(() => {
    if (!restored) return;
    const raw = codec.serialize(value);
    if (raw === lastRaw.current) return;
    lastRaw.current = raw;
    writeStorage(key, raw);
    window.dispatchEvent(new CustomEvent<SamePageChange>(SAME_PAGE_EVENT, { detail: { key, raw } }));
  }, [key, codec, value, restored]);

  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => {
      restore();
      setValue(next);
    },
    [restore],
  );

  return [value, set, restored];
}
