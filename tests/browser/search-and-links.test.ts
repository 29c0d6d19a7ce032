import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoHydrated, nextFrames } from './support/page';
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

const SEARCH_BOX = 'input[role="combobox"][type="search"]';

interface Suggestion {
  section: string;
  page: string;
  url: string;
  excerpt: string;
}

/** Types into the navbar search and returns each suggestion's section, page, target URL and excerpt. */
async function suggestions(query: string): Promise<Suggestion[]> {
  await page.fill(SEARCH_BOX, query);
  // Titles answer first; wait for the full-text results too ("done"), so the list is complete.
  await page.waitForFunction(
    (typed) =>
      document.querySelector<HTMLInputElement>(`input[role="combobox"]`)?.value === typed &&
      document.querySelector('[role="search"]')?.getAttribute('data-status') === 'done',
    query,
    { polling: 100, timeout: 20_000 },
  );
  return page.$$eval('[role="listbox"] [role="option"]', (options) =>
    options.map((option) => ({
      section: option.querySelector('[data-hit-section]')?.textContent ?? '',
      page: option.querySelector('[data-hit-page]')?.textContent ?? '',
      url: option.getAttribute('data-url') ?? '',
      excerpt: option.querySelector('[data-hit-excerpt]')?.innerHTML ?? '',
    })),
  );
}

/** Holds back the requests matching `pattern`, as a slow link would, until the returned function is called. */
async function holdBack(pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
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
    const index = found.findIndex((hit) => hit.section === `Figure: ${title}`);
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
    const index = found.findIndex((hit) => hit.section === `Figure: ${title}`);
    expect(index, `searching the title "${title}" should offer the figure; got ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
    await chooseSuggestion(index);
    await page.waitForURL((url) => url.hash === `#${id}`);
  });
});

describe('search forgives and understands', () => {
  it('finds a page through a one-letter typo in a long word', async () => {
    await freshPage();
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    const found = await suggestions('calibraton');
    expect(found.length, 'no suggestion for "calibraton"').toBeGreaterThan(0);
    expect(
      found.some((hit) => /<mark>calibration/i.test(hit.excerpt)),
      JSON.stringify(found.map((hit) => hit.excerpt)),
    ).toBe(true);
  });

  // Where each acronym is defined: the chapter named after it, the page with a section spelling it out, or the
  // glossary entry that lists it as an alias.
  const acronyms: Array<[string, string[]]> = [
    ['PYMK', ['/docs/case-studies/people-you-may-know']],
    ['NCE', ['/docs/reference/metrics']],
    ['ANN', ['/docs/reference/glossary']],
    ['PSI', ['/docs/operations/monitoring-and-drift', '/docs/reference/metrics']],
    ['CTR', ['/docs/reference/glossary', '/docs/reference/metrics']],
  ];
  it.each(acronyms)('finds a page that defines %s among its first three pages, with page and section shown', async (acronym, definingPages) => {
    await freshPage();
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    const found = await suggestions(acronym);
    const pages = [...new Set(found.map((hit) => new URL(hit.url, site.origin).pathname))].slice(0, 3);
    expect(
      pages.some((path) => definingPages.includes(path)),
      `"${acronym}" should offer one of ${definingPages.join(', ')}; got ${JSON.stringify(found)}`,
    ).toBe(true);
    for (const hit of found) {
      expect(hit.page, JSON.stringify(hit)).not.toBe('');
      expect(hit.section, JSON.stringify(hit)).not.toBe('');
    }
  });
});

describe('the search box by keyboard', () => {
  it('is reached with Tab, moves through suggestions with the arrows, opens one with Enter and closes with Escape', async () => {
    await freshPage();
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.$eval(SEARCH_BOX, (input) => input === document.activeElement);
    }
    expect(reached, 'Tab never reached the search box').toBe(true);
    await page.keyboard.type('calibration');
    await page.waitForFunction(
      () =>
        document.querySelector('[role="search"]')?.getAttribute('data-status') === 'done' &&
        document.querySelectorAll('[role="listbox"] [role="option"]').length > 1,
      undefined,
      { polling: 100, timeout: 20_000 },
    );
    const activeUrl = () =>
      page.$eval(SEARCH_BOX, (input) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.getAttribute('data-url') ?? null);
    const first = await activeUrl();
    await page.keyboard.press('ArrowDown');
    const second = await activeUrl();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(await page.$eval(`[data-url="${second}"]`, (option) => option.getAttribute('aria-selected'))).toBe('true');

    await page.keyboard.press('Escape');
    expect(await page.getAttribute(SEARCH_BOX, 'aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const chosen = await activeUrl();
    await page.keyboard.press('Enter');
    const target = new URL(chosen as string, site.origin);
    await page.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
  });

  it.each(['light', 'dark'] as const)('shows suggestions that pass axe in %s mode', async (colorScheme) => {
    await context?.close();
    context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    await page.waitForFunction((scheme) => document.documentElement.dataset.theme === scheme, colorScheme, { polling: 100 });
    const found = await suggestions('drift');
    expect(found.length).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).include('[role="search"]').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  });
});

