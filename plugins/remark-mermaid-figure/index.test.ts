import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it } from 'vitest';
import { SVG_LOADER } from '../diagram-svgs/loaderPath';
import { storedSvgs } from '../diagram-svgs/store';
import { figuresIn } from './figures';
import remarkMermaidFigure, { parseFenceMeta, type Options } from './index';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const pages: string[] = [];

afterEach(() => {
  for (const dir of pages.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture page in a fresh folder; `draw` stores a drawing of each of its figures there, `stale` one of an older version. */
function page(name: string, { draw = false, stale = false } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-'));
  pages.push(dir);
  const file = path.join(dir, name);
  const source = fs.readFileSync(fixture(name), 'utf8');
  fs.writeFileSync(file, source);
  for (const figure of figuresIn(source)) {
    for (const drawing of storedSvgs(file, figure.id as string, stale ? `${figure.source}\n  extra --> node` : figure.source)) {
      fs.mkdirSync(path.dirname(drawing.path), { recursive: true });
      fs.writeFileSync(drawing.path, '<svg width="400" height="200" data-label-px="16"></svg>\n');
    }
  }
  if (draw || stale) return file;
  fs.rmSync(path.join(dir, '_diagrams'), { recursive: true, force: true });
  return file;
}

async function transform(file: string, options?: Options): Promise<string> {
  const vfile = new VFile({ path: file, cwd: path.dirname(file), value: fs.readFileSync(file, 'utf8') });
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkMermaidFigure, options).use(remarkStringify).process(vfile);
  // Paths and keys differ per machine and Mermaid version: name them instead.
  return String(result)
    .replaceAll(SVG_LOADER, '<loader>')
    .replaceAll(path.dirname(file), '<page folder>')
    .replace(/\.(light|dark)\.[0-9a-f]{16}\.svg/g, '.$1.<key>.svg');
}

describe('remark-mermaid-figure', () => {
  it('wraps a titled, captioned diagram in a Figure with its text alternative and its stored drawings', async () => {
    const out = await transform(page('diagram.in.mdx', { draw: true }));
    expect(out).toBe(fs.readFileSync(fixture('diagram.out.mdx'), 'utf8'));
  });

  it('rejects a diagram without a caption, naming the file, the line and what to add', async () => {
    const file = page('missing-caption.in.mdx');
    await expect(transform(file)).rejects.toThrow(/caption="\.\.\."/);
    await expect(transform(file)).rejects.toMatchObject({ file: expect.stringContaining('missing-caption.in.mdx') as string, line: 1 });
  });

  it('fails on a figure that has not been drawn, naming file, line and figure and telling to run npm run diagrams', async () => {
    const file = page('diagram.in.mdx');
    await expect(transform(file)).rejects.toThrow(
      'diagram.in.mdx:3 figure "fig-serving": it has not been drawn yet. Run `npm run diagrams` to draw it, then commit the SVG files it writes.',
    );
    await expect(transform(file)).rejects.toMatchObject({ line: 3 });
  });

  it('fails on a figure whose drawing is of an older version of the diagram, saying it is out of date', async () => {
    await expect(transform(page('diagram.in.mdx', { stale: true }))).rejects.toThrow(
      /diagram\.in\.mdx:3 figure "fig-serving": its drawing is out of date \(the diagram changed since it was drawn\)\. Run `npm run diagrams`/,
    );
  });

  it('leaves a figure without drawings to be drawn live when asked to (the development server)', async () => {
    const out = await transform(page('diagram.in.mdx'), { whenNotDrawn: 'draw-live' });
    expect(out).toContain('<Figure id="fig-serving"');
    expect(out).not.toContain('require(');
  });

  it('reads quoted attributes from the fence meta', () => {
    expect(parseFenceMeta('id="fig-a" title="A title" caption="Notice: it works."')).toEqual({
      id: 'fig-a',
      title: 'A title',
      caption: 'Notice: it works.',
    });
  });
});
