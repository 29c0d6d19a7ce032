import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { innerHtmlExpression } from '../rehype-katex-static';

/**
 * Elements a page's MDX hands to a theme component (src/theme/MDXComponents.tsx and the classic theme's map): a
 * link routes in the app and is checked by the build, code is highlighted, a heading gets its anchor, a question
 * its copy-link control, an admonition and a Mermaid diagram (elements of those names, from Docusaurus's own
 * plugins) their components. Whatever contains one stays React's to render.
 */
export const COMPONENT_TAGS: ReadonlySet<string> = new Set(['a', 'code', 'pre', 'img', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'admonition', 'mermaid']);

/** Mapped too, but plain when bare: MDXUl changes only a task list's class, MDXLi only collects an id as an anchor. */
export const PLAIN_WHEN_BARE: ReadonlySet<string> = new Set(['ul', 'li']);

/** Form controls, such as a task list's checkboxes: React keeps their state, so it renders them. */
const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button']);

/** The outer element's class as a JSX attribute; undefined when it has any other property (those stay as MDX writes them). */
function jsxAttributes(node: Element): MdxJsxAttribute[] | undefined {
  const attributes: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    if (name === 'className' && Array.isArray(value)) attributes.push({ type: 'mdxJsxAttribute', name, value: value.join(' ') });
    else return undefined;
  }
  return attributes;
}

/**
 * Whether an element and all it contains are plain HTML: elements no component renders, with no id (the build
 * collects ids as anchors through the components, and a list item with an id is a footnote), and text. Comments
 * are not (MDX drops them; as HTML they would reach the page), nor is a table cell's alignment (MDX writes it as a
 * style, HTML as an `align` attribute the stylesheet can override).
 */
function isPlain(node: ElementContent | RootContent): boolean {
  if (node.type === 'text') return true;
  if (node.type !== 'element') return false;
  if (COMPONENT_TAGS.has(node.tagName) || CONTROL_TAGS.has(node.tagName) || node.properties.id !== undefined || node.properties.align !== undefined) return false;
  // MDXUl marks task lists through their class; a list with a class stays the theme's (a second guard: a task list's
  // checkboxes already keep it so).
  if (node.tagName === 'ul' && node.properties.className !== undefined) return false;
  return node.children.every(isPlain);
}

/** Table parts, between whose children MDX drops the line breaks. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** The element's inside as HTML, without the line breaks MDX would not have rendered between table parts. */
function innerHtml(node: Element): string {
  const strip = (element: Element): Element => ({
    ...element,
    children: element.children
      .filter((child) => !(TABLE_PARTS.has(element.tagName) && child.type === 'text' && child.value === '\n'))
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
    // Inside an element React renders (a list with a link in one item, a table with code in one cell), the plain parts
    // still go. JSX (a component, a question) is not entered: components such as Details read their children.
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
