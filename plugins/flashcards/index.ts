import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parseChapter } from '../chapter-reader/parseChapter';
import { toAnkiText } from './ankiExport';
import { extractCards } from './extractCards';
import { ANKI_FILE_PATH, FLASHCARDS_PLUGIN_NAME, FLASHCARDS_ROUTE, type Flashcard } from './flashcard';

export interface FlashcardsContent {
  cards: Flashcard[];
}

/** Reads every case-study chapter (index.mdx is the overview, not a chapter) and collects its self-check cards. */
export async function loadChapterCards(chaptersDir: string): Promise<Flashcard[]> {
  const files = (await fs.readdir(chaptersDir)).filter((name) => name.endsWith('.mdx') && name !== 'index.mdx').sort();
  const perChapter = await Promise.all(
    files.map(async (name) => {
      const slug = name.replace(/\.mdx$/, '');
      const source = await fs.readFile(path.join(chaptersDir, name), 'utf8');
      const { frontmatter } = parseChapter(source);
      // Card links are built from the file name; a chapter served at another URL would send readers to a 404.
      if (frontmatter.slug !== undefined && frontmatter.slug !== `/case-studies/${slug}`) {
        throw new Error(`${name}: frontmatter slug "${String(frontmatter.slug)}" should be "/case-studies/${slug}" for its flashcard links.`);
      }
      if (typeof frontmatter.title !== 'string' || !frontmatter.title) throw new Error(`${name}: no frontmatter title for its flashcards.`);
      return extractCards(source, { slug, title: frontmatter.title });
    }),
  );
  return perChapter.flat();
}

export interface FlashcardsOptions {
  /** The page component for the flashcards route; it receives `cards` as a prop. */
  pageComponent: string;
}

/**
 * Turns the chapters' self-check questions into flashcards: served to the
 * flashcards page as its route data (so no other page downloads them), and
 * written as an Anki file into the build.
 */
export default function flashcardsPlugin(context: LoadContext, options: FlashcardsOptions): Plugin<FlashcardsContent> {
  const chaptersDir = path.join(context.siteDir, 'docs', 'case-studies');
  return {
    name: FLASHCARDS_PLUGIN_NAME,

    getPathsToWatch() {
      return [path.join(chaptersDir, '*.mdx')];
    },

    async loadContent() {
      return { cards: await loadChapterCards(chaptersDir) };
    },

    async contentLoaded({ content, actions }) {
      const cards = await actions.createData('cards.json', JSON.stringify(content.cards));
      actions.addRoute({
        path: `${context.baseUrl.replace(/\/$/, '')}${FLASHCARDS_ROUTE}`,
        component: options.pageComponent,
        modules: { cards },
        exact: true,
      });
    },

    async postBuild({ content, outDir, siteConfig }) {
      const file = path.join(outDir, ANKI_FILE_PATH);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, toAnkiText(content.cards, { siteUrl: siteConfig.url, baseUrl: siteConfig.baseUrl, deck: siteConfig.title }), 'utf8');
    },
  };
}
