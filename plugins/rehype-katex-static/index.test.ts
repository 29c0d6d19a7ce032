import { compile, run } from '@mdx-js/mdx';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeKatexStatic from './index';

const SOURCE = 'Inline $\\frac{TP}{TP + FN}$ and a display formula:\n\n$$\nF_1 = \\frac{2PR}{P + R}\n$$\n';

async function compileMdx(withPlugin: boolean): Promise<string> {
  const rehypePlugins = withPlugin ? [rehypeKatex, rehypeKatexStatic] : [rehypeKatex];
  return String(await compile(SOURCE, { outputFormat: 'function-body', remarkPlugins: [remarkMath], rehypePlugins }));
}

async function renderMdx(withPlugin: boolean): Promise<string> {
  const module = await run(await compileMdx(withPlugin), { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(React.createElement(module.default));
}

/** React writes a style attribute without its last semicolon; hast-util-to-html keeps it. */
const normalize = (html: string) => html.replace(/;"/g, '"');

describe('rehype-katex-static', () => {
  it('gives React each formula as one HTML string instead of an element per KaTeX span', async () => {
    const plain = await compileMdx(false);
    const compiled = await compileMdx(true);
    expect(plain).toContain('"mfrac"');
    expect(compiled).not.toContain('"mfrac"');
    expect(compiled.match(/dangerouslySetInnerHTML/g)).toHaveLength(2);
    expect(compiled.length).toBeLessThan(plain.length);
  });

  it('renders the same HTML as the formulas rendered element by element', async () => {
    const html = await renderMdx(true);
    expect(html).toContain('<span class="katex-display"><span class="katex">');
    expect(html).toContain('<annotation encoding="application/x-tex">F_1 = \\frac{2PR}{P + R}</annotation>');
    expect(normalize(html)).toBe(normalize(await renderMdx(false)));
  });
});
