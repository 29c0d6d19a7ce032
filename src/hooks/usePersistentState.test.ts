// @vitest-environment jsdom
import { act, createElement, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePersistentState, type StorageCodec } from './usePersistentState';

const KEY = 'test:persistent-state';

/** A set of names, stored as a sorted JSON array; garbage reads as the empty set. */
const NAMES: StorageCodec<readonly string[]> = {
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

const add = (name: string) => (current: readonly string[]) => (current.includes(name) ? current : [...current, name]);

let container: HTMLElement;
let unmount: () => void;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.localStorage.clear();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => unmount());
  container.remove();
});

/**
 * Renders a user of the key whose first change comes in the commit, before the effect that reads storage has run:
 * the same order as a tap between hydration and that effect. Returns what it rendered last.
 */
function renderWithEarlyChange(change: (set: (next: (current: readonly string[]) => readonly string[]) => void) => void): { shown: () => string } {
  let shown = '';
  function User(): ReactNode {
    const [names, setNames, restored] = usePersistentState<readonly string[]>(KEY, NAMES, []);
    useLayoutEffect(() => change(setNames), [setNames]);
    shown = `${restored ? 'restored' : 'initial'}: ${[...names].sort().join(',')}`;
    return null;
  }
  const root = createRoot(container);
  unmount = () => root.unmount();
  act(() => root.render(createElement(User)));
  return { shown: () => shown };
}

describe('usePersistentState', () => {
  it('applies a change made before the stored value arrived on top of it, keeping what was stored', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['a', 'b', 'c']));
    let early = true;
    const user = renderWithEarlyChange((set) => {
      if (!early) return;
      early = false;
      set(add('d'));
    });
    expect(user.shown()).toBe('restored: a,b,c,d');
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('still hears other tabs after an early change has read storage', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['a']));
    let early = true;
    const user = renderWithEarlyChange((set) => {
      if (!early) return;
      early = false;
      set(add('b'));
    });
    expect(user.shown()).toBe('restored: a,b');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(['z']) }));
    });
    expect(user.shown()).toBe('restored: z');
  });

  it('restores the stored value after the first render when nothing changes it', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['x', 'y']));
    const user = renderWithEarlyChange(() => undefined);
    expect(user.shown()).toBe('restored: x,y');
    expect(window.localStorage.getItem(KEY)).toBe(JSON.stringify(['x', 'y']));
  });
});
