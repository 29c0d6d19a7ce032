import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseStudies, type CaseStudy } from '@site/src/data/caseStudies';
import { checkChapter } from './checkChapter';
import { contentFiles, read } from '@site/scripts/support/contentFiles';

const chapters = contentFiles('docs/case-studies').filter((file) => !file.endsWith('index.mdx'));

describe('every case-study chapter meets the content contract', () => {
  it('has a chapter file for every case study in the metadata module', () => {
    const missing = caseStudies.map((study) => study.slug).filter((slug) => !chapters.includes(`docs/case-studies/${slug}.mdx`));
    expect(missing, 'case studies without a chapter in docs/case-studies/').toEqual([]);
  });

  it.each(chapters)('%s', (file) => {
    const slug = path.basename(file, '.mdx');
    expect(checkChapter(slug, read(file), caseStudies), `${file} breaks the content contract`).toEqual([]);
  });
});

describe('the content contract, proved on fixtures', () => {
  const fixtureStudy: CaseStudy = {
    slug: 'fixture-search',
    title: 'Fixture search',
    origin: 'book',
    bookChapter: 0,
    domain: 'Search and retrieval',
    summary: 'A fixture.',
    mlTask: 'Ranking',
    modelFamily: 'Two-stage',
    offlineMetrics: ['nDCG'],
    onlineMetrics: ['CTR'],
    latencyBudget: '100 ms',
    scale: 'Assumed tiny',
    difficulty: 'intermediate',
  };
  const small = { words: 10, maxWords: 5000, maxTotalWords: 6000, figures: 1, displayFormulas: 1, selfCheckQuestions: 1, followUps: 1 };
  const check = (name: string) => checkChapter('fixture-search', read(`tests/fixtures/chapters/${name}.mdx`), [fixtureStudy], small);

  it('accepts a chapter with every section, id, figure and formula', () => {
    expect(check('good')).toEqual([]);
  });

  it('names a missing required section', () => {
    expect(check('missing-section')).toEqual(['required section "#scale" is missing']);
  });

  it.each([
    ['missing-state-of-the-art', 'state-of-the-art'],
    ['missing-talk-track', 'talk-track'],
  ])('names the 2026 section missing from %s', (fixture, id) => {
    expect(check(fixture), `tests/fixtures/chapters/${fixture}.mdx`).toEqual([`required section "#${id}" is missing`]);
  });

  it.each([
    ['state-of-the-art-out-of-order', 'section "#scale" comes after "#state-of-the-art"'],
    ['talk-track-out-of-order', 'section "#follow-ups" comes after "#talk-track"'],
  ])('names the 2026 section held out of order in %s', (fixture, message) => {
    expect(check(fixture), `tests/fixtures/chapters/${fixture}.mdx`).toEqual([expect.stringContaining(message)]);
  });

  it('names sections that are out of order', () => {
    expect(check('out-of-order')).toEqual([expect.stringContaining('section "#evaluation" comes after "#serving"')]);
  });

  it('names a missing frontmatter field', () => {
    expect(check('missing-frontmatter')).toEqual(['frontmatter field "description" is missing']);
  });

  it('names a heading without an explicit id, with its line', () => {
    expect(check('heading-without-id')).toEqual([expect.stringMatching(/^line \d+: heading "Baseline" has no explicit id/)]);
  });

  it.each(['title', 'slug', 'difficulty', 'sidebar_label', 'image'])('refuses a chapter that restates "%s", which the metadata module holds', (field) => {
    const source = read('tests/fixtures/chapters/good.mdx').replace('---\n', `---\n${field}: Restated\n`);
    expect(checkChapter('fixture-search', source, [fixtureStudy], small)).toEqual([
      `frontmatter restates "${field}", which src/data/caseStudies/fixture-search.ts holds; remove it from the chapter`,
    ]);
  });

  it('rejects metadata that still holds placeholders', () => {
    const problems = checkChapter('fixture-search', read('tests/fixtures/chapters/good.mdx'), [{ ...fixtureStudy, mlTask: 'TODO' }], small);
    expect(problems).toEqual(['metadata still has TODO in: mlTask']);
  });

  it('enforces the real minimums on a short chapter', () => {
    const problems = checkChapter('fixture-search', read('tests/fixtures/chapters/good.mdx'), [fixtureStudy]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^has \d+ words before #follow-ups; a chapter body needs at least 4000$/),
        'has 1 Mermaid figures; needs at least 5',
      ]),
    );
  });
});
