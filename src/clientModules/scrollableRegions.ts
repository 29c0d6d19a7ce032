import type { ClientModule } from '@docusaurus/types';

/** Blocks that scroll sideways when wider than the column: wide formulas, tables, diagrams. */
const SCROLLABLE = '.katex-display, .markdown table, [data-figure-diagram]';

/**
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1), but a tab
 * stop on every formula that fits would be noise: only the ones that overflow
 * at the current width get one, and `data-overflowing` for a visible hint.
 */
function markOverflowing(): void {
  for (const element of document.querySelectorAll<HTMLElement>(SCROLLABLE)) {
    if (element.scrollWidth > element.clientWidth + 1) {
      element.tabIndex = 0;
      element.dataset.overflowing = '';
    } else {
      element.removeAttribute('tabindex');
      delete element.dataset.overflowing;
    }
  }
}

// Widths settle late (KaTeX fonts, calculators, a drawing fetched after navigation): re-check whenever a region changes size.
let observer: ResizeObserver | undefined;

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = () => {
  window.requestAnimationFrame(() => {
    observer?.disconnect();
    observer = new ResizeObserver(markOverflowing);
    document.querySelectorAll(SCROLLABLE).forEach((element) => observer?.observe(element));
    markOverflowing();
  });
};
