import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadChapterCards } from '@site/plugins/flashcards/index';
import { caseStudyPath, chapterIdentities } from '@site/src/data/caseStudies';
import { cardParagraphs } from '@site/src/shared/cardText';
import { gotoHydrated, watchErrors, seriousViolations } from './support/page';
import { useBuiltSite } from './support/site';

const CHAPTER = 'ad-click-prediction';
const cards = await loadChapterCards(path.resolve(__dirname, '../../docs/case-studies'), chapterIdentities);
const chapterCards = cards.filter((card) => card.chapter === CHAPTER);

const site = useBuiltSite();

/** The flashcards page, hydrated, with its stored marks and URL filter applied. */
async function openFlashcards(context: BrowserContext, search = ''): Promise<Page> {
  const page = await context.newPage();
  await gotoHydrated(page, `${site.origin}/flashcards${search}`);
  await page.waitForSelector('[data-flashcards-ready]');
  return page;
}

const announced = (page: Page) => page.$eval('#site-announcer', (region) => region.textContent ?? '');

/** A fixed start, so due dates read the same on every run. */
const START = new Date('2026-03-02T09:00:00Z');
const LEGACY_MARKS_KEY = 'ml-sdi-companion:flashcard-marks';
const dueToday = (page: Page) => page.getAttribute('[data-flashcards-progress] [data-flashcards-due-today]', 'data-flashcards-due-today');
const shownCard = (page: Page) => page.getAttribute('article[data-card-id]', 'data-card-id');
const hasMath = (card: (typeof cards)[number]) =>
  cardParagraphs(`${card.question}\n\n${card.answer}`).some((paragraph) => paragraph.some((segment) => segment.kind === 'math'));
const formulaCard = chapterCards.findIndex(hasMath);

/** Shows the chapter's cards in order and moves to the index-th. */
async function browseTo(page: Page, index: number): Promise<void> {
  await page.selectOption('select[data-flashcards-mode]', 'all');
  for (let i = 0; i < index; i += 1) await page.click('button:has-text("Next card")');
  await expect.poll(() => shownCard(page)).toBe(chapterCards[index]?.id);
}

