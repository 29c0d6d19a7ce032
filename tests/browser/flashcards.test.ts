import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadChapterCards } from '@site/plugins/flashcards/index';
import { chapterIdentities } from '@site/src/data/caseStudies';
import { gotoHydrated, watchErrors } from './support/page';
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

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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

describe('flashcards page', () => {
  it('filters to a chapter, reveals and marks a card by keyboard, and keeps the mark after a reload', async () => {
    expect(chapterCards.length, `${CHAPTER} should have self-check cards`).toBeGreaterThan(1);
    const context = await site.browser.newContext();
    try {
      const page = await openFlashcards(context);
      const errors = watchErrors(page);

      await page.selectOption('select[data-flashcards-chapter]', CHAPTER);
      await page.waitForURL((url) => url.searchParams.get('chapter') === CHAPTER);
      await expect.poll(() => page.textContent('[data-flashcards-progress]')).toContain(`Card 1 of ${chapterCards.length}`);
      expect(await page.getAttribute('article[data-card-id]', 'data-card-id')).toBe(`${CHAPTER}--1`);
      await expect.poll(() => announced(page)).toContain(`${chapterCards.length} cards. Card 1 of ${chapterCards.length}`);

      // The answer is hidden until asked for, then shown and read out.
      expect(await page.isVisible('[data-flashcards-answer]')).toBe(false);
      await page.focus('article button[aria-expanded]');
      await page.keyboard.press('Enter');
      expect(await page.isVisible('[data-flashcards-answer]')).toBe(true);
      expect(await page.getAttribute('article button[aria-expanded]', 'aria-expanded')).toBe('true');
      await expect.poll(() => announced(page)).toMatch(/^Answer: /);

      // "I knew it" records the mark, moves on, and hands focus to the next card's "Show answer".
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-flashcards-mark'))).toBe('known');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('article[data-card-id]', 'data-card-id')).toBe(`${CHAPTER}--2`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      await expect.poll(() => announced(page)).toContain(`Marked: I knew it. Card 2 of ${chapterCards.length}`);
      await expect.poll(() => page.textContent('[data-flashcards-progress]')).toContain('1 known, 0 to review');

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      await page.waitForSelector('[data-flashcards-ready]');
      expect(await page.inputValue('select[data-flashcards-chapter]')).toBe(CHAPTER);
      expect(await page.getAttribute('article[data-card-id]', 'data-card-id')).toBe(`${CHAPTER}--1`);
      expect(await page.getAttribute('[data-flashcards-card-mark]', 'data-flashcards-card-mark')).toBe('known');
      expect(await page.textContent('[data-flashcards-progress]')).toContain('1 known, 0 to review');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('links each card to its self-check section', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await openFlashcards(context, `?chapter=${CHAPTER}`);
      await page.click('article a:has-text("Open in chapter")');
      await page.waitForURL((url) => url.pathname === `/docs/case-studies/${CHAPTER}` && url.hash === '#self-check');
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('passes axe in %s mode with an answer and its mark buttons showing', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    try {
      const page = await openFlashcards(context);
      await page.click('article button[aria-expanded]');
      await page.click('[data-flashcards-mark="review"]');
      await page.click('article button[aria-expanded]');
      await page.waitForSelector('[data-flashcards-mark]');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px wide screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    try {
      const page = await openFlashcards(context);
      await page.click('article button[aria-expanded]');
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
    expect(rows[0]?.[1]).toMatch(/<a href="https?:\/\/[^"]+\/docs\/case-studies\/[a-z-]+#self-check">Open in chapter: [^<]+<\/a>$/);
  });
});
