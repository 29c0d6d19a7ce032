/**
 * The mock-interview kit the practice plugin reads from each chapter and the
 * practice pages show. Plain types and constants only: the practice page
 * imports this module into its browser bundle.
 */

/** Plugin name. */
export const PRACTICE_PLUGIN_NAME = 'practice-kits';

/** Practice pages live under this route, one per case study: `/practice/<slug>`. */
export const PRACTICE_ROUTE = '/practice';

/** The chapter section the kit comes from. */
export const MOCK_INTERVIEW_SECTION = 'mock-interview';

/** Site path (without baseUrl) of a case study's practice page. */
export function practicePath(slug: string): string {
  return `${PRACTICE_ROUTE}/${slug}`;
}

/** A piece of chapter text: its Markdown as written (for exports) and its HTML rendered at build time, formulas typeset by KaTeX. */
export interface RichText {
  markdown: string;
  html: string;
}

/** One framework step of the kit: what the interviewer asks and what a strong answer shows. */
export interface KitStep {
  /** The framework step's id (`src/data/framework.ts`). */
  stepId: string;
  /** The step's name as the chapter's table writes it. */
  label: string;
  prompt: RichText;
  signals: RichText;
}

export interface RubricDimension {
  name: string;
  /** What earns each score, from 1 to RUBRIC_LEVELS. */
  levels: RichText[];
  /** What caps the dimension at 1, when the chapter's rubric has a red-flag column. */
  redFlag?: RichText;
}

/** Scores run from 1 to this in every chapter's rubric. */
export const RUBRIC_LEVELS = 4;

export interface Rubric {
  dimensions: RubricDimension[];
  /** The red-flag column's heading, when the rubric has one. */
  redFlagLabel?: string;
  /** Prose after the rubric, such as how to read the total. */
  notes: RichText[];
}

export interface Curveball {
  /** What the interviewer says, without the quotation marks. */
  prompt: RichText;
  /** What to listen for in the answer. */
  listenFor: RichText;
}

export interface PracticeKit {
  /** Case-study slug. */
  slug: string;
  title: string;
  /** Site path of the chapter, without baseUrl. */
  chapterPath: string;
  /** The section's opening prose. */
  intro: RichText[];
  /** One per framework step, in the framework's order. */
  steps: KitStep[];
  rubric: Rubric;
  curveballs: Curveball[];
}
