// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { contentFiles, read } from '@site/scripts/support/contentFiles';

/** Mermaid's own parser, as the browser will run it; the message names the file, line and figure. */
async function diagramErrors(file: string, source: string): Promise<string[]> {
  const errors: string[] = [];
  for (const block of parseChapter(source, { mdx: file.endsWith('.mdx') }).mermaidBlocks) {
    try {
      await mermaid.parse(block.source);
    } catch (error) {
      const id = /id="([^"]+)"/.exec(block.meta)?.[1] ?? 'figure without id';
      const reason = (error as Error).message.split('\n').slice(0, 3).join(' ');
      errors.push(`${file}:${block.line} (${id}): ${reason}`);
    }
  }
  return errors;
}

describe('every Mermaid diagram parses', () => {
  it.each(contentFiles('docs', 'blog'))('%s', async (file) => {
    expect(await diagramErrors(file, read(file))).toEqual([]);
  });
});

describe('a diagram that does not parse fails, naming the place', () => {
  it('reports the file, the line and the figure id', async () => {
    const errors = await diagramErrors('tests/fixtures/broken-diagram.mdx', read('tests/fixtures/broken-diagram.mdx'));
    expect(errors).toEqual([expect.stringMatching(/^tests\/fixtures\/broken-diagram\.mdx:5 \(fig-broken\): Parse error/)]);
  });
});
