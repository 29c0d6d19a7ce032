import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkMermaidFigure, { parseFenceMeta } from './index';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

async function transform(name: string): Promise<string> {
  const file = new VFile({ path: fixture(name), value: fs.readFileSync(fixture(name), 'utf8') });
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkMermaidFigure).use(remarkStringify).process(file);
  return String(result);
}

describe('remark-mermaid-figure', () => {
  it('wraps a titled, captioned diagram in a Figure with its text alternative', async () => {
    const out = await transform('diagram.in.mdx');
    expect(out).toBe(fs.readFileSync(fixture('diagram.out.mdx'), 'utf8'));
  });

  it('rejects a diagram without a caption, naming the file, the line and what to add', async () => {
    await expect(transform('missing-caption.in.mdx')).rejects.toThrow(/caption="\.\.\."/);
    await expect(transform('missing-caption.in.mdx')).rejects.toMatchObject({
      file: expect.stringContaining('missing-caption.in.mdx'),
      line: 1,
    });
  });

  it('reads quoted attributes from the fence meta', () => {
    expect(parseFenceMeta('id="fig-a" title="A title" caption="Notice: it works."')).toEqual({
      id: 'fig-a',
      title: 'A title',
      caption: 'Notice: it works.',
    });
  });
});
