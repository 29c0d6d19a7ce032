import type { ClientModule } from '@docusaurus/types';

/** Blocks that scroll sideways when wider than the column: wide formulas, tables, diagrams. */
const SCROLLABLE = '.katex-display, .markdown table, [data-figure-diagram]';

/** Marks a name this module gave, so a region that fits again loses only what was added here. */
const NAMED_HERE = 'data-scroll-name';

/** What a screen reader hears on reaching a region that scrolls: what it is, and that it scrolls. */
function scrollName(element: HTMLElement): string | null {
  if (element.matches('.katex-display')) {
    const tex = element.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim();
    return tex ? `Formula, scrolls sideways: ${tex}` : 'Formula, scrolls sideways';
  }
  if (element.matches('table')) {
    if (element.querySelector('caption') || element.hasAttribute('aria-labelledby')) return null;
    const headers = [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim()).filter(Boolean);
    return headers.length > 0 ? `Table, scrolls sideways: ${headers.join(', ')}` : 'Table, scrolls sideways';
  }
  return null; // a diagram carries its own name (role="img" with a label)
}

/**
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1) and say what
 * it is when focused, but a tab stop on every formula that fits would be noise:
 * only the ones that overflow at the current width get one, and `data-overflowing` for a visible hint.
 * All widths are read before any mark is written, so one pass costs one layout, not one per region.
 */
function measure(elements: Iterable<Element>): void {
  const widths: Array<[HTMLElement, boolean]> = [];
  for (const element of elements) {
    if (!(element instanceof HTMLElement) || !element.isConnected || contentSkipped(element)) continue;
    widths.push([element, element.scrollWidth > element.clientWidth + 1]);
  }
  for (const [element, overflowing] of widths) mark(element, overflowing);
}

/**
 * Whether the browser is skipping the region's content, off screen (`content-visibility: auto`, src/css/custom.css):
 * it then measures as if it fits, so its mark stays as it was last measured rather than being taken away.
 */
function contentSkipped(element: HTMLElement): boolean {
  if (typeof element.checkVisibility !== 'function') return false;
  // Inside a block that is skipped (or not displayed at all).
  if (!element.checkVisibility({ contentVisibilityAuto: true })) return true;
  // The region is itself such a block (a table, a display formula): its content is what is skipped.
  const first = element.firstElementChild;
  return first !== null && getComputedStyle(element).contentVisibility === 'auto' && !first.checkVisibility({ contentVisibilityAuto: true });
}

function mark(element: HTMLElement, overflowing: boolean): void {
  if (overflowing) {
    if (element.tabIndex === 0 && element.hasAttribute('data-overflowing')) return;
    element.tabIndex = 0;
    element.dataset.overflowing = '';
    const ownName = element.hasAttribute('aria-label') && !element.hasAttribute(NAMED_HERE);
    const name = ownName ? null : scrollName(element);
    if (name) {
      element.setAttribute('aria-label', name);
      element.setAttribute(NAMED_HERE, '');
      // A formula's span has no role of its own, and a name needs one.
      if (element.matches('.katex-display')) element.setAttribute('role', 'region');
    }
  } else {
    if (!element.hasAttribute('data-overflowing')) return;
    element.removeAttribute('tabindex');
    delete element.dataset.overflowing;
    if (element.hasAttribute(NAMED_HERE)) {
      element.removeAttribute('aria-label');
      element.removeAttribute(NAMED_HERE);
      if (element.matches('.katex-display')) element.removeAttribute('role');
    }
  }
}

// Widths settle late (calculators, a drawing fetched after navigation): re-check whenever a region changes size.
let observer: ResizeObserver | undefined;

/** Every region of the page, measured again: web fonts arriving widen a formula without resizing its box. */
function measureAll(): void {
  // Not before the first page has hydrated: marks written earlier would land in markup React has not taken over.
  if (observer) measure(document.querySelectorAll(SCROLLABLE));
}

/** Measures the scroll regions in or equal to `root`: for a block the stylesheet skipped, once it has been laid out (offscreenBlocks.ts). */
export function measureRegionsIn(root: Element): void {
  if (!observer) return;
  measure(root.matches(SCROLLABLE) ? [root] : root.querySelectorAll(SCROLLABLE));
}

if (typeof document !== 'undefined' && 'fonts' in document) document.fonts.addEventListener('loadingdone', measureAll);

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = () => {
  window.requestAnimationFrame(() => {
    observer?.disconnect();
    // A ResizeObserver reports every region once when it starts observing: that is the first measure.
    observer = new ResizeObserver((entries) => measure(entries.map((entry) => entry.target)));
    document.querySelectorAll(SCROLLABLE).forEach((element) => observer?.observe(element));
  });
};
