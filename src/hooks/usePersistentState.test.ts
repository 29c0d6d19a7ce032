// @vitest-environment jsdom
import { act, createElement, Fragment, useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoredValue } from '@site/src/browser/storedValue';
import { add, NAMES } from '@site/tests/support/storage';
import { usePersistentSelection, usePersistentState } from './usePersistentState';

const NONE: readonly string[] = [];
const shown = (names: readonly string[]) => [...names].sort().join(',');

let keys = 0;
let stored: StoredValue<readonly string[]>;
let container: HTMLElement;
let root: Root | undefined;
/** What React reported while hydrating: a mismatch between the server's HTML and the first client render. */
let hydrationErrors: unknown[];

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.localStorage.clear();
  stored = new StoredValue(`test:persistent-state:${++keys}`, NAMES, NONE);
  container = document.createElement('div');
  document.body.append(container);
  root = undefined;
  hydrationErrors = [];
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  vi.restoreAllMocks();
});

/** Server-renders the element (storage unread, as on the server), then hydrates it, as a page does. */
function hydrate(element: ReactElement): void {
  // The server has no storage and its own copy of the module: render with a fresh value whose storage is unreadable.
  const client = stored;
  stored = new StoredValue(client.key, NAMES, NONE);
  const noStorage = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new ReferenceError('no storage on the server');
  });
  try {
    container.innerHTML = renderToString(element);
  } finally {
    noStorage.mockRestore();
    stored = client;
  }
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => hydrationErrors.push(args));
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => hydrationErrors.push(error) });
  });
  consoleError.mockRestore();
}

/** A component that shows the stored names and whether they are restored, recording each render. */
function makeUser(renders: string[], early?: (set: StoredValue<readonly string[]>['set']) => void) {
  return function User(): ReactNode {
    const [names, setNames, restored] = usePersistentState(stored);
    // In the hydration commit, before React renders again with the stored value: a tap in that window.
    useLayoutEffect(() => early?.(setNames), [setNames]);
    const text = `${restored ? 'restored' : 'initial'}: ${shown(names)}`;
    renders.push(text);
    return createElement('p', null, text);
  };
}

describe('usePersistentState', () => {
  it('hydrates with the server value, then shows the stored one: no mismatch', () => {
    window.localStorage.setItem(stored.key, '["a","b"]');
    const renders: string[] = [];
    hydrate(createElement(makeUser(renders)));
    // The server's render, hydration's, then the stored value's.
    expect(renders).toEqual(['initial: ', 'initial: ', 'restored: a,b']);
    expect(container.textContent).toBe('restored: a,b');
    expect(hydrationErrors).toEqual([]);
  });

  it('applies a change made before the stored value is shown on top of it, keeping what was stored', () => {
    window.localStorage.setItem(stored.key, '["a","b","c"]');
    let early = true;
    const renders: string[] = [];
    hydrate(
      createElement(
        makeUser(renders, (set) => {
          if (early) set(add('d'));
          early = false;
        }),
      ),
    );
    expect(container.textContent).toBe('restored: a,b,c,d');
    expect(JSON.parse(window.localStorage.getItem(stored.key) ?? 'null')).toEqual(['a', 'b', 'c', 'd']);
    expect(hydrationErrors).toEqual([]);
  });

  it('still hears other tabs after an early change', () => {
    window.localStorage.setItem(stored.key, '["a"]');
    let early = true;
    hydrate(
      createElement(
        makeUser([], (set) => {
          if (early) set(add('b'));
          early = false;
        }),
      ),
    );
    expect(container.textContent).toBe('restored: a,b');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: stored.key, newValue: '["z"]', storageArea: window.localStorage }));
    });
    expect(container.textContent).toBe('restored: z');
  });

  it('shows the stored value from the first render of a component mounted in the app, with no second render', () => {
    window.localStorage.setItem(stored.key, '["x"]');
    const renders: string[] = [];
    root = createRoot(container);
    act(() => root?.render(createElement(makeUser(renders))));
    expect(renders).toEqual(['restored: x']);
  });

  it('is one value for all users on the page: storage is read once, and a change reaches every user', () => {
    window.localStorage.setItem(stored.key, '["a"]');
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    hydrate(createElement(Fragment, null, ...[0, 1, 2, 3, 4].map((index) => createElement(makeUser([]), { key: index }))));
    expect(container.textContent).toBe('restored: a'.repeat(5));
    expect(getItem.mock.calls.filter(([name]) => name === stored.key)).toHaveLength(1);
    act(() => {
      stored.set(add('b'));
    });
    expect(container.textContent).toBe('restored: a,b'.repeat(5));
    expect(window.localStorage.getItem(stored.key)).toBe('["a","b"]');
  });
});

describe('usePersistentSelection', () => {
  const hasA = (names: readonly string[]) => names.includes('a');

  /** The renders of a component that shows only "is `a` stored": the server's, hydration's, and any after. */
  function selectionRenders(): string[] {
    const renders: string[] = [];
    function Mark(): ReactNode {
      const text = String(usePersistentSelection(stored, hasA));
      renders.push(text);
      return createElement('span', null, text);
    }
    hydrate(createElement(Mark));
    return renders;
  }

  it('does not render again after hydration when nothing is stored', () => {
    expect(selectionRenders()).toEqual(['false', 'false']);
    expect(hydrationErrors).toEqual([]);
  });

  it('does not render again when what is stored leaves its fact as the server rendered it', () => {
    window.localStorage.setItem(stored.key, '["b","c"]');
    expect(selectionRenders()).toEqual(['false', 'false']);
  });

  it('renders the stored fact right after hydration when it differs, with no mismatch', () => {
    window.localStorage.setItem(stored.key, '["a"]');
    expect(selectionRenders()).toEqual(['false', 'false', 'true']);
    expect(container.textContent).toBe('true');
    expect(hydrationErrors).toEqual([]);
  });
});
