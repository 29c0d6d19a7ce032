import type { ClientModule } from '@docusaurus/types';
import { whenIdle } from '@site/src/browser/whenIdle';

/**
 * Docusaurus prefetches the code of every link as it scrolls into view. On the first paint of a page
 * that is dozens of links in one task (about 50 ms on a laptop, 200 ms on a phone profile), which
 * blocks the reader's first tap. This module keeps every prefetch but runs them in idle periods, as
 * many as fit in each (at least one).
 */

type Prefetch = Window['docusaurus']['prefetch'];

/** Leave this much of an idle period unused, so a prefetch never runs past it. */
const IDLE_MARGIN_MS = 4;

let installed = false;

/** Wraps the prefetch Docusaurus exposes on `window`; its Link reads it there at call time. */
export function deferPrefetch(target: Window): void {
  const original = target.docusaurus.prefetch;
  const pending: string[] = [];
  let draining = false;

  const drain = () => {
    draining = true;
    // A busy page still gets its prefetches within a few seconds; browsers without idle callbacks run
    // one prefetch per task, after the current work.
    whenIdle(
      target,
      (timeLeft) => {
        // One prefetch always runs, so the queue empties even when idle periods are short.
        try {
          do {
            const path = pending.shift();
            if (path !== undefined) void original(path);
          } while (pending.length > 0 && timeLeft() > IDLE_MARGIN_MS);
        } finally {
          // A prefetch that throws must not leave the queue stuck.
          if (pending.length > 0) drain();
          else draining = false;
        }
      },
      { timeout: 3_000, fallbackDelay: 1 },
    );
  };
  const deferred: Prefetch = (path) => {
    if (!pending.includes(path)) pending.push(path);
    if (!draining) drain();
    return false;
  };
  target.docusaurus = { ...target.docusaurus, prefetch: deferred };
}

const clientModule: ClientModule = {
  // Called once on the first page, before any link's visibility has been reported.
  onRouteDidUpdate() {
    if (installed || typeof window === 'undefined' || !window.docusaurus) return;
    installed = true;
    deferPrefetch(window);
  },
};

export default clientModule;
