import { describe, expect, it } from 'vitest';
import { deferPrefetch } from './idlePrefetch';

/** A window whose idle periods the test hands out one at a time, each with the time it says is left. */
function fakeWindow() {
  const idle: Array<(deadline: { timeRemaining: () => number }) => void> = [];
  const fetched: string[] = [];
  const target = {
    docusaurus: Object.freeze({
      prefetch: (url: string) => {
        fetched.push(url);
        return Promise.resolve([]);
      },
      preload: () => false as const,
    }),
    requestIdleCallback: (run: (deadline: { timeRemaining: () => number }) => void) => idle.push(run),
    setTimeout: () => 0,
  };
  const giveIdle = (ms: number) => {
    const before = fetched.length;
    // Each prefetch in this fake takes 5 ms of the idle period.
    idle.shift()?.({ timeRemaining: () => ms - 5 * (fetched.length - before) });
  };
  return { target: target as unknown as Window, fetched, giveIdle, idleWaiting: () => idle.length };
}

describe('deferPrefetch', () => {
  it('runs no prefetch in the task that asks for it, then as many per idle period as fit', () => {
    const { target, fetched, giveIdle } = fakeWindow();
    deferPrefetch(target);
    for (const path of ['/docs/a', '/docs/b', '/docs/c', '/docs/d']) void target.docusaurus.prefetch(path);
    expect(fetched).toEqual([]);
    giveIdle(12); // room for two: 12 ms, then 7 ms left, then 2 ms (under the margin)
    expect(fetched).toEqual(['/docs/a', '/docs/b']);
    giveIdle(1); // a short period still runs one
    expect(fetched).toEqual(['/docs/a', '/docs/b', '/docs/c']);
    giveIdle(50);
    expect(fetched).toEqual(['/docs/a', '/docs/b', '/docs/c', '/docs/d']);
  });

  it('asks for a path once while it waits, and stops asking for idle time when the queue is empty', () => {
    const { target, fetched, giveIdle, idleWaiting } = fakeWindow();
    deferPrefetch(target);
    void target.docusaurus.prefetch('/docs/a');
    void target.docusaurus.prefetch('/docs/a');
    expect(idleWaiting()).toBe(1);
    giveIdle(50);
    expect(fetched).toEqual(['/docs/a']);
    expect(idleWaiting()).toBe(0);
  });

  it('keeps preload as Docusaurus gave it', () => {
    const { target } = fakeWindow();
    const preload = target.docusaurus.preload;
    deferPrefetch(target);
    expect(target.docusaurus.preload).toBe(preload);
  });
});

describe('deferPrefetch without idle callbacks', () => {
  it('runs one prefetch per task instead', () => {
    const timers: Array<() => void> = [];
    const fetched: string[] = [];
    const target = {
      docusaurus: {
        prefetch: (url: string) => {
          fetched.push(url);
          return false as const;
        },
        preload: () => false as const,
      },
      setTimeout: (run: () => void) => timers.push(run),
    } as unknown as Window;
    deferPrefetch(target);
    void target.docusaurus.prefetch('/docs/a');
    void target.docusaurus.prefetch('/docs/b');
    expect(fetched).toEqual([]);
    timers.shift()?.();
    expect(fetched).toEqual(['/docs/a']);
    timers.shift()?.();
    expect(fetched).toEqual(['/docs/a', '/docs/b']);
    expect(timers).toHaveLength(0);
  });
});
