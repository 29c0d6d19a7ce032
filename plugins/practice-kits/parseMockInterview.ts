import type { List, ListItem, Paragraph, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseChapter } from '../chapter-reader/parseChapter';
import { markdownToHtml } from '../markdown-html';
import {
  MOCK_INTERVIEW_SECTION,
  RUBRIC_LEVELS,
  type Curveball,
  type KitStep,
  type PracticeKit,
  type RichText,
  type RubricDimension,
} from '../../src/shared/practiceKit';

/** A framework step as the kit's prompts table may name it. */
export interface StepName {
  id: string;
  title: string;
  /** The shorter name tables use, when there is one. */
  shortTitle?: string;
}

export interface KitChapter {
  slug: string;
  title: string;
  /** Site path of the chapter, without baseUrl. */
  path: string;
}

export interface ParseKitOptions {
  /** Named in every error, so a build failure points at the chapter to fix. */
  file: string;
  chapter: KitChapter;
  /** The framework's steps in order: the prompts table has one row per step, in this order. */
  steps: readonly StepName[];
  baseUrl: string;
}

/** A chapter whose mock-interview section the practice page cannot be built from. */
export class MockInterviewError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`${file}: the mock-interview kit is malformed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'MockInterviewError';
  }
}

const PROMPTS_HEADER = ['framework step', 'interviewer prompt', 'strong signals'];
const RUBRIC_LEVEL_HEADERS = Array.from({ length: RUBRIC_LEVELS }, (_, index) => String(index + 1));
/** A paragraph this short right before a table or list names it ("Scoring rubric:", "**Curveballs**"). */
const LABEL_MAX_WORDS = 6;

const lineOf = (node: RootContent | TableRow | ListItem) => node.position?.start.line ?? 0;
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function sourceOf(source: string, nodes: readonly { position?: { start: { offset?: number }; end: { offset?: number } } }[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : source.slice(first, last).trim();
}

/** Strips the quotation marks around text that is one quotation: a prompt is what the interviewer says. */
function unquote(text: string): string {
  const match = /^["“]([^"”]+)["”]$/.exec(text.trim());
  return match ? (match[1] as string) : text.trim();
}

function isMdx(node: { type: string }): boolean {
  return node.type.startsWith('mdx');
}

/**
 * Reads a chapter's `#mock-interview` section into a practice kit. The common
 * structure, in this order: opening prose; the prompts table (framework step,
 * interviewer prompt, strong signals; one row per framework step, in order);
 * the rubric table (dimension, then scores 1 to 4, optionally a red-flag
 * column), optionally followed by prose on reading the scores; and the
 * curveballs as a list, each a quoted prompt followed by what to listen for.
 * Short labels ("Scoring rubric:", "**Curveballs**", an h3) may name each
 * part. Anything else fails with every problem found, naming the file and line.
 */
