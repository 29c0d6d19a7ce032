import { describe, expect, it } from 'vitest';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { QUESTION_ID } from '@site/plugins/remark-question-ids/questionId';
import { contentFiles, read } from '@site/scripts/support/contentFiles';

const pages = contentFiles('docs', 'blog').filter((file) => file.endsWith('.mdx'));

/** Problems with the ids of one page's collapsible questions, each naming the file and the question. */
export function questionIdProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const block of parseChapter(source).collapsibles) {
    const where = `${file}:${block.line} "${block.summary}"`;
    if (!block.id || !QUESTION_ID.test(block.id)) {
      problems.push(`${where} has no usable id (got ${JSON.stringify(block.id)})`);
      continue;
    }
    const earlier = seen.get(block.id);
    if (earlier) problems.push(`${where} shares the id "${block.id}" with ${earlier}`);
    seen.set(block.id, `line ${block.line} "${block.summary}"`);
  }
  return problems;
}

describe('every collapsible question can be linked', () => {
  it.each(pages)('%s gives each question its own id', (file) => {
    expect(questionIdProblems(file, read(file))).toEqual([]);
  });

  it('names the file and the question when two share an id or one has none', () => {
    const source = [
      '## Self-check {/* #self-check */}',
      '',
      '<details>',
      '<summary>Why calibrate?</summary>',
      '',
      'A.',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>Why calibrate</summary>',
      '',
      'B.',
      '',
      '</details>',
      '',
      '<details>',
      '<summary>?</summary>',
      '',
      'C.',
      '',
      '</details>',
      '',
    ].join('\n');
    expect(questionIdProblems('docs/x.mdx', source)).toEqual([
      'docs/x.mdx:10 "Why calibrate" shares the id "sc-why-calibrate" with line 3 "Why calibrate?"',
      'docs/x.mdx:17 "?" has no usable id (got undefined)',
    ]);
  });
});
