import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { toAnkiText } from './ankiExport';
import { extractCards, type ChapterIdentity } from './extractCards';
import { markdownToHtml } from '../markdown-html';
import { ANKI_FILE_PATH, FLASHCARDS_PLUGIN_NAME, FLASHCARDS_ROUTE, type Flashcard, type RenderedFlashcard } from '../../src/shared/flashcard';

export interface FlashcardsContent {
  cards: RenderedFlashcard[];
}

/**
 * Typesets a card as its chapter does: Markdown to HTML, formulas with KaTeX,
 * at build time, so the page ships no renderer. A formula KaTeX rejects fails
 * the build, naming the card.
 */
export function renderCard(card: Flashcard, baseUrl: string): RenderedFlashcard {
  const options = { baseUrl, sourcePath: card.url.replace(/#.*$/, '') };
  try {
    return { ...card, questionHtml: markdownToHtml(card.question, { ...options, inline: true }), answerHtml: markdownToHtml(card.answer, options) };
  } catch (error) {
    throw new Error(`${card.chapter}: self-check card ${card.id} cannot be rendered: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads each listed chapter (`<slug>.mdx` in `chaptersDir`) and collects its self-check cards. */
export async function loadChapterCards(chaptersDir: string, chapters: readonly ChapterIdentity[]): Promise<Flashcard[]> {
  const perChapter = await Promise.all(
    chapters.map(async (chapter) => extractCards(await fs.readFile(path.join(chaptersDir, `${chapter.slug}.mdx`), 'utf8'), chapter)),
  );
  return perChapter.flat();
}

export interface FlashcardsOptions {
  /** The page component for the flashcards route; it receives `cards` as a prop. */
  pageComponent: string;
  /** The chapters to read, with the title and path the site gives them (the config passes the case-study metadata). */
  chapters: readonly ChapterIdentity[];
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
      const cards = await loadChapterCards(chaptersDir, options.chapters);
      return { cards: cards.map((card) => renderCard(card, context.baseUrl)) };
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
