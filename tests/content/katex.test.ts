import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { contentFiles, read } from '@site/scripts/support/contentFiles';

/**
 * Every formula rendered by KaTeX with the build's settings (strict: 'error'),
 * so a bad formula fails in seconds with file and line, before the build
 * would fail on it.
 */
function formulaErrors(file: string, source: string): string[] {
  const { tree } = parseChapter(source, { mdx: file.endsWith('.mdx') });
  const errors: string[] = [];
  visit(tree, ['math', 'inlineMath'], (node) => {
    const math = node as { type: string; value: string; position?: { start: { line: number } } };
    try {
      katex.renderToString(math.value, { displayMode: math.type === 'math', strict: 'error', throwOnError: true });
    } catch (error) {
      errors.push(`${file}:${math.position?.start.line ?? '?'}: ${(error as Error).message}`);
    }
  });
  return errors;
}

describe('every formula renders in KaTeX', () => {
  it.each(contentFiles('docs', 'blog'))('%s', (file) => {
    expect(formulaErrors(file, read(file))).toEqual([]);
  });
});

describe('a formula KaTeX rejects fails, naming the place', () => {
  it('reports the file, the line and KaTeX’s reason', () => {
    const source = ['# Fixture', '', 'Fine: $a+b$.', '', '$$', '\\frac{1}{', '$$', ''].join('\n');
    expect(formulaErrors('fixture.mdx', source)).toEqual([expect.stringMatching(/^fixture\.mdx:5: KaTeX parse error/)]);
  });
});
