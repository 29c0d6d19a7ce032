/**
 * Card text as the flashcards page and the Anki export both need it: paragraphs
 * of plain text and TeX math, without a Markdown renderer. Card answers are
 * short prose with inline math, which is all this reads; other Markdown stays
 * as written.
 */

export type Segment = { kind: 'text'; value: string } | { kind: 'math'; tex: string; display: boolean };

/** Finds the next `$` (or `$$`) at or after `from` that a backslash does not escape. */
function closingDelimiter(text: string, from: number, delimiter: '$' | '$$'): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1; // skip the escaped character, `\$` included
    } else if (text.startsWith(delimiter, i)) {
      return i;
    }
  }
  return -1;
}

/**
 * Splits one paragraph into text and math, as remark-math reads it: `$$...$$`
 * is display math, `$...$` inline math, `\$` a literal dollar sign, and a `$`
 * that never closes is literal too. Line breaks inside a paragraph become spaces.
 */
export function splitMath(paragraph: string): Segment[] {
  const source = paragraph.replace(/\s*\n\s*/g, ' ');
  const segments: Segment[] = [];
  let text = '';
  const flushText = () => {
    if (text) segments.push({ kind: 'text', value: text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('\\$', i)) {
      text += '$';
      i += 2;
      continue;
    }
    if (source[i] === '$') {
      const delimiter = source.startsWith('$$', i) ? '$$' : '$';
      const close = closingDelimiter(source, i + delimiter.length, delimiter);
      if (close > i + delimiter.length) {
        flushText();
        segments.push({ kind: 'math', tex: source.slice(i + delimiter.length, close).trim(), display: delimiter === '$$' });
        i = close + delimiter.length;
        continue;
      }
    }
    text += source[i];
    i += 1;
  }
  flushText();
  return segments;
}

/** Paragraphs (separated by blank lines) of text and math segments. */
export function cardParagraphs(markdown: string): Segment[][] {
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map(splitMath);
}

/** The card as one line of plain text, math as `$TeX$`: what a screen reader is given to read out. */
export function cardPlainText(markdown: string): string {
  return cardParagraphs(markdown)
    .map((paragraph) => paragraph.map((segment) => (segment.kind === 'text' ? segment.value : `$${segment.tex}$`)).join(''))
    .join(' ');
}