describe('questions', () => {
  /** The first follow-up of the chapter: its id and question text. */
  async function firstQuestion(prefix: 'fu' | 'sc'): Promise<{ id: string; question: string }> {
    return page.$eval(`article details[id^="${prefix}-"]`, (details) => ({
      id: details.id,
      question: (details.querySelector('summary')?.textContent ?? '').replace(/\u200b/g, '').trim(),
    }));
  }
  const isOpen = (id: string) =>
    page.waitForFunction((questionId) => (document.getElementById(questionId) as HTMLDetailsElement | null)?.open === true, id, { polling: 100 });

  it('open when their link is followed on load and when the hash changes later', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const followUp = await firstQuestion('fu');
    const selfCheck = await firstQuestion('sc');
    expect(await page.$eval(`#${followUp.id}`, (details) => (details as HTMLDetailsElement).open)).toBe(false);

    await gotoHydrated(page, `${site.origin}${CHAPTER}#${followUp.id}`);
    await isOpen(followUp.id);
    await page.evaluate((id) => {
      window.location.hash = id;
    }, selfCheck.id);
    await isOpen(selfCheck.id);
  });

  it('carry a copy-link control that copies the question URL and, like any followed link, opens the question', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const { id } = await firstQuestion('sc');
    await page.click(`details#${id} + a.hash-link`);
    await page.waitForFunction(() => document.getElementById('site-announcer')?.textContent?.includes('copied'), undefined, { polling: 100 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${CHAPTER}#${id}`);
    await isOpen(id);
  });

  it('are search results that land on the question and open it', async () => {
    await freshPage();
    await gotoHydrated(page, site.origin + CHAPTER);
    const { id, question } = await firstQuestion('fu');
    const found = await suggestions(question);
    const index = found.findIndex((hit) => hit.url.endsWith(`#${id}`));
    expect(index, `searching "${question}" should offer #${id}; got ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
    expect(found[index]?.section).toBe(question);
    await chooseSuggestion(index);
    await page.waitForURL((url) => url.pathname === CHAPTER && url.hash === `#${id}`);
    await isOpen(id);
  });
});

describe('search on a short phone screen', () => {
  it('keeps every suggestion reachable: the list scrolls inside the screen and follows the arrow keys', async () => {
    await context?.close();
    context = await site.browser.newContext({ viewport: { width: 390, height: 640 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    await gotoHydrated(page, `${site.origin}/docs/start-here`);
    await page.focus(SEARCH_BOX);
    const found = await suggestions('calibration');
    expect(found.length, 'too few suggestions to need scrolling').toBeGreaterThan(4);
    const list = () =>
      page.$eval('[role="listbox"]', (element) => ({
        top: element.getBoundingClientRect().top,
        bottom: element.getBoundingClientRect().bottom,
        scrolls: element.scrollHeight > element.clientHeight,
      }));
    const { bottom, scrolls } = await list();
    expect(scrolls, 'the suggestions fit: this test needs a list taller than the screen').toBe(true);
    expect(bottom).toBeLessThanOrEqual(640);
    for (let index = 1; index < found.length; index += 1) await page.keyboard.press('ArrowDown');
    const last = await page.$eval('[role="option"]:last-child', (option) => ({
      selected: option.getAttribute('aria-selected'),
      top: option.getBoundingClientRect().top,
      bottom: option.getBoundingClientRect().bottom,
    }));
    const shown = await list();
    expect(last.selected).toBe('true');
    expect(last.top).toBeGreaterThanOrEqual(shown.top - 1);
    expect(last.bottom).toBeLessThanOrEqual(shown.bottom + 1);
  });
});

describe('search in two steps', () => {
  it('answers from titles while the full-text index is still on its way, then adds full-text results below them', async () => {
    await freshPage();
    // Hold Pagefind back, as a slow link would: only the titles file can answer.
    const release = await holdBack('**/pagefind/pagefind.js');
    await gotoHydrated(page, site.origin + CHAPTER);
    const { id, question } = await page.$eval('article details[id^="sc-"]', (details) => ({
      id: details.id,
      question: (details.querySelector('summary')?.textContent ?? '').replace(/\u200b/g, '').trim(),
    }));
    const urls = () => page.$$eval('[role="listbox"] [role="option"]', (options) => options.map((option) => option.getAttribute('data-url') ?? ''));
    await page.fill(SEARCH_BOX, question);
    await page.waitForFunction((target) => document.querySelector(`[role="option"][data-url$="#${target}"]`) !== null, id, { polling: 100, timeout: 20_000 });
    expect(await page.getAttribute('[role="search"]', 'data-status'), 'titles should answer before the full text').toBe('searching');
    const fromTitles = await urls();

    release();
    await page.waitForSelector('[role="search"][data-status="done"]', { state: 'attached', timeout: 20_000 });
    const complete = await urls();
    expect(complete.slice(0, fromTitles.length), 'full-text results join below the titles, never reorder them').toEqual(fromTitles);
    expect(complete.length).toBeGreaterThan(fromTitles.length);
  });
});

describe('keyboard focus around the search box', () => {
  it('stays where the reader tabbed to when the search index arrives late', async () => {
    await freshPage();
    // Hold the index back until the reader has tabbed past the search box, as a slow connection would.
    const release = await holdBack('**/pagefind/**');
    await gotoHydrated(page, site.origin + CHAPTER);
    const onSearch = () => page.$eval(SEARCH_BOX, (input) => input === document.activeElement);
    let presses = 0;
    while (!(await onSearch()) && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await onSearch(), 'Tab never reached the search box').toBe(true);
    await page.keyboard.press('Tab');
    const movedTo = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    expect(await onSearch()).toBe(false);
    release();
    // Focus on the box starts loading the search code; once it has all arrived, focus must still be where the reader put it.
    await page.waitForLoadState('networkidle');
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
    await page.evaluate(() => document.fonts.ready);
    await nextFrames(page);
    expect(await figureHeights(), 'figure heights before and after hydration').toEqual(before);
    expect(await isInViewport('h2#operations'), '#operations still in view').toBe(true);
    expect(await page.$eval('h2#operations', (heading) => heading.classList.contains('landing-target'))).toBe(true);
  });
});
