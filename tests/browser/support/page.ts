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

export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, { timeout: 15_000 });
}

/**
 * Scrolls through the page so every lazily rendered diagram is requested,
 * then waits until each has become an SVG or an error.
 */
export async function renderAllDiagrams(page: Page): Promise<void> {
  const slots = await page.locator('[data-mermaid-slot]').count();
  if (slots === 0) return;
  await page.evaluate(async () => {
    const step = Math.max(400, window.innerHeight * 0.8);
    for (let y = 0; y <= document.body.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-mermaid-slot]')].every(
        (slot) => slot.querySelector('svg') !== null || slot.textContent?.includes('error'),
      ),
    undefined,
    { timeout: 30_000 },
  );
}
