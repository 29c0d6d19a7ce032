import { parseChapter } from '../chapter-reader/parseChapter';
import { SELF_CHECK_SECTION, type Flashcard } from '../../src/shared/flashcard';

export interface ChapterIdentity {
  /** Case-study slug, e.g. `ad-click-prediction`: the chapter's file name. */
  slug: string;
  title: string;
  /** The chapter's site path without baseUrl, e.g. `/docs/case-studies/ad-click-prediction`. */
  path: string;
}

/**
 * The self-check questions of one case-study chapter as flashcards, in the
 * order they appear. A question without a summary or an answer is a content
 * bug the reader would meet as a blank card, so it fails loudly instead.
 */
export function extractCards(source: string, { slug, title, path }: ChapterIdentity): Flashcard[] {
  const blocks = parseChapter(source).collapsibles.filter((block) => block.sectionId === SELF_CHECK_SECTION);
  return blocks.map((block, index) => {
    const n = index + 1;
    if (!block.summary) throw new Error(`${slug}: self-check question ${n} has an empty <summary>.`);
    if (!block.body) throw new Error(`${slug}: self-check question ${n} ("${block.summary}") has no answer.`);
    return {
      id: `${slug}--${n}`,
      question: block.summary,
      answer: block.body,
      chapter: slug,
      chapterTitle: title,
      sectionId: SELF_CHECK_SECTION,
      url: `${path}#${SELF_CHECK_SECTION}`,
    };
  });
}
