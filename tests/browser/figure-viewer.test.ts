import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { gotoHydrated, seriousViolations, watchErrors, WCAG_21_AA } from './support/page';
import { useBuiltSite } from './support/site';

const CHAPTER = '/docs/case-studies/ad-click-prediction';
const site = useBuiltSite();
let context: BrowserContext;

afterEach(async () => {
  await context?.close();
});

async function chapter(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
  const page = await context.newPage();
  await gotoHydrated(page, site.origin + CHAPTER);
  return page;
}

const viewer = (page: Page) => page.getByRole('dialog');
const zoom = async (page: Page) => Number(await page.locator('[data-viewer-zoom]').getAttribute('data-viewer-zoom'));
const pan = (page: Page) => page.locator('[data-viewer-stage]').getAttribute('data-viewer-pan');
const isFocusInside = (page: Page) => page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);

/** Waits for an attribute of the viewer to differ from what it was. */
async function changed(page: Page, selector: string, attribute: string, before: string | null): Promise<void> {
  await page.waitForFunction(([css, name, old]) => document.querySelector(css as string)?.getAttribute(name as string) !== old, [selector, attribute, before]);
}

describe('the full-screen figure viewer', () => {
  it('is in no page until a reader asks for it: its code loads on demand', async () => {
    context = await site.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
    });
    await gotoHydrated(page, site.origin + CHAPTER);
    await page.waitForLoadState('networkidle');
    expect(
      scripts.some((body) => body.includes('panzoomchange')),
      'zoom library loaded before use',
    ).toBe(false);
    await page.locator('[data-figure-viewer-open]').first().click();
    await viewer(page).waitFor();
    // A response's body is read after the event fires: the viewer can be open before the body is in the list.
    await expect
      .poll(() => scripts.some((body) => body.includes('panzoomchange')), { message: 'zoom library loaded on use', timeout: 5_000, interval: 100 })
      .toBe(true);
  });

  it('opens from the pointer with the diagram alone, its title, caption and text description', async () => {
    const page = await chapter();
    const errors = watchErrors(page);
    const figure = page.locator('figure.diagram-figure').first();
    const title = (await figure.locator('h3').textContent())?.replace(/^Figure: /, '').replace(/\u200b/g, '') ?? '';
    const caption = await figure.locator('figcaption').textContent();
    await figure.getByRole('button', { name: /full screen/i }).click();

    const dialog = viewer(page);
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByRole('dialog', { name: `Figure: ${title}` }).count()).toBe(1);
    expect(await dialog.textContent()).toContain(caption ?? '');
    expect(await dialog.locator('details ul li').count()).toBeGreaterThan(0);
    const svg = dialog.locator('[data-diagram-mode="light"] svg');
    expect(await svg.isVisible()).toBe(true);
    // Fitted to the screen: the drawing fills the stage in at least one direction.
    const [shown, stage] = await Promise.all([svg.boundingBox(), dialog.locator('[data-viewer-stage]').boundingBox()]);
    expect(Math.max((shown?.width ?? 0) / (stage?.width ?? 1), (shown?.height ?? 0) / (stage?.height ?? 1))).toBeGreaterThan(0.95);
    expect(await isFocusInside(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens from the keyboard, zooms and pans by keys, keeps focus inside, and closes on Escape returning focus', async () => {
    const page = await chapter();
    const opener = page.locator('[data-figure-viewer-open]').nth(1);
    await opener.focus();
    await page.keyboard.press('Enter');
    await viewer(page).waitFor();
    expect(await zoom(page)).toBe(1);

    await page.keyboard.press('+');
    await page.waitForFunction(() => Number(document.querySelector('[data-viewer-zoom]')?.getAttribute('data-viewer-zoom')) > 1);
    const zoomedIn = await zoom(page);
    await page.keyboard.press('-');
    await page.waitForFunction((before) => Number(document.querySelector('[data-viewer-zoom]')?.getAttribute('data-viewer-zoom')) < before, zoomedIn);

    await page.keyboard.press('+');
    let before = await pan(page);
    await page.keyboard.press('ArrowRight');
    await changed(page, '[data-viewer-stage]', 'data-viewer-pan', before);
    before = await pan(page);
    await page.keyboard.press('ArrowDown');
    await changed(page, '[data-viewer-stage]', 'data-viewer-pan', before);

    await page.keyboard.press('0');
    await page.waitForFunction(() => document.querySelector('[data-viewer-zoom]')?.getAttribute('data-viewer-zoom') === '1.00');
    expect(await pan(page)).toBe('0.0,0.0');

    // Tab and Shift+Tab cycle through the viewer's own controls only.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let presses = 0; presses < 10; presses += 1) {
        await page.keyboard.press(key);
        expect(await isFocusInside(page), `focus left the viewer after ${presses + 1} presses of ${key}`).toBe(true);
      }
    }

    await page.keyboard.press('Escape');
    await viewer(page).waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement), 'focus back on the control that opened it').toBe(true);
  });

  it('zooms with the mouse wheel and pans by dragging', async () => {
    const page = await chapter();
    await page.locator('[data-figure-viewer-open]').first().click();
    const stage = page.locator('[data-viewer-stage]');
    await stage.waitFor();
    const box = await stage.boundingBox();
    if (!box) throw new Error('the viewer has no stage');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => Number(document.querySelector('[data-viewer-zoom]')?.getAttribute('data-viewer-zoom')) > 1);

    const before = await pan(page);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 60, { steps: 5 });
    await page.mouse.up();
    await changed(page, '[data-viewer-stage]', 'data-viewer-pan', before);

    await page.getByRole('button', { name: 'Close' }).click();
    await viewer(page).waitFor({ state: 'detached' });
  });

  it.each(['light', 'dark'] as const)('passes axe in %s mode', async (scheme) => {
    const page = await chapter(scheme);
    await page.locator('[data-figure-viewer-open]').first().click();
    await viewer(page).waitFor();
    const serious = await seriousViolations(page, (axe) => axe.include('dialog').withTags(WCAG_21_AA));
    expect(serious).toEqual([]);
  });
});
