import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parseMockInterview, type KitChapter, type StepName } from './parseMockInterview';
import { PRACTICE_PLUGIN_NAME, practicePath, type PracticeKit } from '../../src/shared/practiceKit';

export interface PracticeKitsContent {
  kits: PracticeKit[];
}

export interface PracticeKitsOptions {
  /** The page component of each practice route; it receives `kit` as a prop. */
  pageComponent: string;
  /** The chapters to read, with the title and path the site gives them (the config passes the case-study metadata). */
  chapters: readonly KitChapter[];
  /** The framework's steps in order (the config passes src/data/framework). */
  steps: readonly StepName[];
}

/** Reads each listed chapter (`<slug>.mdx` in `chaptersDir`) and parses its mock-interview kit; a malformed kit throws, naming the file. */
export async function loadPracticeKits(chaptersDir: string, options: Pick<PracticeKitsOptions, 'chapters' | 'steps'>, baseUrl: string): Promise<PracticeKit[]> {
  return Promise.all(
    options.chapters.map(async (chapter) => {
      const file = path.join(chaptersDir, `${chapter.slug}.mdx`);
      return parseMockInterview(await fs.readFile(file, 'utf8'), { file, chapter, steps: options.steps, baseUrl });
    }),
  );
}

/**
 * One practice page per case study, built from the chapter's mock-interview
 * section: the kit travels as that route's data, so only practice pages load
 * it, and the page component's code is split into their own chunk.
 */
export default function practiceKitsPlugin(context: LoadContext, options: PracticeKitsOptions): Plugin<PracticeKitsContent> {
  const chaptersDir = path.join(context.siteDir, 'docs', 'case-studies');
  return {
    name: PRACTICE_PLUGIN_NAME,

    getPathsToWatch() {
      return [path.join(chaptersDir, '*.mdx')];
    },

    async loadContent() {
      return { kits: await loadPracticeKits(chaptersDir, options, context.baseUrl) };
    },

    async contentLoaded({ content, actions }) {
      for (const kit of content.kits) {
        const data = await actions.createData(`kit-${kit.slug}.json`, JSON.stringify(kit));
        actions.addRoute({
          path: `${context.baseUrl.replace(/\/$/, '')}${practicePath(kit.slug)}`,
          component: options.pageComponent,
          modules: { kit: data },
          exact: true,
        });
      }
    },
  };
}
