import { cardParagraphs, type Segment } from '../../src/shared/cardText';
import type { Flashcard } from '../../src/shared/flashcard';

export interface AnkiExportOptions {
  /** Site origin, `siteConfig.url`. */
  siteUrl: string;
  /** `siteConfig.baseUrl`, with its slashes. */
  baseUrl: string;
  /** Deck the import dialog preselects. */
  deck: string;
}

/** The file's columns; the chapter slug doubles as the note's tag, so a learner can filter by chapter in Anki. */
export const ANKI_COLUMNS = ['Front', 'Back', 'Chapter', 'Link'] as const;
const TAGS_COLUMN = ANKI_COLUMNS.indexOf('Chapter') + 1;

/** Absolute URL of a site path such as `/docs/x#id`, under the site's base URL. */
export function absoluteUrl(sitePath: string, { siteUrl, baseUrl }: Pick<AnkiExportOptions, 'siteUrl' | 'baseUrl'>): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(base + sitePath.replace(/^\/+/, ''), siteUrl).href;
}

/**
 * Escapes text for a field of a `#html:true` file. Tabs would split the field and
 * a leading double quote would start a quoted field, so neither survives raw.
 */
export function escapeField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\r\n]+/g, ' ');
}

/** Anki renders MathJax between `\(...\)` and `\[...\]`, so TeX shows as formulas there. */
function segmentHtml(segment: Segment): string {
  if (segment.kind === 'text') return escapeField(segment.value);
  return segment.display ? `\\[${escapeField(segment.tex)}\\]` : `\\(${escapeField(segment.tex)}\\)`;
}

/** Card Markdown as one line of Anki HTML: paragraphs joined by blank-line breaks. */
export function fieldHtml(markdown: string): string {
  return cardParagraphs(markdown)
    .map((paragraph) => paragraph.map(segmentHtml).join(''))
    .join('<br><br>');
}

function row(card: Flashcard, options: AnkiExportOptions): string {
  const link = absoluteUrl(card.url, options);
  const back = `${fieldHtml(card.answer)}<br><br><a href="${escapeField(link)}">${escapeField(`Open in chapter: ${card.chapterTitle}`)}</a>`;
  return [fieldHtml(card.question), back, escapeField(card.chapter), escapeField(link)].join('\t');
}

/**
 * The cards as a tab-separated file Anki (2.1.55 and later) imports without
 * questions: header lines set the separator, HTML, note type, deck, columns and
 * the tags column. Anki matches notes on the first field, so re-importing after a
 * chapter edit updates the cards in place and keeps their review history.
 */
export function toAnkiText(cards: readonly Flashcard[], options: AnkiExportOptions): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${options.deck.replace(/[\t\r\n]+/g, ' ')}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${TAGS_COLUMN}`,
  ];
  return `${[...header, ...cards.map((card) => row(card, options))].join('\n')}\n`;
}
