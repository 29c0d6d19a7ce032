import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { compile, run } from '@mdx-js/mdx';
import React, { type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import ts from 'typescript';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeKatexStatic from '../rehype-katex-static';
import rehypeStaticBlocks, { COMPONENT_TAGS, PLAIN_WHEN_BARE } from './index';

const siteDir = path.resolve(import.meta.dirname, '..', '..');

const SOURCE = `Plain prose with **bold**, *emphasis* and a formula $p_i = \\sigma(z_i)$.

A paragraph with [a link](/docs/x) and **bold** stays the theme's.

## A heading with **bold**

An image in a paragraph, with **bold**: ![a diagram](/img/d.png)

- a plain item with **bold**
- a second item

* an item with \`code\`
* an item with **bold** beside it

- [x] a task with **bold**
- [ ] another task

\`\`\`text
a fenced block
\`\`\`

| Metric | Formula |
| --- | --- |
| **Recall** | $\\frac{TP}{TP + FN}$ |
| Lift | [defined here](/docs/y) |

| Left | Right |
| :--- | ---: |
| **a** | *b* |

A footnote reference[^1].

[^1]: The note, with **bold**.

<Callout>

Inside a component, **bold with *emphasis* inside**.

</Callout>
`;

/** Stand-ins for the theme's components, marking what they render so the test sees which elements reached them. */
function marked(tag: string) {
  return (props: { children?: ReactNode }) => React.createElement(tag, { ...props, 'data-by': 'theme' });
}
const components = {
  ...Object.fromEntries(['a', 'code', 'pre', 'img', 'h2', 'li', 'ul'].map((tag) => [tag, marked(tag)])),
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

/** The lowercase keys of a components map file's map: `const MDXComponents = {...}` or `export default {...}`. */
function mappedTags(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const maps: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'MDXComponents' && node.initializer && ts.isObjectLiteralExpression(node.initializer))
      maps.push(node.initializer);
    if (ts.isExportAssignment(node) && ts.isObjectLiteralExpression(node.expression)) maps.push(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (maps.length !== 1) throw new Error(`${file}: expected one components map, found ${maps.length}`);
  return (maps[0] as ts.ObjectLiteralExpression).properties.flatMap((property) => {
    if (ts.isSpreadAssignment(property)) return [];
    const name = property.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name)))
      throw new Error(`${file}: a key of the components map that is not a name: ${property.getText()}`);
    return /^[a-z]/.test(name.text) ? [name.text] : [];
  });
}

describe('rehype-static-blocks', () => {
  it('renders the same HTML as the page rendered element by element', async () => {
    // Only the theme's marks differ: a plain list item no longer passes through the stand-in for MDXLi.
    const unmarkPlainItems = (html: string) => html.replace(/<li data-by="theme">(?=a plain item|a second item)/g, '<li>');
    expect(await renderMdx(true)).toBe(unmarkPlainItems(await renderMdx(false)));
  });

  it('hands plain blocks to React as HTML, and leaves links, code, images, headings, task lists and footnotes to the theme', async () => {
    const compiled = await compileMdx(true);
    const html = await renderMdx(true);
    // Plain prose, a plain list and the table's plain row each became one HTML string.
    expect(compiled).toMatch(/__html: "Plain prose with <strong>bold<\/strong>/);
    expect(compiled).toMatch(/__html: "\\n<li>a plain item with <strong>bold<\/strong><\/li>/);
    expect(compiled).toMatch(/__html: "<td><strong>Recall<\/strong><\/td>/);
    // What needs a component still reaches it.
    expect(html).toMatch(/<a href="\/docs\/x" data-by="theme">a link<\/a>/);
    expect(html).toMatch(/<a href="\/docs\/y" data-by="theme">/);
    expect(html).toMatch(/<code data-by="theme">code<\/code>/);
    expect(html).toMatch(/<pre data-by="theme"><code class="language-text" data-by="theme">/);
    expect(html).toMatch(/<img src="\/img\/d.png" alt="a diagram" data-by="theme"\/>/);
    expect(html).toMatch(/<h2 data-by="theme">A heading with <strong>bold<\/strong><\/h2>/);
    expect(html).toMatch(/<ul class="contains-task-list" data-by="theme">/);
    expect(html).toMatch(/<li id="user-content-fn-1" data-by="theme">/);
    // An aligned cell keeps the style MDX gives it, not HTML's align attribute.
    expect(html).toContain('<td style="text-align:left"><strong>a</strong></td>');
    expect(compiled).not.toMatch(/align=/);
  });

  it('does not enter a component: what a component gets as children stays as MDX builds it', async () => {
    const compiled = await compileMdx(true);
    const start = compiled.indexOf('(Callout, {');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(compiled.slice(start)).not.toContain('__html');
    expect(await renderMdx(true)).toContain('<aside><p>Inside a component, <strong>bold with <em>emphasis</em> inside</strong>.</p></aside>');
  });

  it('leaves a block with an id or a comment inside as MDX builds it', () => {
    const paragraph = (inner: Properties, extra: ElementContent[] = []): Element => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: 'Some ' }, { type: 'element', tagName: 'strong', properties: inner, children: [{ type: 'text', value: 'bold' }] }, ...extra],
    });
    // An id is an anchor the build collects through the components; a comment MDX would drop.
    const withId = paragraph({ id: 'an-anchor' });
    const withComment = paragraph({}, [{ type: 'comment', value: ' a note ' }]);
    const plain = paragraph({});
    const tree: Root = { type: 'root', children: [withId, withComment, plain] };
    rehypeStaticBlocks()(tree);
    expect(tree.children[0]).toBe(withId);
    expect(tree.children[1]).toBe(withComment);
    expect(tree.children[2]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'p' });
  });

  it('writes no line break between table parts, where MDX renders none', async () => {
    const compiled = await compileMdx(true);
    const strings = [...compiled.matchAll(/__html: ("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] as string) as string);
    const tables = strings.filter((html) => html.includes('<td'));
    expect(tables.length).toBeGreaterThan(0);
    for (const html of tables) expect(html).not.toMatch(/<\/(td|th|tr)>\s+</);
  });

  it("leaves to React every element the theme's or the site's components map renders", () => {
    const themeMap = path.join(
      path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/theme-classic/package.json')),
      'lib',
      'theme',
      'MDXComponents',
      'index.js',
    );
    const themeTags = mappedTags(themeMap);
    const siteTags = mappedTags(path.join(siteDir, 'src', 'theme', 'MDXComponents.tsx'));
    expect(themeTags).toEqual(expect.arrayContaining(['a', 'code', 'img', 'ul', 'li', 'h2']));
    expect(siteTags).toEqual(expect.arrayContaining(['details']));
    const mapped = [...themeTags, ...siteTags];
    const unhandled = mapped.filter((tag) => !COMPONENT_TAGS.has(tag) && !PLAIN_WHEN_BARE.has(tag));
    expect(unhandled, 'add each to COMPONENT_TAGS in plugins/rehype-static-blocks/index.ts, or say why it is plain').toEqual([]);
  });
});
