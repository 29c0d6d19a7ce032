import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Collects console errors and uncaught page errors for one page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Once hydrated, and a long page's skipped blocks all drawn (src/clientModules/offscreenBlocks.ts): the layout a reader ends with. */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { timeout: 15_000 });
  await waitBlocksDrawn(page);
}

/** Waits until every block of a long page that was skipped while off screen is drawn. */
export async function waitBlocksDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => 'blocksDrawn' in document.documentElement.dataset, undefined, { polling: 100, timeout: 60_000 });
}

/** Waits two frames: what the last rendering update decided (a jump, a block skipped or drawn) has then been reported and painted. */
export function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Serious and critical violations on the page, one line each with up to three of their elements: WCAG 2.1 A/AA over
 * the whole page unless `scope` narrows the rules or the part of the page checked.
 */
export async function seriousViolations(page: Page, scope: (axe: AxeBuilder) => AxeBuilder = (axe) => axe.withTags(WCAG_21_AA)): Promise<string[]> {
  const axe = await scope(new AxeBuilder({ page })).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}
