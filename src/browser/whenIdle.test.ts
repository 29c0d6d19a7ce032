import { describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
  it('waits for an idle period, with the timeout, and tells the task how much of it is left', () => {
    let scheduled: ((deadline: IdleDeadline) => void) | undefined;
    const requestIdleCallback = vi.fn((callback: (deadline: IdleDeadline) => void) => {
      scheduled = callback;
      return 1;
    });
    const setTimeout = vi.fn();
    const task = vi.fn((timeLeft: () => number) => timeLeft());
    whenIdle({ requestIdleCallback, setTimeout } as unknown as Window, task, { timeout: 3_000, fallbackDelay: 1 });
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 3_000 });
    expect(task).not.toHaveBeenCalled();
    scheduled?.({ didTimeout: false, timeRemaining: () => 12 });
    expect(task).toHaveReturnedWith(12);
    expect(setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to a timer, with no idle time left, where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    try {
      const target = { setTimeout: (run: () => void, delay: number) => globalThis.setTimeout(run, delay) } as unknown as Window;
      const task = vi.fn((timeLeft: () => number) => timeLeft());
      whenIdle(target, task, { timeout: 5_000, fallbackDelay: 500 });
      vi.advanceTimersByTime(499);
      expect(task).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(task).toHaveReturnedWith(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
