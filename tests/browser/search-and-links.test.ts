import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated } from './support/page';
import { useBuiltSite } from './support/site';

// A long chapter with many figures above its operations section.
const CHAPTER = '/docs/case-studies/video-recommendation';

const site = useBuiltSite();
let context: BrowserContext;
let page: Page;

async function freshPage(): Promise<Page> {
  await context?.close();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  page = await context.newPage();
  // Keyboard focus and the clipboard need the page to be the focused one; a loaded machine has been seen to leave it unfocused.
  await page.bringToFront();
  return page;
}

/** Types into the navbar search and returns each suggestion's title and path. */
async function suggestions(query: string): Promise<Array<{ title: string; path: string }>> {
  await page.fill('input.navbar__search-input', query);
  await page.waitForSelector('[role="listbox"] [role="option"]', { timeout: 10_000 });
  return page.$$eval('[role="listbox"] [role="option"]', (options) =>
    options.map((option) => ({
      title: option.querySelector('[class*="hitTitle"]')?.textContent ?? '',
      path: option.querySelector('[class*="hitPath"]')?.textContent ?? '',
    })),
  );
}

async function chooseSuggestion(index: number): Promise<void> {
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

async function isInViewport(selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight * 0.6;
  });
}

describe('search reaches figures', () => {
  it('finds a word that appears only inside a diagram and lands on that figure', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    // A label word of some figure that the chapter's prose never uses.
    const target = await page.evaluate(() => {
      // The copy-link control holds a zero-width space; search indexes the title without it.
      const figureTitle = (figure: Element) => (figure.querySelector('h3')?.textContent ?? '').replace(/^Figure: /, '').replace(/\u200b/g, '');
      const article = document.querySelector('article');
      if (!article) return null;
      const clone = article.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('figure').forEach((figure) => figure.remove());
      const prose = clone.textContent?.toLowerCase() ?? '';
      // The longest such word: short label words also occur on many other pages and crowd the figure out of the suggestions.
      const candidates: Array<{ word: string; id: string; title: string }> = [];
      for (const figure of article.querySelectorAll('figure')) {
        for (const word of figure.querySelector('details ul')?.textContent?.match(/[A-Za-z]{5,}/g) ?? []) {
          if (!prose.includes(word.toLowerCase())) candidates.push({ word, id: figure.id, title: figureTitle(figure) });
        }
      }
      return candidates.sort((a, b) => b.word.length - a.word.length)[0] ?? null;
    });
    expect(target, `no figure on ${CHAPTER} has a label word absent from its prose`).not.toBeNull();
    const { word, id, title } = target as { word: string; id: string; title: string };

    const found = await suggestions(word);
    const index = found.findIndex((hit) => hit.path.endsWith(`Figure: ${title}`));
    expect(index, `searching "${word}" should offer figure "${title}"; got ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
    await chooseSuggestion(index);
    await page.waitForURL((url) => url.pathname === CHAPTER && url.hash === `#${id}`);
    await page.waitForFunction((figureId) => {
      const box = document.getElementById(figureId)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight * 0.6;
    }, id);
  });

  it('finds a figure by its title', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const { id, title } = await page.$eval('article figure:last-of-type', (figure) => ({
      id: figure.id,
      title: (figure.querySelector('h3')?.textContent ?? '').replace(/^Figure: /, '').replace(/\u200b/g, ''),
    }));
    const found = await suggestions(title);
    // A title hit shows the figure title itself (truncated with an ellipsis) or names it in the path.
    const index = found.findIndex((hit) => `${hit.title} ${hit.path}`.includes(`Figure: ${title.slice(0, 30)}`));
    expect(index, `searching the title "${title}" should offer the figure; got ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
    await chooseSuggestion(index);
    await page.waitForURL((url) => url.hash === `#${id}`);
  });
});

describe('keyboard focus around the search box', () => {
  it('stays where the reader tabbed to when the search index arrives late', async () => {
    await freshPage();
    // Hold the index back until the reader has tabbed past the search box, as a slow connection would.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search-index*.json', async (route) => {
      await held;
      await route.continue();
    });
    await gotoHydrated(page, site.origin + CHAPTER);
    const onSearch = () => page.evaluate(() => document.activeElement?.matches('input.navbar__search-input') ?? false);
    let presses = 0;
    while (!(await onSearch()) && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await onSearch(), 'Tab never reached the search box').toBe(true);
    await page.keyboard.press('Tab');
    const movedTo = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    expect(movedTo).not.toContain('navbar__search-input');
    release();
    // The search library marks its input once the index is loaded and it has attached, in the same task as its re-focus.
    await page.waitForSelector('input.navbar__search-input[spellcheck="false"]', { state: 'attached', timeout: 30_000 });
    const focusedNow = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    expect(focusedNow, 'focus was pulled back to the search box').toBe(movedTo);
    // The reader's own shortcut still takes focus to the search box.
    await page.keyboard.press('Control+K');
    expect(await onSearch(), 'Ctrl+K should focus the search box').toBe(true);
  });
});

describe('copy-link controls', () => {
  it('are reached by keyboard and copy the absolute URL of the section, announced to screen readers', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const selector = 'h2#requirements a.hash-link';
    let reached = false;
    for (let presses = 0; presses < 400 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.$eval(selector, (link) => link === document.activeElement);
    }
    expect(reached, 'Tab never reached the copy-link control of #requirements').toBe(true);
    // A focused control is fully visible. Reduced motion drops the fade, so the check needs no animation
    // frames (a page starved of frames on a loaded machine never finishes a transition); polled on a timer for the same reason.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction((css) => getComputedStyle(document.querySelector(css) as Element).opacity === '1', selector, { polling: 100, timeout: 10_000 });

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('site-announcer')?.textContent?.includes('copied'), undefined, { polling: 100 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.origin}${CHAPTER}#requirements`);
  });

  it('exist on every figure and copy the figure URL', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const id = await page.$eval('article figure', (figure) => figure.id);
    await page.click(`figure#${id} h3 a.hash-link`);
    await page.waitForFunction(() => document.getElementById('site-announcer')?.textContent?.includes('copied'), undefined, { polling: 100 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${CHAPTER}#${id}`);
  });
});

describe('deep links', () => {
  it('land on a section below several diagrams at once, and no diagram changes size while the page hydrates', async () => {
    await freshPage();
    await page.goto(`${site.origin}${CHAPTER}#operations`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    const figureHeights = () => page.$$eval('article figure', (figures) => figures.map((figure) => Math.round(figure.getBoundingClientRect().height)));
    const figuresAbove = await page.$$eval(
      'article figure',
      (figures) =>
        figures.filter((figure) => figure.compareDocumentPosition(document.getElementById('operations') as Node) & Node.DOCUMENT_POSITION_FOLLOWING).length,
    );
    expect(figuresAbove, 'the test needs diagrams above the target').toBeGreaterThanOrEqual(3);
    // The static HTML holds every drawing at its final size, so the browser's own jump lands before any script runs.
    expect(await isInViewport('h2#operations'), '#operations in view before any script ran').toBe(true);
    const before = await figureHeights();

    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    expect(await figureHeights(), 'figure heights before and after hydration').toEqual(before);
    expect(await isInViewport('h2#operations'), '#operations still in view').toBe(true);
    expect(await page.$eval('h2#operations', (heading) => heading.classList.contains('landing-target'))).toBe(true);
  });
});
