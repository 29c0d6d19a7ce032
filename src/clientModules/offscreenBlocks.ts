import type { ClientModule } from '@docusaurus/types';
import { whenIdle } from '@site/src/browser/whenIdle';
import { measureRegionsIn } from './scrollableRegions';

/**
 * The stylesheet lets the browser skip the blocks of a long page that are far from the screen
 * (`content-visibility: auto` in src/css/custom.css), so the first layout of a page with thousands of
 * elements covers only what is near the screen. A skipped block is not in Chromium's accessibility tree,
 * has an estimated height, and a wide table or formula in it has no tab stop. So this module draws every
 * skipped block for good, in idle periods and in reading order: once done (5 to 10 s for the metrics reference,
 * the longest page, on the 2-core test machine without CPU slowdown), the page is whole for screen readers, has
 * its real height and every tab stop, and no single task laid it all out.
 */

/** Leave this much of an idle period unused. */
const IDLE_MARGIN_MS = 4;

/** Without idle periods (Safari, or a busy page whose timeout fired), still draw this long per task. */
const MIN_SLICE_MS = 8;

/** Set on <html> once every block of the page is drawn. */
const DRAWN = 'blocksDrawn';

/** Whether every block of the current page is drawn: its layout no longer changes as blocks are drawn. */
export function blocksDrawn(): boolean {
  return DRAWN in document.documentElement.dataset;
}

/** Bumped on every page change, so a pass left over from the previous page stops. */
let pass = 0;

/** The blocks the stylesheet lets the browser skip while off screen, and not yet drawn: the stylesheet is the one list of them. */
function skippableBlocks(): HTMLElement[] {
  return undrawnBlocks().filter((block) => getComputedStyle(block).contentVisibility === 'auto');
}

/** The page's blocks not yet marked drawn. */
function undrawnBlocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.markdown > :not([data-drawn])')];
}

/** Draws the blocks for good, one idle period at a time: at least one block per period, more while the period lasts. */
export function drawInIdleTime(target: Window, blocks: HTMLElement[], isCurrent: () => boolean, done: () => void): void {
  if (blocks.length === 0) {
    done();
    return;
  }
  whenIdle(
    target,
    (timeLeft) => {
      if (!isCurrent()) return;
      const started = target.performance.now();
      do {
        const block = blocks.shift();
        if (!block?.isConnected) continue;
        block.dataset.drawn = '';
        // Lays the block out now, inside this period, so its scroll regions can be measured at once.
        block.getBoundingClientRect();
        measureRegionsIn(block);
      } while (blocks.length > 0 && (timeLeft() > IDLE_MARGIN_MS || target.performance.now() - started < MIN_SLICE_MS));
      drawInIdleTime(target, blocks, isCurrent, done);
    },
    { timeout: 2_000, fallbackDelay: 1 },
  );
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (typeof window === 'undefined') return;
    // A link within the page changes only the hash: the pass under way goes on.
    if (previousLocation?.pathname === location.pathname) return;
    pass += 1;
    const thisPass = pass;
    const isCurrent = () => thisPass === pass;
    const root = document.documentElement;
    delete root.dataset[DRAWN];
    // A page opened at a fragment lets only the blocks after its target be skipped (src/css/custom.css), and
    // the browser has laid out the rest. Those count as drawn, and the page goes on like any other: the set
    // that may be skipped no longer moves with the target, and the pages opened next skip every far block.
    if ('skipAfterTarget' in root.dataset) {
      // Read every style first, then write: a write between two reads would make the browser restyle each time.
      const laidOut = undrawnBlocks().filter((block) => getComputedStyle(block).contentVisibility !== 'auto');
      for (const block of laidOut) block.dataset.drawn = '';
      delete root.dataset.skipAfterTarget;
    }
    // From here the set that may be skipped depends on nothing that changes, so one pass draws it all.
    drawInIdleTime(window, skippableBlocks(), isCurrent, () => {
      // For tests and for the curious: every block of the page is drawn.
      root.dataset[DRAWN] = '';
    });
  },
};

export default clientModule;
