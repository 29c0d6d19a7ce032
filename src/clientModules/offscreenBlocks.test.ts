import { describe, expect, it } from 'vitest';
import { drawInIdleTime } from './offscreenBlocks';

/** A window whose idle periods the test hands out one at a time; laying a block out takes 5 ms of its clock. */
function fakeWindow() {
  const idle: Array<(deadline: { timeRemaining: () => number }) => void> = [];
  let now = 0;
  const target = {
    requestIdleCallback: (run: (deadline: { timeRemaining: () => number }) => void) => idle.push(run),
    setTimeout: () => 0,
    performance: { now: () => now },
  };
  const block = (name: string, isConnected = true) => ({
    name,
    isConnected,
    dataset: {} as Record<string, string>,
    getBoundingClientRect: () => {
      now += 5;
      return {};
    },
  });
  const giveIdle = (ms: number) => {
    const start = now;
    idle.shift()?.({ timeRemaining: () => ms - (now - start) });
  };
  return { target: target as unknown as Window, block, giveIdle, idleWaiting: () => idle.length };
}

type FakeBlock = ReturnType<ReturnType<typeof fakeWindow>['block']>;

/** Starts drawing `blocks`; the returned function says how many times the pass reported it was done. */
function draw(target: Window, blocks: FakeBlock[], isCurrent: () => boolean = () => true): () => number {
  let done = 0;
  drawInIdleTime(target, [...blocks] as unknown as HTMLElement[], isCurrent, () => (done += 1));
  return () => done;
}
const drawnNames = (blocks: FakeBlock[]) => blocks.filter((block) => 'drawn' in block.dataset).map((block) => block.name);

describe('drawInIdleTime', () => {
  it('draws nothing in the task that asks, then blocks in order while the idle period lasts, at least 8 ms worth per period', () => {
    const { target, block, giveIdle } = fakeWindow();
    const blocks = ['a', 'b', 'c', 'd', 'e'].map((name) => block(name));
    const done = draw(target, blocks);
    expect(drawnNames(blocks)).toEqual([]);
    giveIdle(12); // a: 7 ms left; b: 2 ms left, under the margin, and 10 ms spent
    expect(drawnNames(blocks)).toEqual(['a', 'b']);
    giveIdle(1); // a short period still draws for 8 ms: c, then d
    expect(drawnNames(blocks)).toEqual(['a', 'b', 'c', 'd']);
    expect(done()).toBe(0);
    giveIdle(50);
    expect(drawnNames(blocks)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(done()).toBe(1);
  });

  it('skips a block no longer in the page, and stops for good once the page has changed', () => {
    const { target, block, giveIdle, idleWaiting } = fakeWindow();
    const blocks = [block('a', false), block('b'), block('c'), block('d')];
    let current = true;
    const done = draw(target, blocks, () => current);
    giveIdle(6); // a is skipped without cost; b takes 5 ms, then the 8 ms slice draws c
    expect(drawnNames(blocks)).toEqual(['b', 'c']);
    current = false;
    giveIdle(50);
    expect(drawnNames(blocks)).toEqual(['b', 'c']);
    expect(idleWaiting()).toBe(0);
    expect(done()).toBe(0);
  });

  it('reports at once when there is nothing to draw', () => {
    const { target, idleWaiting } = fakeWindow();
    const done = draw(target, []);
    expect(done()).toBe(1);
    expect(idleWaiting()).toBe(0);
  });
});