export function parseMockInterview(source: string, options: ParseKitOptions): PracticeKit {
  const { file, chapter, steps, baseUrl } = options;
  const problems: string[] = [];
  const problem = (line: number, message: string) => problems.push(`line ${line}: ${message}`);
  const render = (markdown: string, inline: boolean): string => {
    try {
      return markdownToHtml(markdown, { baseUrl, sourcePath: chapter.path, inline });
    } catch (error) {
      problems.push(`cannot render "${markdown.slice(0, 60)}": ${(error as Error).message}`);
      return '';
    }
  };
  const rich = (markdown: string, inline = true): RichText => ({ markdown, html: render(markdown, inline) });

  const section = parseChapter(source, { gfm: true }).sections.find((candidate) => candidate.id === MOCK_INTERVIEW_SECTION);
  if (!section) throw new MockInterviewError(file, [`no "## Mock interview {/* #${MOCK_INTERVIEW_SECTION} */}" section`]);
  const sectionLine = section.heading?.line ?? 0;

  const intro: RichText[] = [];
  const notes: RichText[] = [];
  let pending: Paragraph[] = [];
  let kitSteps: KitStep[] | undefined;
  let dimensions: RubricDimension[] | undefined;
  let redFlagLabel: string | undefined;
  let curveballs: Curveball[] | undefined;

  /** Paragraphs met since the last part: a short last one labels the part that follows; the rest are rubric notes. */
  const takePending = () => {
    const last = pending.at(-1);
    if (last && wordCount(toString(last)) <= LABEL_MAX_WORDS) pending.pop();
    for (const paragraph of pending) notes.push(rich(sourceOf(source, [paragraph]), false));
    pending = [];
  };

  for (const node of section.nodes) {
    if (node.type !== 'heading') {
      let mdx: string | undefined;
      visit(node, (child) => {
        if (!mdx && isMdx(child)) mdx = child.type;
      });
      if (mdx) {
        problem(lineOf(node), `MDX (${mdx}) cannot be shown on the practice page; write the kit in Markdown`);
        continue;
      }
    }
    switch (node.type) {
      case 'heading':
        // h3 labels such as "Scoring rubric" name the part that follows.
        if (node.depth < 3) problem(lineOf(node), 'unexpected heading inside the section');
        break;
      case 'paragraph':
        if (kitSteps === undefined) intro.push(rich(sourceOf(source, [node]), false));
        else pending.push(node);
        break;
      case 'table': {
        const header = (node.children[0]?.children ?? []).map((cell) => normalize(toString(cell)));
        if (header.join('|') === PROMPTS_HEADER.join('|')) {
          if (kitSteps) problem(lineOf(node), 'a second prompts table');
          else kitSteps = readPrompts(node);
          pending = [];
        } else if (header[0] === 'dimension' && RUBRIC_LEVEL_HEADERS.every((level, index) => header[index + 1] === level)) {
          if (!kitSteps) problem(lineOf(node), 'the rubric comes before the prompts table');
          if (dimensions) problem(lineOf(node), 'a second rubric table');
          else dimensions = readRubric(node);
          takePending();
        } else {
          problem(
            lineOf(node),
            `a table the kit does not know (header "${header.join(' | ')}"); the prompts table's header is "Framework step | Interviewer prompt | Strong signals", the rubric's "Dimension | 1 | 2 | 3 | 4"`,
          );
        }
        break;
      }
      case 'list':
        if (!dimensions) problem(lineOf(node), 'a list before the rubric; the curveballs come after it');
        if (curveballs) problem(lineOf(node), 'a second list; the curveballs are one list');
        else curveballs = readCurveballs(node);
        takePending();
        break;
      default:
        problem(lineOf(node), `unexpected ${node.type} in the section`);
    }
  }
  if (pending.length > 0) problem(lineOf(pending[0] as Paragraph), 'text after the curveballs; the curveball list ends the kit');

  if (!kitSteps) problem(sectionLine, 'no prompts table (header "Framework step | Interviewer prompt | Strong signals")');
  if (!dimensions) problem(sectionLine, `no rubric table (header "Dimension | ${RUBRIC_LEVEL_HEADERS.join(' | ')}")`);
  if (!curveballs) problem(sectionLine, 'no curveballs (a list of quoted prompts after the rubric)');
  if (problems.length > 0 || !kitSteps || !dimensions || !curveballs) throw new MockInterviewError(file, problems);

  return {
    slug: chapter.slug,
    title: chapter.title,
    chapterPath: chapter.path,
    intro,
    steps: kitSteps,
    rubric: { dimensions, ...(redFlagLabel ? { redFlagLabel } : {}), notes },
    curveballs,
  };

  function cells(row: TableRow): string[] {
    return row.children.map((cell) => sourceOf(source, cell.children));
  }

  function readPrompts(table: Table): KitStep[] {
    const rows = table.children.slice(1);
    if (rows.length !== steps.length) problem(lineOf(table), `the prompts table has ${rows.length} rows; it needs one per framework step (${steps.length})`);
    return rows.flatMap((row, index): KitStep[] => {
      const [label = '', prompt = '', signals = ''] = cells(row);
      const step = steps[index];
      if (!step) return [];
      const names = [step.title, step.shortTitle].filter((name): name is string => Boolean(name)).map(normalize);
      const labelText = toString(row.children[0] ?? { type: 'text', value: '' });
      if (!names.includes(normalize(labelText))) {
        problem(lineOf(row), `prompts row ${index + 1} is "${labelText}"; step ${index + 1} of the framework is "${step.shortTitle ?? step.title}"`);
      }
      if (!prompt) problem(lineOf(row), `no interviewer prompt for "${labelText}"`);
      if (!signals) problem(lineOf(row), `no strong signals for "${labelText}"`);
      return [{ stepId: step.id, label: labelText.trim() || label, prompt: rich(unquote(prompt)), signals: rich(signals) }];
    });
  }

  function readRubric(table: Table): RubricDimension[] {
    const headerCells = table.children[0]?.children ?? [];
    const extra = headerCells.length - 1 - RUBRIC_LEVELS;
    if (extra > 1) problem(lineOf(table), `the rubric has ${extra} columns after the scores; at most one (a red flag) is allowed`);
    if (extra === 1) {
      const label = toString(headerCells.at(-1) ?? { type: 'text', value: '' }).trim();
      if (!/^red flag/i.test(label)) problem(lineOf(table), `the rubric's last column is "${label}"; the only extra column allowed is a red flag`);
      redFlagLabel = label;
    }
    const rows = table.children.slice(1);
    if (rows.length === 0) problem(lineOf(table), 'the rubric has no dimensions');
    const seen = new Set<string>();
    return rows.map((row) => {
      const [name = '', ...rest] = cells(row);
      const levels = rest.slice(0, RUBRIC_LEVELS);
      const redFlag = extra === 1 ? rest[RUBRIC_LEVELS] : undefined;
      const nameText = toString(row.children[0] ?? { type: 'text', value: '' }).trim();
      if (!nameText) problem(lineOf(row), 'a rubric row without a dimension name');
      if (seen.has(normalize(nameText))) problem(lineOf(row), `the rubric names "${nameText}" twice`);
      seen.add(normalize(nameText));
      levels.forEach((level, index) => {
        if (!level) problem(lineOf(row), `"${nameText}" says nothing for a score of ${index + 1}`);
      });
      if (levels.length < RUBRIC_LEVELS) problem(lineOf(row), `"${nameText}" has ${levels.length} of ${RUBRIC_LEVELS} scores`);
      if (extra === 1 && !redFlag) problem(lineOf(row), `"${nameText}" has no red flag`);
      return { name: nameText || name, levels: levels.map((level) => rich(level)), ...(redFlag ? { redFlag: rich(redFlag) } : {}) };
    });
  }

  function readCurveballs(list: List): Curveball[] {
    if (list.children.length === 0) problem(lineOf(list), 'the curveball list is empty');
    return list.children.flatMap((item, index): Curveball[] => {
      const text = sourceOf(source, item.children);
      const match = /^["“]([^"”]+)["”]\s*([\s\S]*)$/.exec(text);
      if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph' || !match) {
        problem(lineOf(item), `curveball ${index + 1} must be one paragraph: a quoted prompt, then what to listen for`);
        return [];
      }
      const listenFor = (match[2] as string).replace(/^\(([\s\S]*)\)\.?$/, '$1').trim();
      if (!listenFor) {
        problem(lineOf(item), `curveball ${index + 1} ("${match[1]}") does not say what to listen for`);
        return [];
      }
      return [{ prompt: rich((match[1] as string).trim()), listenFor: rich(listenFor) }];
    });
  }
}
