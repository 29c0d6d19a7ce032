import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPracticeKits } from '@site/plugins/practice-kits/index';
import { beyondTheBookCaseStudies, bookCaseStudies, caseStudies, caseStudyPath, chapterIdentities } from '@site/src/data/caseStudies';
import { frameworkSteps } from '@site/src/data/framework';
import { practicePath } from '@site/src/shared/practiceKit';
import { SESSIONS_FORMAT } from '@site/src/lib/practiceSession';
import { gotoHydrated, watchErrors, seriousViolations } from './support/page';
import { BUILD_DIR } from '@site/scripts/support/staticSite';
import { useBuiltSite } from './support/site';

const CHAPTER = 'video-search';
const [kit] = await loadPracticeKits(
  path.resolve(__dirname, '../../docs/case-studies'),
  { chapters: chapterIdentities.filter((chapter) => chapter.slug === CHAPTER), steps: frameworkSteps },
  '/',
);
if (!kit) throw new Error(`no kit for ${CHAPTER}`);
const DIMENSIONS = kit.rubric.dimensions.length;
/** A fixed start, so the clocks read the same on every run. */
const START = new Date('2026-03-02T09:00:00Z');

const site = useBuiltSite();

async function openPractice(context: BrowserContext, slug = CHAPTER): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: START });
  await gotoHydrated(page, `${site.origin}${practicePath(slug)}`);
  await page.waitForSelector('[data-practice-ready]');
  return page;
}

async function startSession(page: Page, mode: 'solo' | 'partner'): Promise<void> {
  await page.check(`[data-practice-mode="${mode}"]`);
  await page.click('[data-practice-start]');
  await page.waitForSelector('[data-practice-phase="interview"]');
}

const announced = (page: Page) => page.$eval('#site-announcer', (region) => region.textContent ?? '');
const stepHeading = (page: Page) => page.textContent('[data-practice-step] h2');

