import type { ClientModule } from '@docusaurus/types';
import { blocksDrawn } from './offscreenBlocks';

/** How long after landing we keep the target in place while diagrams above it render. */
const SETTLE_MS = 5000;

/** Longer, while the blocks of a long page are still being drawn (src/clientModules/offscreenBlocks.ts), but never past this. */
const MAX_SETTLE_MS = 30_000;

let stopWatching: (() => void) | undefined;

function findTarget(hash: string): HTMLElement | null {
  if (!hash || hash === '#') return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * After a deep link, keep the target where the browser put it even though
 * diagrams above it render later and change the layout, and highlight it once.
 * Watching stops as soon as the reader scrolls, types or touches the page.
 */
function land(hash: string): void {
  stopWatching?.();
  const target = findTarget(hash);
  if (!target) return;

  target.classList.remove('landing-target');
  void target.offsetWidth; // restart the animation when landing on the same target twice
  target.classList.add('landing-target');

  const settle = () => target.scrollIntoView({ block: 'start' });
  const resizes = new ResizeObserver(() => settle());
  // Infima pins html and body to the viewport height, so watch the content that actually grows.
  resizes.observe(target.closest('article') ?? document.getElementById('__docusaurus') ?? document.body);
  const landed = Date.now();
  // Blocks above the target change height as they are drawn: hold it until they all are.
  const settled = () => {
    if (blocksDrawn() || Date.now() - landed >= MAX_SETTLE_MS) stop();
    else timer = window.setTimeout(settled, 500);
  };
  let timer = window.setTimeout(settled, SETTLE_MS);
  const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
  function stop() {
    resizes.disconnect();
    window.clearTimeout(timer);
    userEvents.forEach((name) => window.removeEventListener(name, stop));
    stopWatching = undefined;
  }
  userEvents.forEach((name) => window.addEventListener(name, stop, { passive: true }));
  stopWatching = stop;
}

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = ({ location, previousLocation }) => {
  // A target on the page the reader left is no longer held.
  if (previousLocation?.pathname !== location.pathname) stopWatching?.();
  if (location.hash) window.requestAnimationFrame(() => land(location.hash));
};
