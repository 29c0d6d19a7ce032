// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoredValue } from './storedValue';
import { add, NAMES, refuseWrites } from '@site/tests/support/storage';

let keys = 0;
let key = '';
const NONE: readonly string[] = [];
const names = () => new StoredValue(key, NAMES, NONE);
/** Another tab's write: storage changes and this page hears the event. */
function otherTabWrites(raw: string | null, eventKey: string | null = key): void {
  if (raw === null) window.localStorage.removeItem(key);
  else window.localStorage.setItem(key, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: eventKey, newValue: raw, storageArea: window.localStorage }));
}

beforeEach(() => {
  key = `test:stored-value:${++keys}`;
  window.localStorage.clear();
});
/** Subscriptions a test left open, closed after it so that no listener outlives its test. */
const open: Array<() => void> = [];
const listen = (value: StoredValue<readonly string[]>, listener: () => void = () => undefined) => {
  const unsubscribe = value.subscribe(listener);
  open.push(unsubscribe);
  return unsubscribe;
};

afterEach(() => {
  for (const unsubscribe of open.splice(0)) unsubscribe();
  vi.restoreAllMocks();
});

describe('StoredValue', () => {
  it('reads a key with nothing stored as its initial value, the same object, so nothing renders anew', () => {
    expect(names().get()).toBe(NONE);
  });

  it('reads storage once, then hands out the same object until it changes', () => {
    window.localStorage.setItem(key, '["a"]');
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const value = names();
    const first = value.get();
    expect(value.get()).toBe(first);
    expect(first).toEqual(['a']);
    expect(getItem).toHaveBeenCalledTimes(1);
  });

  it('applies an updater to what is stored even when nothing has read it yet, writes it, and returns it', () => {
    window.localStorage.setItem(key, '["a","b"]');
    const value = names();
    expect(value.set(add('c'))).toEqual(['a', 'b', 'c']);
    expect(window.localStorage.getItem(key)).toBe('["a","b","c"]');
  });

  it('tells its subscribers about a change, and nobody about a change to the same value', () => {
    const value = names();
    const listener = vi.fn();
    listen(value, listener);
    value.set(add('a'));
    value.set(add('a'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("hears another tab's write, and its clearing of storage", () => {
    const value = names();
    const listener = vi.fn();
    listen(value, listener);
    value.set(add('a'));
    otherTabWrites('["z"]');
    expect(value.get()).toEqual(['z']);
    otherTabWrites(null, null);
    expect(value.get()).toBe(NONE);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("ignores the same key's events from session storage", () => {
    const value = names();
    listen(value);
    value.set(add('a'));
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '["z"]', storageArea: window.sessionStorage }));
    expect(value.get()).toEqual(['a']);
  });

  /** A value this page changed to ["a"] and stopped listening to; then another tab writes `raw`, unheard. */
  function writtenWhileNobodyListened(raw: string): StoredValue<readonly string[]> {
    const value = names();
    const unsubscribe = listen(value);
    value.set(add('a'));
    unsubscribe();
    window.localStorage.setItem(key, raw);
    return value;
  }

  it('catches up, on the next subscription, with a write made while nobody listened', () => {
    const value = writtenWhileNobodyListened('["z"]');
    listen(value);
    expect(value.get()).toEqual(['z']);
    expect(value.set(add('b'))).toEqual(['z', 'b']);
  });

  it('keeps a change storage refused for the rest of the visit, and does not read storage back over it', () => {
    const value = names();
    const unsubscribe = listen(value);
    refuseWrites();
    expect(value.set(add('a'))).toEqual(['a']);
    unsubscribe();
    listen(value);
    expect(value.get()).toEqual(['a']);
  });

  it('works with storage blocked altogether', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    refuseWrites('SecurityError');
    const value = names();
    expect(value.get()).toBe(NONE);
    expect(value.set(add('a'))).toEqual(['a']);
    expect(value.get()).toEqual(['a']);
  });

  it('builds a change made while nobody listens on what another tab wrote meanwhile', () => {
    const value = writtenWhileNobodyListened('["a","z"]');
    expect(value.set(add('b'))).toEqual(['a', 'z', 'b']);
    expect(window.localStorage.getItem(key)).toBe('["a","b","z"]');
  });

  it('keeps what it holds when storage cannot be read any more, and builds a change on it', () => {
    // Another tab's write cannot be read either: the page goes on from what it holds.
    const value = writtenWhileNobodyListened('["z"]');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('storage blocked', 'SecurityError');
    });
    expect(value.set(add('b'))).toEqual(['a', 'b']);
  });

  it('stops listening when its last subscriber leaves', () => {
    const value = names();
    const unsubscribe = listen(value);
    value.set(add('a'));
    unsubscribe();
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '["z"]', storageArea: window.localStorage }));
    expect(value.get()).toEqual(['a']);
  });

  it('reads storage back again once another tab has written over a change storage refused', () => {
    const value = names();
    const unsubscribe = listen(value);
    const setItem = refuseWrites();
    value.set(add('a'));
    setItem.mockRestore();
    otherTabWrites('["z"]');
    unsubscribe();
    window.localStorage.setItem(key, '["y"]');
    listen(value);
    expect(value.get()).toEqual(['y']);
  });
});
