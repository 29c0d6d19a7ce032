/**
 * The flashcard model the plugin produces and the flashcards page reads. Plain
 * types and constants only: the page imports this module into the browser bundle.
 */

/** Plugin name. */
export const FLASHCARDS_PLUGIN_NAME = 'flashcards';

/** The route of the flashcards page. */
export const FLASHCARDS_ROUTE = '/flashcards';

/** Where the Anki file lands in the build output, relative to the site root (prefix baseUrl to link to it). */
export const ANKI_FILE_PATH = '/downloads/self-check-cards.txt';

/** The chapter section the cards come from. */
export const SELF_CHECK_SECTION = 'self-check';

export interface Flashcard {
  /** `<chapter slug>--<n>`, n counting the chapter's self-check questions from 1. */
  id: string;
  question: string;
  /** Markdown as written in the chapter, math kept as `$...$`. */
  answer: string;
  /** Case-study slug: the chapter's file name and URL segment. */
  chapter: string;
  chapterTitle: string;
  sectionId: typeof SELF_CHECK_SECTION;
  /** Site path of the card's question, without baseUrl: `/docs/case-studies/<slug>#sc-<question slug>`. */
  url: string;
}

/** A card as the flashcards page receives it: question and answer typeset at build time (KaTeX HTML with MathML). */
export interface RenderedFlashcard extends Flashcard {
  questionHtml: string;
  answerHtml: string;
}
