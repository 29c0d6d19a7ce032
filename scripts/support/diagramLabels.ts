import type { Page } from 'playwright-core';

export interface FigureLabels {
  figureId: string;
  /** Rendered size in CSS px of every visible label of the figure's diagram. */
  labelPx: number[];
}

/**
 * Waits until every figure on the page shows a drawn diagram. A build that
 * draws diagrams in the browser is asked to draw them all at once (as before
 * printing); a build that ships them in the HTML already has them.
 */
export async function showAllDiagrams(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('figure.diagram-figure')].every((figure) =>
        [...figure.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().width > 0 || svg.closest('[role="alert"]')),
      ),
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * The size each label of each figure's visible diagram renders at: the text's
 * computed font size times the scale its SVG is drawn at (viewBox fitting,
 * transforms), for SVG text and for HTML labels inside foreignObject alike.
 */
export function measureFigureLabels(page: Page): Promise<FigureLabels[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.diagram-figure')].map((figure) => {
      const labelPx: number[] = [];
      for (const svg of figure.querySelectorAll('svg')) {
        if (svg.parentElement?.closest('svg') || !svg.checkVisibility()) continue;
        const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim() || parent.closest('style, title, desc')) continue;
          const graphic = parent.closest<SVGGraphicsElement>('text, foreignObject');
          const matrix = graphic?.getScreenCTM();
          if (!matrix || !parent.checkVisibility()) continue;
          labelPx.push(parseFloat(getComputedStyle(parent).fontSize) * Math.hypot(matrix.a, matrix.b));
        }
      }
      return { figureId: figure.id, labelPx };
    }),
  );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
