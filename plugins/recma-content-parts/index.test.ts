import { compile, evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import recmaContentParts from './index';

const PAGE = [
  '# A page',
  'Some text with **bold** and `code`.',
  '## First section',
  '- one\n- two',
  '<details>\n  <summary>More</summary>\n\n  Hidden text.\n</details>',
  '## Second section',
  'A value: {1 + 1}.',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '## Third section',
  'The end.',
].join('\n\n');

async function render(partSize?: number): Promise<string> {
  const recmaPlugins = partSize === undefined ? [] : [[recmaContentParts, { partSize }] as const];
  const { default: Content } = await evaluate(PAGE, { ...runtime, recmaPlugins: recmaPlugins as never });
  return renderToStaticMarkup(createElement(Content));
}

describe('recma-content-parts', () => {
  it('renders exactly the HTML of the page built in one piece', async () => {
    const whole = await render();
    expect(whole).toContain('<h2>Second section</h2>');
    for (const size of [1, 3, 4, 100]) expect(await render(size), `parts of ${size}`).toBe(whole);
  });

  it('builds the top level in parts of the given size, and leaves a short page alone', async () => {
    const split = String(await compile(PAGE, { recmaPlugins: [[recmaContentParts, { partSize: 4 }]] }));
    // 10 blocks and the 9 newlines between them: 19 children, in parts of 4.
    expect(split.match(/_jsxs\(_MdxPart, \{/g)).toHaveLength(5);
    expect(split).toMatch(/function _MdxPart\(\{render\}\) \{\s*return render\(\);/);
    const whole = String(await compile(PAGE, { recmaPlugins: [[recmaContentParts, { partSize: 19 }]] }));
    expect(whole).not.toContain('_MdxPart');
  });
});
