import { describe, expect, it } from 'vitest';
import { countWords, parseChapter } from './parseChapter';

const chapter = [
  '---',
  'title: Fixture',
  'slug: /case-studies/fixture',
  '---',
  '',
  '## Model {/* #model */}',
  '',
  'Two words.',
  '',
  '```python',
  '## not a heading',
  '$$',
  '```',
  '',
  'Inline $$x^2$$ is display math in a paragraph.',
  '',
  '### Second {/* #second */}',
  '',
  '- A list item that holds an answer:',
  '',
  '  <details>',
  '  <summary>Indented question with $k$</summary>',
  '',
  '  Indented answer.',
  '',
  '  </details>',
  '',
  '## Self-check {/* #self-check */}',
  '',
  '<details>',
  '<summary>Top-level question</summary>',
  '',
  '### A heading inside the answer {/* #inside-answer */}',
  '',
  'The answer.',
  '',
  '</details>',
  '',
  '```mermaid id="fig-a" title="A" caption="B."',
  'flowchart LR',
  '  a --> b',
  '```',
  '',
].join('\n');

describe('parseChapter reads MDX as the build does', () => {
  const parsed = parseChapter(chapter);

  it('reads the frontmatter', () => {
    expect(parsed.frontmatter).toEqual({ title: 'Fixture', slug: '/case-studies/fixture' });
  });

  it('reads headings with their explicit ids, including one inside <details>, and not inside code', () => {
    expect(parsed.headings.map(({ depth, text, id, line }) => ({ depth, text, id, line }))).toEqual([
      { depth: 2, text: 'Model', id: 'model', line: 6 },
      { depth: 3, text: 'Second', id: 'second', line: 17 },
      { depth: 2, text: 'Self-check', id: 'self-check', line: 28 },
      { depth: 3, text: 'A heading inside the answer', id: 'inside-answer', line: 33 },
    ]);
  });

  it('finds <details> blocks wherever they sit, with the section they belong to', () => {
    expect(parsed.collapsibles.map(({ summary, body, sectionId, line }) => ({ summary, body, sectionId, line }))).toEqual([
      { summary: 'Indented question with $k$', body: 'Indented answer.', sectionId: 'model', line: 21 },
      {
        summary: 'Top-level question',
        body: '### A heading inside the answer {/* #inside-answer */}\n\nThe answer.',
        sectionId: 'self-check',
        line: 30,
      },
    ]);
  });

  it('counts block math as display math; `$$` inside a paragraph renders inline, and code is not math', () => {
    expect(parsed.displayFormulas).toBe(0);
    expect(parseChapter('Text.\n\n$$\nx^2\n$$\n').displayFormulas).toBe(1);
  });

  it('returns Mermaid fences with their meta and line', () => {
    expect(parsed.mermaidBlocks).toEqual([{ meta: 'id="fig-a" title="A" caption="B."', source: 'flowchart LR\n  a --> b', line: 39 }]);
  });

  it('splits the chapter into h2 sections and counts prose words without code', () => {
    expect(parsed.sections.map((section) => [section.id, section.words])).toEqual([
      [undefined, 0],
      // Model | Two words. | Inline is display math in a paragraph. | Second | A list item that holds an answer: | Indented question with x | Indented answer.
      ['model', 1 + 2 + 7 + 1 + 7 + 4 + 2],
      // Self check | Top level question | A heading inside the answer | The answer.
      ['self-check', 2 + 3 + 5 + 2],
    ]);
  });

  it('reads CommonMark, with the classic {#id} syntax, when the file is .md', () => {
    expect(parseChapter('## Plain {#plain}\n\n<b>x</b> and {braces}\n', { mdx: false }).headings[0]?.id).toBe('plain');
  });
});

describe('parseChapter with GFM', () => {
  const withTable = '## Kit {/* #kit */}\n\n| Step | Prompt |\n| --- | --- |\n| One | "Go $x$" |\n';

  it('reads a table as a table node when asked for GFM, cells keeping their inline math', () => {
    const [node] = parseChapter(withTable, { gfm: true }).sections[1]?.nodes ?? [];
    expect(node?.type).toBe('table');
    const cell = node?.type === 'table' ? node.children[1]?.children[1] : undefined;
    expect(cell?.children.map((child) => child.type)).toEqual(['text', 'inlineMath', 'text']);
  });

  it('leaves a table as a paragraph by default, as the checkers have always read it', () => {
    expect(parseChapter(withTable).sections[1]?.nodes.map((node) => node.type)).toEqual(['paragraph']);
  });
});

describe('countWords', () => {
  it('skips tags, math, comments and link targets', () => {
    expect(countWords('See [the page](/docs/x) and $a+b$ here <Figure id="x" /> {/* #id */}')).toBe(6);
  });
});