describe('flashcards page', () => {
  it('grades a card by keyboard, and brings it back when its 10 minutes are up on the moved clock', async () => {
    expect(chapterCards.length, `${CHAPTER} should have self-check cards`).toBeGreaterThan(1);
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.clock.install({ time: START });
      const errors = watchErrors(page);
      await gotoHydrated(page, `${site.origin}/flashcards?chapter=${CHAPTER}`);
      await page.waitForSelector('[data-flashcards-ready]');
      await page.clock.pauseAt(new Date(START.getTime() + 60_000));

      await expect.poll(() => page.textContent('[data-flashcards-progress]')).toContain(`${Math.min(20, chapterCards.length)} to study now`);
      await page.fill('[data-flashcards-new-limit]', '1');
      await expect.poll(() => page.textContent('[data-flashcards-progress]')).toContain('1 to study now');
      expect(await shownCard(page)).toBe(`${CHAPTER}--1`);
      expect(await page.getAttribute('[data-flashcards-card-due]', 'data-flashcards-card-due')).toBe('new');

      // The answer is hidden until asked for; then the four grades say when the card would come back.
      expect(await page.isVisible('[data-flashcards-answer]')).toBe(false);
      await page.focus('article button[aria-expanded]');
      await page.keyboard.press('Enter');
      expect(await page.isVisible('[data-flashcards-answer]')).toBe(true);
      expect(await page.locator('[data-flashcards-grade]').allTextContents()).toEqual([
        'Again in 1 minute',
        'Hard in 6 minutes',
        'Good in 10 minutes',
        'Easy in 8 days',
      ]);

      await page.focus('[data-flashcards-grade="good"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('[data-flashcards-empty]')).toContain('The next card is due in 10 minutes.');
      expect(await dueToday(page)).toBe('1');
      await page.clock.runFor(100);
      await expect.poll(() => announced(page)).toMatch(/^Good: back in 10 minutes\./);

      await page.clock.fastForward('09:59');
      expect(await page.locator('article[data-card-id]').count()).toBe(0);
      await page.clock.fastForward('00:02');
      await expect.poll(() => shownCard(page)).toBe(`${CHAPTER}--1`);
      expect(await page.getAttribute('[data-flashcards-card-due]', 'data-flashcards-card-due')).not.toBe('new');

      // The schedule is kept: the progress page counts the card as due today.
      await page.clock.resume();
      await gotoHydrated(page, `${site.origin}/progress`);
      await expect.poll(() => page.getAttribute('main [data-flashcards-due-today]', 'data-flashcards-due-today')).toBe('1');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('carries the old marks over: "Review again" comes back in a minute, "I knew it" in days', async () => {
    const context = await site.browser.newContext();
    try {
      await context.addInitScript(
        ([key, value]) => window.localStorage.setItem(key as string, value as string),
        [LEGACY_MARKS_KEY, JSON.stringify({ version: 1, marks: { [`${CHAPTER}--1`]: 'known', [`${CHAPTER}--2`]: 'review' } })],
      );
      const page = await context.newPage();
      await page.clock.install({ time: START });
      await gotoHydrated(page, `${site.origin}/flashcards?chapter=${CHAPTER}`);
      await page.waitForSelector('[data-flashcards-ready]');
      await page.fill('[data-flashcards-new-limit]', '0');
      await expect.poll(() => page.textContent('[data-flashcards-empty]')).toContain('The next card is due in 1 minute.');
      await page.clock.fastForward('01:01');
      await expect.poll(() => shownCard(page)).toBe(`${CHAPTER}--2`);
      expect(await dueToday(page)).toBe('1');
    } finally {
      await context.close();
    }
  });

  it('shows formulas typeset by KaTeX, with the TeX kept for screen readers', async () => {
    expect(formulaCard, `${CHAPTER} should have a card with a formula`).toBeGreaterThanOrEqual(0);
    const context = await site.browser.newContext();
    try {
      const page = await openFlashcards(context, `?chapter=${CHAPTER}`);
      await browseTo(page, formulaCard);
      await page.click('article button[aria-expanded]');
      const card = chapterCards[formulaCard] as (typeof cards)[number];
      const firstTex = cardParagraphs(`${card.question}\n\n${card.answer}`)
        .flat()
        .find((segment) => segment.kind === 'math');
      expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
      expect(await page.locator('article .katex-mathml annotation').first().textContent()).toBe(firstTex?.kind === 'math' ? firstTex.tex : '');
      expect(await page.textContent('article')).not.toMatch(/\$[^$]+\$/);
    } finally {
      await context.close();
    }
  });

  it('links each card to its own question, which opens in the chapter', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await openFlashcards(context, `?chapter=${CHAPTER}`);
      await page.click('article a:has-text("Open in chapter")');
      await page.waitForURL((url) => url.pathname === caseStudyPath(CHAPTER) && url.hash.startsWith('#sc-'));
      const id = new URL(page.url()).hash.slice(1);
      await page.waitForFunction((questionId) => (document.getElementById(questionId) as HTMLDetailsElement | null)?.open === true, id, { polling: 100 });
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('passes axe in %s mode with a typeset answer and its grade buttons showing', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    try {
      const page = await openFlashcards(context, `?chapter=${CHAPTER}`);
      await browseTo(page, formulaCard);
      await page.click('article button[aria-expanded]');
      await page.waitForSelector('[data-flashcards-grade]');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px wide screen, formulas and grade buttons included, without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await openFlashcards(context, `?chapter=${CHAPTER}`);
      await browseTo(page, formulaCard);
      await page.click('article button[aria-expanded]');
      await page.waitForSelector('[data-flashcards-grade]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});

describe('Anki file', () => {
  it('is linked from the page and has the header lines and one four-column row per card', async () => {
    const context = await site.browser.newContext();
    let href: string | null;
    try {
      const page = await openFlashcards(context);
      href = await page.getAttribute('a[data-flashcards-anki]', 'href');
    } finally {
      await context.close();
    }
    expect(href).toBe('/downloads/self-check-cards.txt');
    const response = await fetch(`${site.origin}${href}`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/\n$/, '').split('\n');
    const headers = lines.filter((line) => line.startsWith('#'));
    const rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));

    expect(headers).toEqual(expect.arrayContaining(['#separator:tab', '#html:true', '#columns:Front\tBack\tChapter\tLink', '#tags column:3']));
    expect(rows).toHaveLength(cards.length);
    for (const row of rows) expect(row).toHaveLength(4);
    expect(rows.filter((row) => row[2] === CHAPTER)).toHaveLength(chapterCards.length);
    expect(rows[0]?.[1]).toMatch(/<a href="https?:\/\/[^"]+\/docs\/case-studies\/[a-z-]+#sc-[a-z0-9-]+">Open in chapter: [^<]+<\/a>$/);
    // Formulas reach Anki in the MathJax delimiters it renders, never as $...$.
    const formulaRow = rows[cards.findIndex(hasMath)];
    expect(formulaRow?.slice(0, 2).join('\t')).toMatch(/\\\(|\\\[/);
  });
});
