import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

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
 * State kept in localStorage under `key`. The server render and the first
 * client render use `initial` (localStorage exists only in the browser), the
 * stored value arrives after hydration, `restored` says when, and a change in
 * another tab flows in through the `storage` event.
 */
export function usePersistentState<T>(key: string, codec: StorageCodec<T>, initial: T): [T, Dispatch<SetStateAction<T>>, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    setValue(codec.parse(readStorage(key)));
    setRestored(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setValue(codec.parse(event.newValue));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key, codec]);

  useEffect(() => {
    if (restored) writeStorage(key, codec.serialize(value));
  }, [key, codec, value, restored]);

  return [value, setValue, restored];
}
