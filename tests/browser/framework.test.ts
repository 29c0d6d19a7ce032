import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTimer, serializeTimer, start, TIMER_STORAGE_KEY } from '@site/src/lib/interviewTimer';
import { gotoHydrated, watchErrors } from './support/page';
import { useBuiltSite } from './support/site';

const CHEAT_SHEET = '/docs/framework/cheat-sheet';
// The overview page holds the timer in its practice section.
const OVERVIEW = '/docs/framework';

const TIMER = 'section[data-timer-status]';
const TOGGLE = '[data-timer-control="toggle"]';
const NEXT = '[data-timer-control="next"]';
const RESET = '[data-timer-control="reset"]';
const STEP = '[data-timer-step]';
// The site's one polite announcer (src/theme/Root.tsx); the timer speaks through it.
const ANNOUNCER = '#site-announcer';
const OVERALL_CLOCK = '[data-timer-clock="overall"]';

const site = useBuiltSite();
let context: BrowserContext;

afterEach(async () => {
  await context?.close();
});

async function freshPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
  return context.newPage();
}

/** Number of page objects in a PDF: each page is a `/Type /Page` dictionary; the page tree is `/Type /Pages`. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('the printed cheat sheet', () => {
  it.each(['light', 'dark'] as const)('fits on at most two A4 pages, black on white, diagrams and formulas intact, timer hidden (%s mode)', async (scheme) => {
    const page = await freshPage(scheme);
    const errors = watchErrors(page);
    await gotoHydrated(page, site.origin + CHEAT_SHEET);
    await page.emulateMedia({ media: 'print' });

    const printed = await page.evaluate((timerSelector) => {
      const article = document.querySelector('article') as HTMLElement;
      const figures = [...article.querySelectorAll('figure.diagram-figure')];
      return {
        figures: figures.length,
        drawn: figures.filter((figure) => [...figure.querySelectorAll('svg:not([aria-roledescription="error"])')].some((svg) => svg.checkVisibility())).length,
        formulas: article.querySelectorAll('.katex').length,
        katexErrors: article.querySelectorAll('.katex-error').length,
        timerDisplay: getComputedStyle(document.querySelector(timerSelector) as Element).display,
        textColor: getComputedStyle(article.querySelector('p') as Element).color,
        tableTextColor: getComputedStyle(article.querySelector('table td') as Element).color,
      };
    }, TIMER);
    expect(printed.figures, 'the cheat sheet has its whiteboard figure').toBeGreaterThanOrEqual(1);
    expect(printed.drawn).toBe(printed.figures);
    expect(printed.formulas, 'metric formulas are on the sheet').toBeGreaterThanOrEqual(4);
    expect(printed.katexErrors).toBe(0);
    expect(printed.timerDisplay).toBe('none');
    expect(printed.textColor).toBe('rgb(0, 0, 0)');
    expect(printed.tableTextColor).toBe('rgb(0, 0, 0)');

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages, 'the cheat sheet prints on at most two A4 pages').toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});

describe('the mock-interview timer', () => {
  /** Waits for the stored run to be read back (it is read after hydration), then for the given status and step. */
  const expectState = async (page: Page, expected: string, step?: string) => {
    await page.waitForSelector(`${TIMER}[data-timer-restored="true"][data-timer-status="${expected}"]`, { timeout: 5000 });
    if (step) await page.waitForSelector(`${STEP}[data-timer-step="${step}"]`, { timeout: 5000 });
  };
  async function storeAndReload(page: Page, value: string): Promise<void> {
    await page.evaluate(([key, stored]) => window.localStorage.setItem(key as string, stored as string), [TIMER_STORAGE_KEY, value]);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  }

  const announced = (page: Page, text: string) =>
    page.waitForFunction(([selector, expected]) => document.querySelector(selector as string)?.textContent?.includes(expected as string), [ANNOUNCER, text]);

  it('starts on step 1, skips to step 2, pauses and resumes by keyboard, and keeps its state across a reload', async () => {
    const page = await freshPage();
    // A controllable clock: time flows as usual, and the test can jump it forward instead of sleeping.
    await page.clock.install();
    const errors = watchErrors(page);
    await gotoHydrated(page, site.origin + OVERVIEW);
    await expectState(page, 'idle');

    await page.click(TOGGLE);
    await expectState(page, 'running', 'clarify-requirements');
    expect(await page.textContent(STEP)).toContain('Step 1 of 7: Clarify requirements');
    await announced(page, 'Step 1 of 7: Clarify requirements');
    // The checklist shown is the step's checklist from the data module.
    expect(await page.$$eval(`${TIMER} ul li`, (items) => items.length)).toBeGreaterThanOrEqual(5);

    await page.click(NEXT);
    await expectState(page, 'running', 'frame-the-problem');
    expect(await page.textContent(STEP)).toContain('Step 2 of 7: Frame the problem as an ML task');
    await announced(page, 'Step 2 of 7');

    // From Next step, Shift+Tab reaches the pause control; Space pauses, Enter resumes, and focus stays put.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), TOGGLE)).toBe(true);
    expect(await page.$eval(TOGGLE, (button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await expectState(page, 'paused');
    expect(await page.textContent(TOGGLE)).toBe('Resume');
    await announced(page, 'Timer paused');
    const frozen = await page.textContent(OVERALL_CLOCK);
    await page.clock.runFor(5_000);
    expect(await page.textContent(OVERALL_CLOCK), 'a paused clock does not move').toBe(frozen);

    await page.keyboard.press('Enter');
    await expectState(page, 'running');
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), TOGGLE)).toBe(true);
    await announced(page, 'Timer resumed');
    await page.waitForFunction(([selector, before]) => document.querySelector(selector as string)?.textContent !== before, [OVERALL_CLOCK, frozen], {
      timeout: 3000,
    });

    // Reload while running: same step, still running.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expectState(page, 'running', 'frame-the-problem');

    // Reload while paused: same step, paused, and the clocks read exactly as before.
    await page.click(TOGGLE);
    await expectState(page, 'paused');
    const pausedClock = await page.textContent(OVERALL_CLOCK);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expectState(page, 'paused', 'frame-the-problem');
    expect(await page.textContent(OVERALL_CLOCK)).toBe(pausedClock);

    // The same run shows on the cheat sheet.
    await gotoHydrated(page, site.origin + CHEAT_SHEET);
    await expectState(page, 'paused', 'frame-the-problem');
    expect(errors).toEqual([]);
  });

  it('says so when reset, and says nothing for a Next step or Reset that changes nothing (before the start)', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await gotoHydrated(page, site.origin + OVERVIEW);
    await page.click(TOGGLE);
    await expectState(page, 'running', 'clarify-requirements');
    await page.click(RESET);
    await expectState(page, 'idle', 'clarify-requirements');
    await announced(page, 'Timer reset to the start of the 45-minute plan');
    // Everything the announcer says from now on is recorded: the first thing must be the start that follows the
    // two controls (each announcement lands 50 ms after its control, in order).
    await page.$eval(ANNOUNCER, (region) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        if (region.textContent) said.push(region.textContent);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    // Both are aria-disabled now, still focusable and pressable, as a keyboard or screen-reader user would.
    for (const control of [NEXT, RESET]) {
      await page.focus(control);
      await page.keyboard.press('Enter');
    }
    await expectState(page, 'idle', 'clarify-requirements');
    await page.click(TOGGLE);
    await announced(page, 'Timer started');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Timer started\. Step 1 of 7: Clarify requirements, /);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('warns visibly and to screen readers when a step overruns, and stays axe-clean (%s mode)', async (scheme) => {
    const page = await freshPage(scheme);
    await gotoHydrated(page, site.origin + OVERVIEW);
    // A run that started 6 minutes ago is 61 s past the 5-minute first step of the 45-minute plan.
    await storeAndReload(page, serializeTimer(start(createTimer(45), Date.now() - 361_000)));

    await page.waitForSelector('[data-timer-warning]');
    expect(await page.textContent('[data-timer-warning]')).toContain('Over time');
    expect(await page.textContent('[data-timer-clock="step"]')).toMatch(/^\+1:0\d$/);
    await announced(page, 'Over time on step 1, Clarify requirements');

    const axe = await new AxeBuilder({ page }).include(TIMER).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    expect(serious).toEqual([]);

    // Bad stored data never breaks the page: it gives a fresh timer.
    await storeAndReload(page, '{"version":1,"plan":50}');
    await expectState(page, 'idle', 'clarify-requirements');
    await storeAndReload(page, 'not json');
    await expectState(page, 'idle', 'clarify-requirements');
  });
});
