import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterIdentities } from '@site/src/data/caseStudies';
import { frameworkSteps } from '@site/src/data/framework';
import type { PracticeKit } from '@site/src/shared/practiceKit';
import { loadPracticeKits } from './index';
import { MockInterviewError, parseMockInterview } from './parseMockInterview';

const fixturesDir = path.join(__dirname, 'fixtures');
const toy = { slug: 'toy-ranking', title: 'Toy ranking', path: '/docs/case-studies/toy-ranking' };
const parseFixture = (name: string, baseUrl = '/') =>
  parseMockInterview(fs.readFileSync(path.join(fixturesDir, name), 'utf8'), {
    file: `fixtures/${name}`,
    chapter: toy,
    steps: frameworkSteps,
    baseUrl,
  });

/** The kit's text as written, without the rendered HTML. */
function markdownOf(kit: PracticeKit) {
  return {
    intro: kit.intro.map((text) => text.markdown),
    steps: kit.steps.map((step) => [step.stepId, step.label, step.prompt.markdown, step.signals.markdown]),
    rubric: kit.rubric.dimensions.map((dimension) => [dimension.name, ...dimension.levels.map((level) => level.markdown)]),
    notes: kit.rubric.notes.map((note) => note.markdown),
    curveballs: kit.curveballs.map((curveball) => [curveball.prompt.markdown, curveball.listenFor.markdown]),
  };
}

describe('parseMockInterview', () => {
  it('reads the intro, one prompt per framework step, the rubric, its notes and the curveballs', () => {
    expect(markdownOf(parseFixture('kit.mdx'))).toEqual({
      intro: ['One partner interviews; the [talk track](#talk-track) gives the plan.'],
      steps: [
        ['clarify-requirements', 'Clarify requirements', 'Design a toy ranker.', 'Asks about scale and latency.'],
        ['frame-the-problem', 'Frame as an ML task', 'What does the model predict?', 'Pointwise probability with $\\log Q$ correction.'],
        ['data-preparation', 'Data preparation', 'Where do labels come from?', 'Label delay.'],
        ['model-development', 'Model development', 'Which model?', 'Baseline first.'],
        ['evaluation', 'Evaluation', 'How do you know?', 'nDCG on a time split.'],
        ['serving', 'Deployment and serving', 'Serve it in 50 ms.', 'A budget that sums.'],
        ['monitoring', 'Monitoring and infrastructure', 'What breaks?', 'Drift with thresholds.'],
      ],
      rubric: [
        ['Framing', 'Jumps to a model', 'States a task', 'Task and label', 'Ties it to the **business** metric'],
        ['Operations', 'Absent', '"Retrain sometimes"', 'Drift monitors', 'Triggers tied to label delay'],
      ],
      notes: ['**Reading the scores.** Add the two dimensions (2 to 8).'],
      curveballs: [
        ['Legal bans the user ID.', 'Context features, no silent fallback.'],
        ['Traffic doubles overnight.', 'Listen for caching and $2\\times$ fleet arithmetic.'],
      ],
    });
  });

  it('renders formulas with KaTeX and inline Markdown to HTML, without a wrapping paragraph in cells', () => {
    const kit = parseFixture('kit.mdx');
    const signals = kit.steps[1]?.signals.html ?? '';
    expect(signals).toMatch(/^Pointwise probability with <span class="katex">/);
    expect(signals).toContain('<annotation encoding="application/x-tex">\\log Q</annotation>');
    expect(kit.rubric.dimensions[0]?.levels[3]?.html).toBe('Ties it to the <strong>business</strong> metric');
    expect(kit.rubric.notes[0]?.html).toBe('<p><strong>Reading the scores.</strong> Add the two dimensions (2 to 8).</p>');
  });

  it("points the chapter's own anchors at the chapter, under the base URL", () => {
    expect(parseFixture('kit.mdx', '/companion/').intro[0]?.html).toBe(
      '<p>One partner interviews; the <a href="/companion/docs/case-studies/toy-ranking#talk-track">talk track</a> gives the plan.</p>',
    );
  });

  it.each([
    ['missing-rubric.mdx', 'no rubric table (header "Dimension | 1 | 2 | 3 | 4")'],
    ['steps-out-of-order.mdx', 'prompts row 3 is "Model development"; step 3 of the framework is "Data preparation"'],
    ['curveball-without-quote.mdx', 'curveball 2 must be one paragraph: a quoted prompt, then what to listen for'],
    ['empty-signals.mdx', 'no strong signals for "Deployment and serving"'],
  ])('fails on %s, naming the file and the problem', (name, message) => {
    expect(() => parseFixture(name)).toThrow(MockInterviewError);
    expect(() => parseFixture(name)).toThrow(new RegExp(`^fixtures/${name.replace('.', '\\.')}: the mock-interview kit is malformed:\\n.*${escape(message)}`, 's'));
  });

  it('fails on a chapter without the section', () => {
    expect(() => parseMockInterview('## Model {/* #model */}\n\nText.\n', { file: 'x.mdx', chapter: toy, steps: frameworkSteps, baseUrl: '/' })).toThrow(
      'x.mdx: the mock-interview kit is malformed:\n  - no "## Mock interview {/* #mock-interview */}" section',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('loadPracticeKits: what the build runs', () => {
  it('rejects a malformed kit with the full path of the chapter file, so the build fails naming it', async () => {
    const broken = { slug: 'steps-out-of-order', title: 'Broken', path: '/docs/case-studies/steps-out-of-order' };
    await expect(loadPracticeKits(fixturesDir, { chapters: [broken], steps: frameworkSteps }, '/')).rejects.toThrow(
      `${path.join(fixturesDir, 'steps-out-of-order.mdx')}: the mock-interview kit is malformed`,
    );
  });

  it("reads every case study's kit: seven steps, a rubric of at least three dimensions, curveballs", async () => {
    const kits = await loadPracticeKits(path.join(__dirname, '../../docs/case-studies'), { chapters: chapterIdentities, steps: frameworkSteps }, '/');
    expect(kits.map((kit) => kit.slug)).toEqual(chapterIdentities.map((chapter) => chapter.slug));
    for (const kit of kits) {
      expect(
        kit.steps.map((step) => step.stepId),
        kit.slug,
      ).toEqual(frameworkSteps.map((step) => step.id));
      expect(kit.rubric.dimensions.length, kit.slug).toBeGreaterThanOrEqual(3);
      expect(kit.curveballs.length, kit.slug).toBeGreaterThanOrEqual(2);
      for (const curveball of kit.curveballs) expect(curveball.prompt.markdown, kit.slug).not.toMatch(/^["“]|["”]$/);
    }
  });
});