describe('practice pages', () => {
  it("exist for every case study in the metadata, and link back to the chapter's kit", async () => {
    const context = await site.browser.newContext();
    try {
      for (const study of caseStudies) {
        const response = await fetch(`${site.origin}${practicePath(study.slug)}`);
        expect(response.status, study.slug).toBe(200);
        expect(await response.text(), study.slug).toContain(`Mock interview: ${study.title}`);
      }
      const page = await openPractice(context);
      expect(await page.getAttribute('main a:has-text("Back to the chapter")', 'href')).toBe(caseStudyPath(CHAPTER, 'mock-interview'));
    } finally {
      await context.close();
    }
  });

  it('are listed on /practice in two groups, from the book and beyond it, each in the metadata order', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await gotoHydrated(page, `${site.origin}/practice`);
      const groups = await page.$$eval('[data-practice-group]', (sections) =>
        sections.map((section) => ({
          group: section.getAttribute('data-practice-group'),
          links: [...section.querySelectorAll('[data-practice-index] li > a:first-child')].map((link) => link.getAttribute('href')),
        })),
      );
      expect(groups).toEqual([
        { group: 'from-the-book', links: bookCaseStudies.map((study) => practicePath(study.slug)) },
        { group: 'beyond-the-book', links: beyondTheBookCaseStudies.map((study) => practicePath(study.slug)) },
      ]);
      expect(beyondTheBookCaseStudies.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it("are linked from every chapter and from every case study's card on the landing page", async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await gotoHydrated(page, `${site.origin}/`);
      const landing = await page.$$eval('main a[href^="/practice/"]', (links) => links.map((link) => link.getAttribute('href')));
      expect(landing).toEqual(caseStudies.map((study) => practicePath(study.slug)));
      for (const study of caseStudies) {
        // The chapter as served, read by the browser's own HTML parser (the build minifies attributes).
        const links = await page.evaluate(async (url) => {
          const html = await (await fetch(url)).text();
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return [...doc.querySelectorAll('a[data-practice-link]')].map((link) => link.getAttribute('href'));
        }, caseStudyPath(study.slug));
        expect(links, study.slug).toEqual([practicePath(study.slug)]);
      }
    } finally {
      await context.close();
    }
  });

  it('runs a solo session from start to export: prompts on the clock, a curveball, step-by-step reveal, self-scoring, Markdown', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    try {
      const page = await openPractice(context);
      const errors = watchErrors(page);
      // Held still, the clock moves only when the test moves it.
      await page.clock.pauseAt(new Date(START.getTime() + 60_000));
      await startSession(page, 'solo');

      expect(await stepHeading(page)).toBe(`Step 1 of 7: ${frameworkSteps[0]?.title}`);
      expect(await page.textContent('[data-practice-prompt]')).toBe(kit.steps[0]?.prompt.markdown);
      // Solo: nothing of the answer shows while the interview runs.
      expect(await page.locator('[data-practice-signals]').count()).toBe(0);
      expect(await page.locator('[data-practice-rubric]').count()).toBe(0);
      await page.fill('[data-practice-notes]', 'Query types, languages, 50K QPS assumed.');

      // The step's five minutes run out on the moved clock.
      expect(await page.textContent('[data-practice-clock="step"]')).toBe('5:00');
      await page.clock.fastForward('05:30');
      await expect.poll(() => page.textContent('[data-practice-clock="step"]')).toBe('+0:30');
      expect(await page.textContent('[data-practice-clock="overall"]')).toBe('39:30');
      await page.clock.resume();

      // Pause and resume say what the clock now does.
      await page.getByRole('button', { name: 'Pause clock' }).click();
      await expect.poll(() => announced(page)).toBe('Clock paused.');
      await page.getByRole('button', { name: 'Resume clock' }).click();
      await expect.poll(() => announced(page)).toBe('Clock resumed.');

      await page.click('[data-practice-draw]');
      await expect.poll(() => page.locator('[data-practice-curveball]').count()).toBe(1);
      expect(await page.textContent('[data-practice-curveballs]')).not.toContain('Listen for');
      await expect.poll(() => announced(page)).toMatch(/^Curveball: /);

      for (let step = 2; step <= frameworkSteps.length; step += 1) {
        await page.click('[data-practice-next]');
        await expect.poll(() => stepHeading(page)).toBe(`Step ${step} of 7: ${frameworkSteps[step - 1]?.title}`);
      }
      expect(await page.locator('[data-practice-next]').count()).toBe(0);
      await page.click('[data-practice-finish]');
      await page.waitForSelector('[data-practice-phase="review"]');
      await expect.poll(() => announced(page)).toBe('Interview over. Reveal the signals step by step, then score yourself.');

      // The signals come one step at a time; the rubric only after the last.
      expect(await page.locator('[data-practice-signals]').count()).toBe(0);
      for (let step = 1; step <= frameworkSteps.length; step += 1) {
        expect(await page.locator('[data-practice-rubric]').count()).toBe(0);
        await page.click('[data-practice-reveal]');
        await expect.poll(() => page.locator('[data-practice-signals]').count()).toBe(step);
        const rubric = step === frameworkSteps.length ? ' The rubric is below.' : '';
        await expect.poll(() => announced(page)).toBe(`Signals for step ${step}: ${frameworkSteps[step - 1]?.title} revealed.${rubric}`);
      }
      const firstSignals = await page.textContent(`[data-practice-review-step="${frameworkSteps[0]?.id}"] [data-practice-signals]`);
      expect(firstSignals).toContain(kit.steps[0]?.signals.markdown.slice(0, 30));
      expect(await page.textContent('[data-practice-curveballs]')).toContain('Listen for');

      for (const dimension of kit.rubric.dimensions) {
        await page.locator(`[data-practice-score="${dimension.name}"] input[value="3"]`).check();
      }
      await expect.poll(() => page.textContent('[data-practice-running-total]')).toBe(`Total so far: ${3 * DIMENSIONS} of ${4 * DIMENSIONS}.`);
      await page.click('[data-practice-save]');
      await expect.poll(() => page.textContent('[data-practice-total]')).toBe(`${3 * DIMENSIONS} of ${4 * DIMENSIONS}`);

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-practice-summary] [data-practice-export-md]')]);
      expect(download.suggestedFilename()).toBe(`mock-interview-${CHAPTER}-2026-03-02.md`);
      const markdown = await fs.readFile(await download.path(), 'utf8');
      expect(markdown).toContain(`# Mock interview: ${kit.title}\n\n2026-03-02, 45-minute plan, solo. Score: ${3 * DIMENSIONS} of ${4 * DIMENSIONS}.`);
      expect(markdown).toContain(`| ${kit.rubric.dimensions[0]?.name} | 3 of 4 |`);
      expect(markdown).toContain(`> Interviewer: "${kit.steps[0]?.prompt.markdown}"\n\nQuery types, languages, 50K QPS assumed.`);
      expect(markdown).toContain('## Curveballs drawn');

      // Saved in the browser: the page lists it after a reload, and the progress page shows it.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('[data-practice-ready]');
      await expect.poll(() => page.locator('[data-practice-history] li').count()).toBe(1);
      await gotoHydrated(page, `${site.origin}/progress`);
      await page.waitForSelector('[data-practice-history-ready]');
      expect(await page.textContent(`[data-practice-history-chapter="${CHAPTER}"] [data-practice-history-score]`)).toBe(`${3 * DIMENSIONS} of ${4 * DIMENSIONS}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the interviewer the prompts, signals, curveballs and rubric, and hides all but the prompt from the candidate', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await openPractice(context);
      await startSession(page, 'partner');
      expect(await page.getAttribute('[data-practice-view="interviewer"]', 'aria-pressed')).toBe('true');
      expect(await page.isVisible('[data-practice-prompt]')).toBe(true);
      expect(await page.textContent('[data-practice-signals]')).toContain(kit.steps[0]?.signals.markdown.slice(0, 30));
      expect(await page.locator('[data-practice-score]').count()).toBe(DIMENSIONS);
      await page.click('[data-practice-draw]');
      await expect.poll(() => page.textContent('[data-practice-curveball]')).toContain('Listen for');

      // The interviewer scores as they go.
      await page.locator(`[data-practice-score="${kit.rubric.dimensions[0]?.name}"] input[value="4"]`).check();

      await page.click('[data-practice-view="candidate"]');
      expect(await page.isVisible('[data-practice-prompt]')).toBe(true);
      expect(await page.locator('[data-practice-signals]').count()).toBe(0);
      expect(await page.locator('[data-practice-rubric]').count()).toBe(0);
      expect(await page.locator('[data-practice-curveballs]').count()).toBe(0);
      expect(await page.textContent('main')).not.toContain(kit.steps[0]?.signals.markdown.slice(0, 30));

      await page.click('[data-practice-finish]');
      await page.waitForSelector('[data-practice-phase="review"]');
      expect(await page.locator('[data-practice-signals]').count()).toBe(0);
      expect(await page.isVisible('[data-practice-hidden]')).toBe(true);
      await page.click('[data-practice-view="interviewer"]');
      expect(await page.locator('[data-practice-signals]').count()).toBe(frameworkSteps.length);
      expect(await page.isChecked(`[data-practice-score="${kit.rubric.dimensions[0]?.name}"] input[value="4"]`)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is keyboard operable: start, note, next step and finish without a mouse', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await openPractice(context);
      await page.focus('[data-practice-start]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-practice-phase="interview"]');
      // Focus lands on the step's heading, so the next Tab reaches the step's controls.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await page.focus('[data-practice-notes]');
      await page.keyboard.type('Typed by keyboard.');
      await page.focus('[data-practice-next]');
      await page.keyboard.press('Enter');
      await expect.poll(() => stepHeading(page)).toBe(`Step 2 of 7: ${frameworkSteps[1]?.title}`);
      await expect.poll(() => announced(page)).toBe(`Step 2 of 7: ${frameworkSteps[1]?.title}.`);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('passes axe in %s mode, in setup, in the interviewer view and in the review', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    try {
      const page = await openPractice(context, 'news-feed');
      expect(await seriousViolations(page)).toEqual([]);
      await startSession(page, 'partner');
      await page.click('[data-practice-draw]');
      expect(await seriousViolations(page)).toEqual([]);
      await page.click('[data-practice-finish]');
      await page.waitForSelector('[data-practice-phase="review"]');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px screen, formulas included, without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      // News feed's model step signals hold a formula.
      const page = await openPractice(context, 'news-feed');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await startSession(page, 'partner');
      for (let step = 2; step <= 4; step += 1) await page.click('[data-practice-next]');
      expect(await page.locator('[data-practice-signals] .katex').count()).toBeGreaterThan(0);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.click('[data-practice-finish]');
      await page.waitForSelector('[data-practice-phase="review"]');
      expect(await overflow()).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('imports a sessions backup on the progress page only when the file checks out, and only once confirmed', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await gotoHydrated(page, `${site.origin}/progress`);
      await page.waitForSelector('[data-practice-history-ready]');
      const importFile = (name: string, contents: string) =>
        page.setInputFiles('input[data-practice-import]', { name, mimeType: 'application/json', buffer: Buffer.from(contents) });
      const session = {
        id: `${CHAPTER}@1772442000000`,
        chapter: CHAPTER,
        chapterTitle: kit.title,
        mode: 'partner',
        phase: 'done',
        startedAt: '2026-03-02T09:00:00.000Z',
        finishedAt: '2026-03-02T09:45:00.000Z',
        dimensions: kit.rubric.dimensions.map((dimension) => dimension.name),
        scores: { [kit.rubric.dimensions[0]?.name as string]: 4 },
        notes: {},
        curveballs: [],
        revealedSteps: 7,
        timer: { plan: 45, elapsedBeforePause: 0, stepIndex: 0, stepStartedElapsed: 0 },
      };
      const file = (sessions: unknown[]) => JSON.stringify({ format: SESSIONS_FORMAT, version: 1, sessions });

      // A damaged file is refused with its reason, and nothing changes.
      await importFile('damaged.json', file([{ ...session, scores: { [kit.rubric.dimensions[0]?.name as string]: 7 } }]));
      await expect.poll(() => page.textContent('[data-practice-import-error]')).toContain('outside 1 to 4');
      expect(await page.locator('[data-practice-history-chapter]').count()).toBe(0);

      // A good one is described first, and applied only when confirmed.
      await importFile('backup.json', file([session]));
      await expect.poll(() => page.textContent('[data-practice-import-pending]')).toContain('backup.json holds 1 session: 1 new');
      expect(await page.locator('[data-practice-history-chapter]').count()).toBe(0);
      await page.click('[data-practice-import-pending] button:has-text("Import the sessions")');
      await expect
        .poll(() => page.textContent(`[data-practice-history-chapter="${CHAPTER}"] [data-practice-history-score]`))
        .toBe(`4 of ${4 * DIMENSIONS} (1 of ${DIMENSIONS} dimensions scored)`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads its code only on practice pages', async () => {
    // The chunk that holds the practice page's component, found in the build by a string only it contains.
    const jsDir = path.join(BUILD_DIR, 'assets', 'js');
    const chunks = (await fs.readdir(jsDir)).filter((name) => name.endsWith('.js'));
    const practiceChunks: string[] = [];
    for (const name of chunks) if ((await fs.readFile(path.join(jsDir, name), 'utf8')).includes('data-practice-draw')) practiceChunks.push(name);
    expect(practiceChunks).toHaveLength(1);
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      // Scripts the page runs; a link prefetch in the viewport is a request of another type and runs nothing.
      let scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      const practiceScripts = () => scripts.filter((url) => practiceChunks.some((chunk) => url.endsWith(chunk)));
      for (const url of ['/', caseStudyPath(CHAPTER), '/progress', '/flashcards']) {
        scripts = [];
        await gotoHydrated(page, `${site.origin}${url}`);
        expect(practiceScripts(), url).toEqual([]);
      }
      scripts = [];
      await gotoHydrated(page, `${site.origin}${practicePath(CHAPTER)}`);
      expect(practiceScripts()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it('works offline once visited', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${site.origin}${practicePath(CHAPTER)}`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      await page.waitForSelector('[data-practice-ready]');
      await startSession(page, 'solo');
      expect(await page.textContent('[data-practice-prompt]')).toBe(kit.steps[0]?.prompt.markdown);
    } finally {
      await context.close();
    }
  });
});
