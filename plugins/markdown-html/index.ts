import type { Element, Root as HastRoot } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import rehypeKatexStrict from '../rehype-katex-strict';

export interface MarkdownHtmlOptions {
  /** The site's baseUrl, with its slashes: site paths in links get it, since this HTML bypasses the router. */
  baseUrl: string;
  /** Site path (without baseUrl) of the page the text comes from: its `#id` links point there. */
  sourcePath: string;
  /** One paragraph without its `<p>`, for a table cell, a heading or a list item. */
  inline?: boolean;
}

/** Where a link in chapter text goes once the text is shown on another page. */
export function resolveHref(href: string, { baseUrl, sourcePath }: Pick<MarkdownHtmlOptions, 'baseUrl' | 'sourcePath'>): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (href.startsWith('#')) return `${base}${sourcePath}${href}`;
  if (href.startsWith('/') && !href.startsWith('//')) return `${base}${href}`;
  return href;
}

function rehypeResolveLinks(options: MarkdownHtmlOptions) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = resolveHref(node.properties.href, options);
    });
  };
}

/** Keeps the content of a lone paragraph, so inline text does not arrive wrapped in `<p>`. */
function rehypeUnwrapParagraph() {
  return (tree: HastRoot) => {
    const elements = tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
    const only = elements[0];
    if (elements.length !== 1 || only?.type !== 'element' || only.tagName !== 'p') {
      throw new Error(`Expected one paragraph of inline text, got ${elements.length} block(s).`);
    }
    tree.children = only.children;
  };
}

/**
 * Chapter Markdown (CommonMark, GFM and `$` math) as static HTML, the way the
 * chapters render it: formulas typeset by KaTeX at build time, a formula KaTeX
 * rejects fails the build. For text that build-time plugins ship as route data.
 */
export function markdownToHtml(markdown: string, options: MarkdownHtmlOptions): string {
  const processor = processorFor(options);
  const tree = processor.runSync(processor.parse(markdown));
  return stringifier.stringify(tree).trim();
}

const stringifier = unified().use(rehypeStringify).freeze();

/** Building a processor costs more than running it, and a chapter has hundreds of table cells: one per set of options. */
const processors = new Map<string, ReturnType<typeof createProcessor>>();

function processorFor(options: MarkdownHtmlOptions) {
  const key = JSON.stringify([options.baseUrl, options.sourcePath, Boolean(options.inline)]);
  let processor = processors.get(key);
  if (!processor) {
    processor = createProcessor(options);
    processors.set(key, processor);
  }
  return processor;
}

function createProcessor(options: MarkdownHtmlOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error' })
    .use(rehypeKatexStrict)
    .use(rehypeResolveLinks, options)
    .use(options.inline ? rehypeUnwrapParagraph : () => undefined)
    .freeze();
}
