import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { frameworkSteps } from './framework';
import { letterAnchorId } from '@site/src/lib/glossary';
import { caseStudies } from './caseStudies';
import { REQUIRED_SECTIONS } from './chapterContract';
import { GLOSSARY_CATEGORIES, glossary, type GlossaryTerm } from './glossary';

// What links may rely on, read from where it is published rather than restated:
// the metrics reference's heading ids, the framework steps, the operations pages.
const ROOT = path.resolve(import.meta.dirname, '../..');
const METRIC_IDS: readonly string[] = parseChapter(fs.readFileSync(path.join(ROOT, 'docs/reference/metrics.mdx'), 'utf8'))
  .headings.map((heading) => heading.id)
  .filter((id): id is string => id !== undefined);
const FRAMEWORK_PAGES: readonly string[] = ['cheat-sheet', ...frameworkSteps.map((step) => step.id)];
const OPERATIONS_PAGES: readonly string[] = fs
  .readdirSync(path.join(ROOT, 'docs/operations'))
  .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
  .map((file) => file.replace(/\.mdx$/, ''));

const SECTION_IDS: readonly string[] = REQUIRED_SECTIONS.map((section) => section.id);
const CHAPTER_SLUGS: readonly string[] = caseStudies.map((study) => study.slug);

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A sentence ends at ".", "!" or "?", optionally followed by a closing quote or bracket, then a space or the end. */
function countSentences(text: string): number {
  return text.trim().match(/[.!?]["')\]]*(?=\s|$)/g)?.length ?? 0;
}

// Dotted abbreviations and initials would read as sentence ends, so definitions spell them out.
const DOTTED_ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|al|cf|approx|fig)\./i;
const INITIAL = /(?:^|[\s(])[A-Z]\.\s/;

/** What is wrong with a link target, or null when it points at an anchor that is guaranteed to exist. */
function linkProblem(to: string): string | null {
  const match = /^\/docs\/([a-z0-9/-]+?)(?:#([a-z0-9-]+))?$/.exec(to);
  if (!match) return 'is not a path under /docs/';
  const [, path = '', anchor] = match;
  const [section, page, ...rest] = path.split('/');
  if (rest.length > 0) return 'is nested deeper than any page';
  if (section === 'case-studies') {
    if (!page || !CHAPTER_SLUGS.includes(page)) return `names no case study ("${page}")`;
    if (!anchor || !SECTION_IDS.includes(anchor)) return `needs one of the chapter section ids, not "${anchor ?? ''}"`;
    return null;
  }
  if (section === 'reference' && page === 'metrics') {
    return anchor && METRIC_IDS.includes(anchor) ? null : `needs a published metric id, not "${anchor ?? ''}"`;
  }
  const pages = section === 'framework' ? FRAMEWORK_PAGES : section === 'operations' ? OPERATIONS_PAGES : null;
  if (!pages || !page || !pages.includes(page)) return 'is not a chapter section, a metric or a framework or operations page';
  return anchor ? `links into "${anchor}", but ${section} pages promise no anchors` : null;
}

/** Every rule a glossary entry must follow, as a list of readable problems (empty when all hold). */
function glossaryProblems(terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  for (const entry of terms) {
    const where = `"${entry.id}"`;
    if (!KEBAB_CASE.test(entry.id)) problems.push(`${where}: id is not lowercase kebab-case`);
    if (seenIds.has(entry.id)) problems.push(`${where}: id is used twice`);
    seenIds.add(entry.id);
    if (/^letter-[a-z]+$/.test(entry.id) || entry.id === letterAnchorId('#')) problems.push(`${where}: id collides with a letter heading`);
    const name = entry.term.toLowerCase();
    if (seenNames.has(name)) problems.push(`${where}: term "${entry.term}" is defined twice`);
    seenNames.add(name);
    if (!(GLOSSARY_CATEGORIES as readonly string[]).includes(entry.category)) problems.push(`${where}: unknown category "${entry.category}"`);
    const sentences = countSentences(entry.definition);
    if (sentences !== 2) problems.push(`${where}: definition has ${sentences} sentences, not 2`);
    if (!/[.!?]["')\]]*$/.test(entry.definition.trim())) problems.push(`${where}: definition does not end a sentence`);
    if (DOTTED_ABBREVIATION.test(entry.definition) || INITIAL.test(entry.definition)) problems.push(`${where}: definition uses a dotted abbreviation`);
    if (entry.seeAlso.length === 0) problems.push(`${where}: has no see-also link`);
    for (const link of entry.seeAlso) {
      const problem = linkProblem(link.to);
      if (problem) problems.push(`${where}: link ${link.to} ${problem}`);
      if (!link.label.trim()) problems.push(`${where}: link ${link.to} has no label`);
    }
    if (new Set(entry.seeAlso.map((link) => link.to)).size !== entry.seeAlso.length) problems.push(`${where}: repeats a see-also link`);
  }
  return problems;
}

describe('the glossary', () => {
  it('defines at least 100 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(100);
  });

  it('follows every rule: kebab-case unique ids, two-sentence definitions, links only to anchors that exist', () => {
    expect(glossaryProblems(glossary)).toEqual([]);
  });

  it('uses every category', () => {
    const used = new Set(glossary.map((entry) => entry.category));
    expect(GLOSSARY_CATEGORIES.filter((category) => !used.has(category))).toEqual([]);
  });

  it('links every term to a chapter section or a metric, where the depth is', () => {
    const deep = (to: string) => to.startsWith('/docs/case-studies/') || to.startsWith('/docs/reference/metrics#');
    const shallow = glossary.filter((entry) => !entry.seeAlso.some((link) => deep(link.to)));
    // Experiment hygiene that no chapter works through; the experimentation page covers it.
    expect(shallow.map((entry) => entry.id)).toEqual(['sample-ratio-mismatch']);
  });
});

describe('the rules catch bad entries', () => {
  const good: GlossaryTerm = {
    id: 'two-tower',
    term: 'Two-tower model',
    category: 'retrieval',
    definition: 'A retrieval model with a user tower and an item tower. Item vectors go into an ANN index.',
    seeAlso: [{ label: 'Video recommendation: model', to: '/docs/case-studies/video-recommendation#model' }],
  };
  const bad = (changes: Partial<GlossaryTerm>): GlossaryTerm => ({ ...good, ...changes });
  const link = (to: string) => ({ seeAlso: [{ label: 'Somewhere', to }] });

  it('accepts the good entry', () => {
    expect(glossaryProblems([good])).toEqual([]);
  });

  it.each([
    ['an id that is not kebab-case', [bad({ id: 'Two_Tower' })], 'id is not lowercase kebab-case'],
    ['a repeated id', [good, bad({ term: 'Dual encoder' })], 'id is used twice'],
    ['an id that looks like a letter heading', [bad({ id: 'letter-t' })], 'collides with a letter heading'],
    ['a term defined twice', [good, bad({ id: 'dual-encoder' })], 'is defined twice'],
    ['one sentence', [bad({ definition: 'A retrieval model with two towers.' })], 'definition has 1 sentences, not 2'],
    ['three sentences', [bad({ definition: 'One tower. Two towers. An index.' })], 'definition has 3 sentences, not 2'],
    ['no final stop', [bad({ definition: 'One tower. Two towers' })], 'does not end a sentence'],
    ['a dotted abbreviation', [bad({ definition: 'Towers, e.g. two of them. They meet.' })], 'dotted abbreviation'],
    ['an initial', [bad({ definition: 'Proposed by J. Smith. It has two towers.' })], 'dotted abbreviation'],
    ['no see-also link', [bad({ seeAlso: [] })], 'has no see-also link'],
    ['a link outside /docs/', [bad(link('https://example.com/two-tower'))], 'is not a path under /docs/'],
    ['a chapter link without a section', [bad(link('/docs/case-studies/video-recommendation'))], 'needs one of the chapter section ids'],
    ['a chapter link to a made-up section', [bad(link('/docs/case-studies/video-recommendation#two-tower'))], 'needs one of the chapter section ids'],
    ['an unknown case study', [bad(link('/docs/case-studies/music-recommendation#model'))], 'names no case study'],
    ['an unpublished metric id', [bad(link('/docs/reference/metrics#auc'))], 'needs a published metric id'],
    ['an anchor into an operations page', [bad(link('/docs/operations/model-delivery#canary'))], 'promise no anchors'],
    ['an unknown page', [bad(link('/docs/operations/feature-store'))], 'is not a chapter section, a metric'],
  ])('rejects %s', (_name, terms, expected) => {
    expect(glossaryProblems(terms).join('\n')).toContain(expected);
  });
});

describe('countSentences', () => {
  it('counts sentence ends but not decimals or dotted names', () => {
    expect(countSentences('Under 0.1 is stable. Above 0.25 is a major shift.')).toBe(2);
    expect(countSentences('Node.js serves it. Done!')).toBe(2);
    expect(countSentences('It ends with a quote "like this." And another one?')).toBe(2);
    expect(countSentences('No end')).toBe(0);
  });
});
