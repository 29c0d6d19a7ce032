import type { ClientModule } from '@docusaurus/types';
import { whenIdle } from '@site/src/browser/whenIdle';
import { measureRegionsIn } from './scrollableRegions';

/**
 * The stylesheet lets the browser skip the blocks of a long page that are far from the screen
 * (`content-visibility: auto` in src/css/custom.css). A skipped block has an estimated height and lays
 * out none of its content, so the page's height is only approximate and a wide table or formula that
 * was never on screen has no tab stop. This module lays each skipped block out once, in idle periods
 * and in reading order: for one frame it is drawn as if on screen, so the browser remembers its real
 * height, and its scroll regions are measured; then it is released, to be skipped again while off
 * screen. The page ends with its true height and every tab stop, while a later relayout (a font
 * arriving, the colour mode, a rotation) still touches only what is near the screen.
 */

/** Set on a block while it is laid out once; the stylesheet shows it as if on screen. */
export const LAYOUT_ONCE = 'data-layout-once';

/** Leave this much of an idle period unused, so a block's layout never runs past it. */
const IDLE_MARGIN_MS = 4;

/** Bumped on every page change, so a pass left over from the previous page stops. */
let pass = 0;

/** The page's blocks that the stylesheet lets the browser skip: the stylesheet is the one list of them. */
export function skippableBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.markdown > *')].filter((block) => getComputedStyle(block).contentVisibility === 'auto');
}

/** Lays the blocks out one idle period at a time (at least one block per period), then releases each batch after the frame that drew it. */
export function layOutOnce(target: Window, blocks: HTMLElement[], isCurrent: () => boolean, done?: () => void): void {
  if (blocks.length === 0) {
    done?.();
    return;
  }
  whenIdle(
    target,
    (timeLeft) => {
      if (!isCurrent()) return;
      const batch: HTMLElement[] = [];
      do {
        const block = blocks.shift();
        if (!block?.isConnected) continue;
        block.setAttribute(LAYOUT_ONCE, '');
        // Lays the block out now, inside the idle period, rather than in the next frame.
        block.getBoundingClientRect();
        batch.push(block);
      } while (blocks.length > 0 && timeLeft() > IDLE_MARGIN_MS);
      // The browser records a block's height for `contain-intrinsic-size: auto` when it draws a frame:
      // release the batch only after that frame.
      target.requestAnimationFrame(() =>
        target.setTimeout(() => {
          for (const block of batch) {
            measureRegionsIn(block);
            block.removeAttribute(LAYOUT_ONCE);
          }
          if (isCurrent()) layOutOnce(target, blocks, isCurrent, done);
        }, 0),
      );
    },
    { timeout: 5_000, fallbackDelay: 50 },
  );
}

/** Lays out the current page's skippable blocks once; a newer pass stops this one. */
function startPass(): void {
  pass += 1;
  const thisPass = pass;
  const isCurrent = () => thisPass === pass;
  delete document.documentElement.dataset.blocksLaidOut;
  // After the page has painted, in the first idle period: the reading order is the order of the blocks.
  whenIdle(
    window,
    () => {
      if (!isCurrent()) return;
      layOutOnce(window, skippableBlocks(document), isCurrent, () => {
        // For tests and for the curious: the page now has its real height.
        document.documentElement.dataset.blocksLaidOut = '';
      });
    },
    { timeout: 5_000, fallbackDelay: 50 },
  );
}

// A block laid out before a font it uses arrived keeps the height it had in the fallback font while it is
// skipped: a font that arrives (a block laid out once asks for its formula fonts) starts the pass again.
if (typeof document !== 'undefined' && 'fonts' in document) {
  document.fonts.addEventListener('loadingdone', () => {
    if (pass > 0) startPass();
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    if (typeof window !== 'undefined') startPass();
  },
};

export default clientModule;
