import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { gotoHydrated, watchErrors } from './support/page';
import { BUILD_DIR } from '@site/scripts/support/staticSite';
import { useBuiltSite } from './support/site';

const PAGE = '/docs/reference/metrics';
const CALCULATORS = [
  'Calculator: precision, recall and F-scores',
  'Calculator: ROC-AUC, PR-AUC and log loss',
  'Calculator: ranking metrics for one list',
  'Calculator: intersection over union',
  'Calculator: sample size per arm',
  'Calculator: population stability index',
];
/** Strings only the calculators' code holds: a field label and a message of the metric maths. */
const CALCULATOR_ONLY = ['Relevances in rank order', 'so the ideal DCG is 0'];

const site = useBuiltSite();
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
});

async function openMetrics(options: { colorScheme?: 'light' | 'dark'; hash?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  await context?.close();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await gotoHydrated(page, `${site.origin}${PAGE}${options.hash ?? ''}`);
  await page.waitForFunction((count) => document.querySelectorAll('[data-calculator]').length === count, CALCULATORS.length, { timeout: 15_000 });
  return { page, errors };
}

function calculator(page: Page, title: string): Locator {
  return page.getByRole('group', { name: title, exact: true });
}

/** Waits until the calculator's spoken headline matches, and returns it (results settle after a short pause in typing). */
async function headline(calc: Locator, expected: RegExp): Promise<string> {
  const output = calc.locator('output');
  await expect.poll(async () => (await output.textContent()) ?? '', { timeout: 5_000 }).toMatch(expected);
  return (await output.textContent()) ?? '';
}

async function fill(calc: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await calc.getByLabel(label, { exact: true }).fill(value);
}

function read(headlineText: string, label: string): number {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped} = ([-\\d.,e]+)`).exec(headlineText);
  if (!match?.[1]) throw new Error(`"${label}" not in "${headlineText}"`);
  return Number(match[1].replace(/,/g, ''));
}

describe('calculators load only where they are used', () => {
  it('are in the server HTML of the metrics page, which imports them', async () => {
    const html = await (await fetch(`${site.origin}${PAGE}`)).text();
    expect(html.match(/data-calculator=/g)?.length).toBe(CALCULATORS.length);
  });

  it('keep their code out of the main bundle, in the metrics page chunks', () => {
    const jsDir = path.join(BUILD_DIR, 'assets/js');
    const files = fs.readdirSync(jsDir).filter((name) => name.endsWith('.js'));
    const main = files.filter((name) => name.startsWith('main.') || name.startsWith('runtime'));
    expect(main.length).toBeGreaterThan(0);
    for (const name of main) {
      const code = fs.readFileSync(path.join(jsDir, name), 'utf8');
      for (const marker of CALCULATOR_ONLY) expect(code.includes(marker), `${name} holds calculator code ("${marker}")`).toBe(false);
    }
    for (const marker of CALCULATOR_ONLY) {
      const holders = files.filter((name) => fs.readFileSync(path.join(jsDir, name), 'utf8').includes(marker));
      expect(holders.length, `no chunk holds "${marker}": the marker is stale`).toBeGreaterThan(0);
    }
  });

  it('are not fetched by a page without calculators', async () => {
    await context?.close();
    context = await site.browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    // Scripts the page runs; links in view prefetch other routes' chunks at idle priority, which is not running them.
    page.on('response', (response) => {
      if (response.url().endsWith('.js') && response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => CALCULATOR_ONLY.some((marker) => body.includes(marker)))).toEqual([]);
  });
});

describe('each calculator computes what we computed by hand', () => {
  it('starts from the worked examples of the page', async () => {
    const { page, errors } = await openMetrics();
    // precision 40/50, recall 40/60, F1 80/110, F2 200/290
    const cm = await headline(calculator(page, CALCULATORS[0] as string), /Precision = 0\.8; Recall = 0\.6667; F1 = 0\.7273; F-beta \(beta = 2\) = 0\.6897/);
    expect(cm).not.toContain('Check the input');
    // AUC 7.5/9, AP 0.8667, log loss 3.3163/6, NCE 0.5527/ln 2
    await headline(
      calculator(page, CALCULATORS[1] as string),
      /ROC-AUC = 0\.8333; PR-AUC \(average precision\) = 0\.8667; Log loss \(nats\) = 0\.5527; Normalized cross-entropy = 0\.7974/,
    );
    // P@4 2/4, R@4 2/3, RR 1/2, AP 1.6/3, nDCG@4 0.4879 and 0.5161
    const ranking = await headline(calculator(page, CALCULATORS[2] as string), /Precision@4 = 0\.5; Recall@4 = 0\.6667/);
    expect(read(ranking, 'Average precision')).toBe(0.5333);
    expect(read(ranking, 'nDCG@4, linear gain')).toBe(0.4879);
    expect(read(ranking, 'nDCG@4, exponential gain')).toBe(0.5161);
    await headline(calculator(page, CALCULATORS[3] as string), /^IoU = 0\.2$/);
    await headline(calculator(page, CALCULATORS[4] as string), /^Sample size per arm = 3,839 \(7,678 in total\)$/);
    await headline(calculator(page, CALCULATORS[5] as string), /^PSI = 0\.2282; KL divergence, current from baseline \(nats\) = 0\.1064$/);
    expect(errors).toEqual([]);
  });

  it('precision, recall and F-scores from new counts, and a clear message for bad ones', async () => {
    const { page } = await openMetrics();
    const calc = calculator(page, CALCULATORS[0] as string);
    await fill(calc, {
      'TP: actual positive, predicted positive': '30',
      'FP: actual negative, predicted positive': '20',
      'FN: actual positive, predicted negative': '10',
      'TN: actual negative, predicted negative': '940',
    });
    // precision 30/50 = 0.6; recall 30/40 = 0.75; F1 60/90 = 0.6667; F2 = 150/(150 + 40 + 20) = 0.7143
    await headline(calc, /^Precision = 0\.6; Recall = 0\.75; F1 = 0\.6667; F-beta \(beta = 2\) = 0\.7143$/);
    // the steps show the arithmetic, not only the answer
    expect(await calc.getByRole('list').first().textContent()).toContain('30 / (30 + 20) = 30 / 50 = 0.6');

    await fill(calc, { 'TP: actual positive, predicted positive': '-3' });
    await headline(calc, /^Check the input: TP must be a whole number of zero or more \(got -3\)\.$/);
    await fill(calc, { 'TP: actual positive, predicted positive': 'abc' });
    await headline(calc, /^Check the input: TP: "abc" is not a number\.$/);
    expect(await calc.getByLabel('TP: actual positive, predicted positive', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  it('ranking metrics from a typed list, and a message for a list with nothing relevant', async () => {
    const { page } = await openMetrics();
    const calc = calculator(page, CALCULATORS[2] as string);
    await fill(calc, { 'Relevances in rank order': '3, 2, 0, 0, 1', 'Cutoff k': '3' });
    // P@3 = 2/3; R@3 = 2/3 (R = 3); RR = 1; AP = (1/1 + 2/2 + 3/5)/3 = 0.8667
    // DCG@3 linear = 3 + 2/1.585 = 4.2619; IDCG@3 of (3, 2, 1) = 4.7619; nDCG 0.895
    // exponential: DCG@3 = 7 + 3/1.585 = 8.8928; IDCG@3 = 9.3928; nDCG 0.9468
    const text = await headline(calc, /Precision@3 = 0\.6667/);
    expect(read(text, 'Recall@3')).toBe(0.6667);
    expect(read(text, 'Reciprocal rank (MRR of this one query)')).toBe(1);
    expect(read(text, 'Average precision')).toBe(0.8667);
    expect(read(text, 'DCG@3, linear gain')).toBe(4.2619);
    expect(read(text, 'nDCG@3, linear gain')).toBe(0.895);
    expect(read(text, 'DCG@3, exponential gain')).toBe(8.8928);
    expect(read(text, 'nDCG@3, exponential gain')).toBe(0.9468);

    await fill(calc, { 'Relevances in rank order': '0, 0, 0' });
    await headline(calc, /nDCG@3, linear gain: undefined/);
    expect(await calc.textContent()).toContain('nDCG is undefined: every relevance is 0, so the ideal DCG is 0.');
    await fill(calc, { 'Relevances in rank order': '1, x' });
    await headline(calc, /^Check the input: the relevances: "x" \(item 2\) is not a number\.$/);
  });

  it('ROC-AUC and log loss from scores and labels, and a message for a label that is not 0 or 1', async () => {
    const { page } = await openMetrics();
    const calc = calculator(page, CALCULATORS[1] as string);
    await fill(calc, { 'Predicted probabilities': '0.8, 0.4, 0.6, 0.2', 'Labels (0 or 1)': '1, 1, 0, 0' });
    // positives 0.8, 0.4; negatives 0.6, 0.2: pairs won 0.8>0.6, 0.8>0.2, 0.4>0.2, lost 0.4<0.6: AUC 3/4
    // log loss = (-ln 0.8 - ln 0.4 - ln 0.4 - ln 0.8)/4 = (0.2231 + 0.9163 + 0.9163 + 0.2231)/4 = 0.5697
    const text = await headline(calc, /ROC-AUC = 0\.75;/);
    expect(read(text, 'Log loss (nats)')).toBe(0.5697);

    await fill(calc, { 'Labels (0 or 1)': '1, 2, 0, 0' });
    await headline(calc, /^Check the input: The label list has 2 at position 2; labels must be 0 or 1\.$/);
    await fill(calc, { 'Labels (0 or 1)': '1, 0' });
    await headline(calc, /^Check the input: .*differ in length \(4 and 2 values\)/);
  });

  it('IoU of two typed boxes, and a message for an inverted box', async () => {
    const { page } = await openMetrics();
    const calc = calculator(page, CALCULATORS[3] as string);
    await fill(calc, { 'A x1': '0', 'A y1': '0', 'A x2': '10', 'A y2': '10', 'B x1': '5', 'B y1': '5', 'B x2': '15', 'B y2': '15' });
    // overlap 5 × 5 = 25; union 100 + 100 - 25 = 175; 25/175 = 0.1429
    await headline(calc, /^IoU = 0\.1429$/);
    await fill(calc, { 'A x2': '-1' });
    await headline(calc, /^Check the input: Box A: x2 \(-1\) must be greater than x1 \(0\)\.$/);
  });

  it('PSI of two typed histograms, and a message when the bins do not match', async () => {
    const { page } = await openMetrics();
    const calc = calculator(page, CALCULATORS[5] as string);
    await fill(calc, { 'Baseline histogram (training window)': '50, 50', 'Current histogram (serving window)': '30, 70' });
    // (0.3 - 0.5) ln(0.3/0.5) + (0.7 - 0.5) ln(0.7/0.5) = 0.2 × 0.5108 + 0.2 × 0.3365 = 0.1695
    const text = await headline(calc, /^PSI = 0\.1695;/);
    expect(text).not.toContain('Check the input');
    expect(await calc.textContent()).toContain('0.1 to 0.25: moderate shift, investigate (rule of thumb)');
    await fill(calc, { 'Current histogram (serving window)': '1, 2, 3' });
    await headline(calc, /^Check the input: .*differ in length \(2 and 3 values\)/);
  });
});

describe('keyboard only', () => {
  it('operates the sample-size calculator without a mouse', async () => {
    const { page } = await openMetrics({ hash: '#sample-size' });
    const calc = calculator(page, CALCULATORS[4] as string);
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    // From the section the link landed on, Tab forward until the first field has focus.
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = (await focusedLabel()) === 'Baseline rate p1';
    }
    expect(reached, 'Tab never reached the baseline field').toBe(true);
    // A focused field shows a visible focus ring.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.05');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Minimum detectable effect');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.1');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Effect is');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('relative');
    // p1 = 0.05, p2 = 0.05 × 1.1 = 0.055, delta = 0.005
    // n = (1.959964 + 0.841621)² × (0.05 × 0.95 + 0.055 × 0.945) / 0.005² = 7.848880 × 0.099475 / 0.000025 = 31,230.7 → 31,231
    await headline(calc, /^Sample size per arm = 31,231 \(62,462 in total\)$/);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Power');
    // ArrowUp steps the power by 0.05: 0.8 → 0.9; z = 1.281552, (1.959964 + 1.281552)² × 3979 = 41,809.04 → 41,810
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await headline(calc, /^Sample size per arm = 41,810 \(83,620 in total\)$/);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel()).toBe('Baseline rate p1');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.5');
    await headline(calc, /^Check the input: The baseline rate must lie strictly between 0 and 1 \(got 1\.5\)\.$/);
    // The message is spoken politely, not by stealing focus.
    expect(await calc.locator('output').getAttribute('aria-live')).toBe('polite');
    expect(await focusedLabel()).toBe('Baseline rate p1');
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('the calculators pass axe in %s mode, with results and with a message showing', async (colorScheme) => {
    const { page, errors } = await openMetrics({ colorScheme });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await fill(calculator(page, CALCULATORS[0] as string), { 'TP: actual positive, predicted positive': 'abc' });
    await headline(calculator(page, CALCULATORS[0] as string), /Check the input/);
    const axe = await new AxeBuilder({ page }).include('[data-calculator]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = axe.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `axe ${violation.impact} ${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    expect([...errors, ...violations]).toEqual([]);
  });
});
