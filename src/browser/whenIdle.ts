/** How long to wait for an idle period, and what to do in browsers that have none. */
export interface IdleOptions {
  /** Run anyway after this many milliseconds, so a busy page still gets the work done. */
  timeout: number;
  /** Browsers without idle callbacks (Safari) run the task after this many milliseconds instead. */
  fallbackDelay: number;
}

/**
 * Runs `task` in one of the browser's idle periods. The task is told how many milliseconds of the period
 * are left, so it can stop in time; without idle callbacks, or when the timeout fired, that is 0.
 */
export function whenIdle(target: Window, task: (timeLeft: () => number) => void, { timeout, fallbackDelay }: IdleOptions): void {
  if (typeof target.requestIdleCallback === 'function') target.requestIdleCallback((deadline) => task(() => deadline.timeRemaining()), { timeout });
  else target.setTimeout(() => task(() => 0), fallbackDelay);
}
