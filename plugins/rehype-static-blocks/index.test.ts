import { compile, run } from '@mdx-js/mdx';
import React, { type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeKatexStatic from '../rehype-katex-static';
import rehypeStaticBlocks from './index';

const SOURCE = `Plain prose with **bold**, *emphasis* and a formula $p_i = \\sigma(z_i)$.

A paragraph with [a link](/docs/x) and **bold** stays the theme's.

- a plain item with **bold**
- a second item

* an item with \`code\`
* an item with **bold** beside it

| Metric | Formula |
| --- | --- |
| **Recall** | $\\frac{TP}{TP + FN}$ |
| Lift | [defined here](/docs/y) |

A footnote reference[^1].

[^1]: The note, with **bold**.

<Callout>**Inside a component**, with *emphasis*.</Callout>
`;

/** Stand-ins for the theme's components, marking what they render so the test sees which elements reached them. */
const components = {
  a: (props: { href?: string; children?: ReactNode }) => React.createElement('a', { ...props, 'data-by': 'theme' }),
  code: (props: { children?: ReactNode }) => React.createElement('code', { ...props, 'data-by': 'theme' }),
  li: (props: { id?: string; children?: ReactNode }) => React.createElement('li', { ...props, 'data-by': 'theme' }),
  Callout: (props: { children?: ReactNode }) => React.createElement('aside', null, props.children),
};

async function compileMdx(withPlugin: boolean): Promise<string> {
  const rehypePlugins = withPlugin ? [rehypeKatex, rehypeStaticBlocks, rehypeKatexStatic] : [rehypeKatex, rehypeKatexStatic];
  return String(await compile(SOURCE, { outputFormat: 'function-body', remarkPlugins: [remarkGfm, remarkMath], rehypePlugins }));
}

async function renderMdx(withPlugin: boolean): Promise<string> {
  const module = await run(await compileMdx(withPlugin), { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(React.createElement(module.default, { components }));
}

/** What may differ without changing the page: the theme's mark, and the newlines MDX drops between table parts. */
const normalize = (html: string) =>
  html
    .replace(/ data-by="theme"/g, '')
    .replace(/>\n+</g, '><')
    .replace(/;"/g, '"');

describe('rehype-static-blocks', () => {
  it('renders the same HTML as the page rendered element by element', async () => {
    expect(normalize(await renderMdx(true))).toBe(normalize(await renderMdx(false)));
  });

  it('hands plain blocks to React as HTML, and leaves links, code, footnotes and components to the theme', async () => {
    const compiled = await compileMdx(true);
    const html = await renderMdx(true);
    // Plain prose, a plain list and the table's plain row each became one HTML string.
    expect(compiled).toMatch(/__html: "Plain prose with <strong>bold<\/strong>/);
    expect(compiled).toMatch(/__html: "\\n<li>a plain item with <strong>bold<\/strong><\/li>/);
    expect(compiled).toMatch(/__html: "<td><strong>Recall<\/strong><\/td>/);
    // What needs a component still reaches it: the link, the inline code, the footnote's item (its id is an anchor).
    expect(html).toMatch(/<a href="\/docs\/x" data-by="theme">a link<\/a>/);
    expect(html).toMatch(/<a href="\/docs\/y" data-by="theme">/);
    expect(html).toMatch(/<code data-by="theme">code<\/code>/);
    expect(html).toMatch(/<li id="user-content-fn-1" data-by="theme">/);
    // Inside a component's children, plain parts still go; the component itself is rendered.
    expect(html).toContain('<aside><strong>Inside a component</strong>, with <em>emphasis</em>.</aside>');
  });

  it('writes no newline between table parts, where MDX renders none', async () => {
    const compiled = await compileMdx(true);
    expect(compiled).not.toMatch(/__html: "[^"]*<\/td>\\n<td>/);
  });
});
