import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

const site = useBuiltSite();

const CHAPTER = '/docs/case-studies/video-recommendation';
const METRICS = '/docs/reference/metrics';

/** WCAG contrast ratio of two computed rgb()/rgba() colours (alpha ignored: the label's colours must be opaque). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('copy-link confirmation', () => {
  it.each(['light', 'dark'] as const)('the "Copied" label is readable in %s mode', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, site.origin + CHAPTER);
      const link = page.locator('h2#requirements a.hash-link');
      await link.click();
      await page.waitForSelector('h2#requirements a.hash-link[data-copied]');
      const label = await link.evaluate((element) => {
        const after = getComputedStyle(element, '::after');
        return { content: after.content, color: after.color, background: after.backgroundColor };
      });
      expect(label.content).toBe('"Copied"');
      expect(label.color).not.toMatch(/rgba\(.*, 0\)|transparent/);
      expect(label.background).not.toMatch(/rgba\(.*, 0\)|transparent/);
      expect(contrast(label.color, label.background)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await context.close();
    }
  });
});

async function openMetrics(page: Page): Promise<void> {
  await gotoHydrated(page, site.origin + METRICS);
  await page.waitForFunction(() => document.querySelectorAll('[data-calculator]').length === 6, undefined, { polling: 100, timeout: 15_000 });
}

/** Waits until the field is marked invalid and described by the calculator's message, and returns that message. */
async function expectFault(calc: Locator, field: Locator, message: RegExp): Promise<void> {
  await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 5_000 }).toBe('true');
  const outputId = await calc.locator('output').getAttribute('id');
  expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(outputId);
  expect(await calc.locator('output').textContent()).toMatch(message);
}

describe('calculators mark the field at fault', () => {
  it('for range errors: a negative count, a box corner before its opposite one, a baseline rate of 0', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await openMetrics(page);
      const scores = page.getByRole('group', { name: 'Calculator: precision, recall and F-scores', exact: true });
      const tp = scores.getByLabel('TP: actual positive, predicted positive', { exact: true });
      await tp.fill('-5');
      await expectFault(scores, tp, /TP must be a whole number/);
      expect(await scores.getByLabel('FP: actual negative, predicted positive', { exact: true }).getAttribute('aria-invalid')).toBeNull();
      await tp.fill('40');
      await expect.poll(() => tp.getAttribute('aria-invalid'), { timeout: 5_000 }).toBeNull();

      const iou = page.getByRole('group', { name: 'Calculator: intersection over union', exact: true });
      const x1 = await iou.getByLabel('A x1', { exact: true }).inputValue();
      const ax2 = iou.getByLabel('A x2', { exact: true });
      await ax2.fill(String(Number(x1) - 1));
      await expectFault(iou, ax2, /Box A: x2 .* must be greater than x1/);

      const sample = page.getByRole('group', { name: 'Calculator: sample size per arm', exact: true });
      const baseline = sample.getByLabel('Baseline rate p1', { exact: true });
      await baseline.fill('0');
      await expectFault(sample, baseline, /baseline rate must lie strictly between 0 and 1/);
    } finally {
      await context.close();
    }
  });

  it('on a phone: 16 px inputs, and the result stays in view while the last field is typed in', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 360 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await openMetrics(page);
      const sample = page.getByRole('group', { name: 'Calculator: sample size per arm', exact: true });
      const power = sample.getByLabel('Power', { exact: true });
      expect(await power.evaluate((input) => parseFloat(getComputedStyle(input).fontSize))).toBeGreaterThanOrEqual(16);
      await power.scrollIntoViewIfNeeded();
      await power.fill('0.9');
      const output = sample.locator('output');
      await expect.poll(() => output.textContent(), { timeout: 5_000 }).toMatch(/Sample size per arm = /);
      // The keyboard takes the lower part of the screen: what is left is about this tall, the field at its bottom edge.
      await power.evaluate((input) => window.scrollBy(0, input.getBoundingClientRect().bottom - window.innerHeight + 8));
      const [box, inputBox] = await Promise.all([output.boundingBox(), power.boundingBox()]);
      const viewportHeight = 360;
      expect(box, 'the result is on screen').not.toBeNull();
      expect(inputBox, 'the field is on screen').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewportHeight);
      // Not hidden under the field being typed in.
      expect(box!.y + box!.height <= inputBox!.y || box!.y >= inputBox!.y + inputBox!.height).toBe(true);
    } finally {
      await context.close();
    }
  });
});
