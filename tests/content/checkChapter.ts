import { BODY_ENDS_BEFORE, CHAPTER_MINIMUMS, REQUIRED_FRONTMATTER, REQUIRED_SECTIONS, type ChapterMinimums } from '@site/src/data/chapterContract';
import { INJECTED_FRONTMATTER, type CaseStudy } from '@site/src/data/caseStudies';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every way a case-study chapter breaks the content contract, as messages that
 * name the problem. `slug` is the file name without extension.
 */
export function checkChapter(slug: string, source: string, studies: readonly CaseStudy[], minimums: ChapterMinimums = CHAPTER_MINIMUMS): string[] {
  const problems: string[] = [];
  const chapter = parseChapter(source);
  const fm = chapter.frontmatter;

  for (const field of REQUIRED_FRONTMATTER) {
    const value = fm[field];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      problems.push(`frontmatter field "${field}" is missing`);
    }
  }
  for (const field of INJECTED_FRONTMATTER) {
    if (fm[field] !== undefined) {
      problems.push(`frontmatter restates "${field}", which src/data/caseStudies/${slug}.ts holds; remove it from the chapter`);
    }
  }

  const study = studies.find((entry) => entry.slug === slug);
  if (!study) {
    problems.push(`no entry for "${slug}" in src/data/caseStudies`);
  } else {
    const todo = Object.entries(study).filter(([, value]) => JSON.stringify(value).includes('TODO'));
    if (todo.length > 0) problems.push(`metadata still has TODO in: ${todo.map(([key]) => key).join(', ')}`);
  }

  const h2 = chapter.headings.filter((heading) => heading.depth === 2);
  const expected = REQUIRED_SECTIONS.map((section) => section.id);
  const present = h2.map((heading) => heading.id);
  for (const id of expected) {
    const count = present.filter((found) => found === id).length;
    if (count === 0) problems.push(`required section "#${id}" is missing`);
    if (count > 1) problems.push(`required section "#${id}" appears ${count} times`);
  }
  const order = present.filter((id): id is string => id !== undefined && (expected as readonly string[]).includes(id));
  const firstOutOfOrder = order.findIndex((id, index) => index > 0 && expected.indexOf(id as never) < expected.indexOf(order[index - 1] as never));
  if (firstOutOfOrder > 0) {
    problems.push(`section "#${order[firstOutOfOrder]}" comes after "#${order[firstOutOfOrder - 1]}"; expected order: ${expected.join(', ')}`);
  }

  const seenIds = new Set<string>();
  for (const heading of chapter.headings) {
    if (heading.depth === 1) problems.push(`line ${heading.line}: no h1 in the body; the title is the h1`);
    if (heading.depth >= 2 && heading.depth <= 3 && !heading.id) {
      problems.push(`line ${heading.line}: heading "${heading.text}" has no explicit id ({/* #some-id */})`);
    }
    if (heading.id && !KEBAB_ID.test(heading.id)) problems.push(`line ${heading.line}: heading id "${heading.id}" is not lowercase kebab-case`);
    if (heading.id && seenIds.has(heading.id)) problems.push(`line ${heading.line}: heading id "${heading.id}" is used twice`);
    if (heading.id) seenIds.add(heading.id);
  }

  const bodyEnd = chapter.sections.findIndex((section) => section.id === BODY_ENDS_BEFORE);
  const sum = (sections: typeof chapter.sections) => sections.reduce((total, section) => total + section.words, 0);
  const words = sum(bodyEnd >= 0 ? chapter.sections.slice(0, bodyEnd) : chapter.sections);
  const totalWords = sum(chapter.sections);
  if (words < minimums.words) problems.push(`has ${words} words before #${BODY_ENDS_BEFORE}; a chapter body needs at least ${minimums.words}`);
  if (words > minimums.maxWords) problems.push(`has ${words} words before #${BODY_ENDS_BEFORE}; keep a chapter body under ${minimums.maxWords}`);
  if (totalWords > minimums.maxTotalWords) problems.push(`has ${totalWords} words in all; keep a chapter under ${minimums.maxTotalWords}`);
  if (chapter.mermaidBlocks.length < minimums.figures) {
    problems.push(`has ${chapter.mermaidBlocks.length} Mermaid figures; needs at least ${minimums.figures}`);
  }
  if (chapter.displayFormulas < minimums.displayFormulas) {
    problems.push(`has ${chapter.displayFormulas} display formulas; needs at least ${minimums.displayFormulas}`);
  }
  const inSection = (id: string) => chapter.collapsibles.filter((block) => block.sectionId === id).length;
  if (inSection('self-check') < minimums.selfCheckQuestions) {
    problems.push(`#self-check has ${inSection('self-check')} questions in <details>; needs at least ${minimums.selfCheckQuestions}`);
  }
  if (inSection('follow-ups') < minimums.followUps) {
    problems.push(`#follow-ups has ${inSection('follow-ups')} answers in <details>; needs at least ${minimums.followUps}`);
  }
  if (!source.includes(`<CaseStudyAtAGlance slug="${slug}" />`)) {
    problems.push(`#at-a-glance must render <CaseStudyAtAGlance slug="${slug}" /> from the metadata module`);
  }
  return problems;
}
