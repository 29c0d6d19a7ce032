// @vitest-environment jsdom
import { act, createElement, Fragment, useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePersistentSelection, usePersistentState, type StorageCodec } from './usePersistentState';

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
const NONE: readonly string[] = [];
const add = (name: string) => (current: readonly string[]) => (current.includes(name) ? current : [...current, name]);
const shown = (names: readonly string[]) => [...names].sort().join(',');

let key = '';
let keys = 0;
let container: HTMLElement;
let unmount = () => undefined as void;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  key = `test:persistent-state:${++keys}`;
  window.localStorage.clear();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => unmount());
  container.remove();
  vi.restoreAllMocks();
});

/** Server-renders the element (storage unread, as on the server), then hydrates it, as a page does. */
function hydrate(element: ReactElement, serverRender = true): void {
  if (serverRender) container.innerHTML = renderToString(element);
  let root: Root | undefined;
  act(() => {
    root = hydrateRoot(container, element);
  });
  unmount = () => root?.unmount();
}

describe('usePersistentState', () => {
  it('applies a change made before the stored value arrived on top of it, keeping what was stored', () => {
    window.localStorage.setItem(key, JSON.stringify(['a', 'b', 'c']));
    let last = '';
    let early = true;
    function User(): ReactNode {
      const [names, setNames, restored] = usePersistentState(key, NAMES, NONE);
      // In the hydration commit, before React re-renders with the stored value: a tap in that window.
      useLayoutEffect(() => {
        if (early) setNames(add('d'));
        early = false;
      }, [setNames]);
      last = `${restored ? 'restored' : 'initial'}: ${shown(names)}`;
      return null;
    }
    hydrate(createElement(User));
    expect(last).toBe('restored: a,b,c,d');
    expect(JSON.parse(window.localStorage.getItem(key) ?? 'null')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('hears changes made in other tabs', () => {
    window.localStorage.setItem(key, JSON.stringify(['a']));
    let last = '';
    function User(): ReactNode {
      last = shown(usePersistentState(key, NAMES, NONE)[0]);
      return null;
    }
    hydrate(createElement(User));
    expect(last).toBe('a');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(['z']) }));
    });
    expect(last).toBe('z');
  });

  it('is one value for all users of a key on the page: storage is read once, and a change reaches every user', () => {
    window.localStorage.setItem(key, JSON.stringify(['a']));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const seen: string[] = [];
    let add0: ((name: string) => void) | undefined;
    function User({ index }: { index: number }): ReactNode {
      const [names, setNames] = usePersistentState(key, NAMES, NONE);
      if (index === 0) add0 = (name) => setNames(add(name));
      seen[index] = shown(names);
      return null;
    }
    hydrate(createElement(Fragment, null, ...[0, 1, 2, 3, 4].map((index) => createElement(User, { key: index, index }))));
    expect(seen).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(getItem.mock.calls.filter(([name]) => name === key)).toHaveLength(1);
    act(() => add0?.('b'));
    expect(seen).toEqual(['a,b', 'a,b', 'a,b', 'a,b', 'a,b']);
    expect(window.localStorage.getItem(key)).toBe(JSON.stringify(['a', 'b']));
  });
});

describe('usePersistentSelection', () => {
  /** How many times a user that reads only "is `a` stored" renders, from hydration on, with `stored` in storage. */
  function rendersOfSelection(stored: readonly string[] | undefined): number {
    if (stored) window.localStorage.setItem(key, JSON.stringify(stored));
    let renders = 0;
    function Mark(): ReactNode {
      usePersistentSelection(key, NAMES, NONE, (names) => names.includes('a'));
      renders += 1;
      return null;
    }
    const element = createElement(Mark);
    container.innerHTML = renderToString(element);
    renders = 0;
    hydrate(element, false);
    return renders;
  }

  it('renders again after hydration only when its fact differs from the server render', () => {
    expect(rendersOfSelection(undefined)).toBe(1);
  });

  it('stays as hydrated when storage holds other names', () => {
    expect(rendersOfSelection(['b', 'c'])).toBe(1);
  });

  it('renders the stored fact right after hydration when it differs', () => {
    expect(rendersOfSelection(['a'])).toBe(2);
  });
});
