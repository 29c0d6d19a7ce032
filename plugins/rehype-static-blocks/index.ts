import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { innerHtmlExpression } from '../rehype-katex-static';

/**
 * Elements a page's MDX hands to a theme component (src/theme/MDXComponents.tsx and the classic theme's map): a
 * link routes in the app and is checked by the build, code is highlighted, a heading gets its anchor, a question
 * its copy-link control. Whatever contains one stays React's to render.
 */
const COMPONENT_TAGS = new Set(['a', 'code', 'pre', 'img', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Properties the outer element keeps as JSX attributes: anything else (a style string, say) is left as it is. */
function jsxAttributes(node: Element): MdxJsxAttribute[] | undefined {
  const attributes: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    if (name === 'className' && Array.isArray(value)) attributes.push({ type: 'mdxJsxAttribute', name, value: value.join(' ') });
    else if (/^(data|aria)[A-Z]/.test(name) && (typeof value === 'string' || typeof value === 'number')) {
      attributes.push({ type: 'mdxJsxAttribute', name: name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), value: String(value) });
    } else return undefined;
  }
  return attributes;
}

/**
 * Whether an element and all it contains are plain HTML: elements no component renders, with no id (the build
 * collects ids as anchors through the components, and a list item with an id is a footnote), and text.
 */
function isPlain(node: ElementContent | RootContent): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  if (COMPONENT_TAGS.has(node.tagName) || node.properties.id !== undefined) return false;
  // MDXUl marks task lists through their class; a list with a class stays the theme's.
  if (node.tagName === 'ul' && node.properties.className !== undefined) return false;
  return node.children.every(isPlain);
}

/** Table parts, where whitespace between cells and rows is no content (MDX drops it too). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** The element's inside as HTML, without the newlines MDX would not have rendered between table parts. */
function innerHtml(node: Element): string {
  const strip = (element: Element): Element => ({
    ...element,
    children: element.children
      .filter((child) => !(TABLE_PARTS.has(element.tagName) && child.type === 'text' && child.value.trim() === ''))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  });
  return toHtml(strip(node).children);
}

/** A plain element with elements inside, as JSX whose inside is one HTML string; undefined when it is not worth it or cannot be. */
function staticBlock(node: Element, flow: boolean): MdxJsxFlowElementHast | MdxJsxTextElementHast | undefined {
  if (!node.children.some((child) => child.type === 'element') || !isPlain(node)) return undefined;
  const attributes = jsxAttributes(node);
  if (!attributes) return undefined;
  attributes.push({ type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: innerHtmlExpression(innerHtml(node)) });
  return { type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement', name: node.tagName, attributes, children: [] };
}

function convert(parent: Root | Element, flow: boolean): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const block = staticBlock(child, flow);
    if (block) parent.children[index] = block;
    // Inside an element React renders (a list with a link in one item, a table with code in one cell), the plain parts still go.
    else convert(child, false);
  });
}

/**
 * Most of a chapter is prose, lists and tables that never change in the browser, yet as MDX every element in them
 * is a React element: built by the page's JavaScript, then walked, committed and given effects on hydration. Placed
 * after rehype-katex and before rehype-katex-static, this hands React each plain block (and, inside a block that
 * needs a component, each plain part) as its outer element with its inside as one HTML string. The HTML a reader,
 * a crawler, search or the PDF sees is the same; React has a few hundred elements to hydrate instead of thousands.
 */
export default function rehypeStaticBlocks() {
  return (tree: Root) => {
    convert(tree, true);
  };
}
