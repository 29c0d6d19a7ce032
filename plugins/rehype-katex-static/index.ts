import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/** Top-level classes of what rehype-katex writes: a display formula's box, or an inline formula. */
const FORMULA_ROOTS = new Set(['katex-display', 'katex']);

function formulaClass(node: Element): string | undefined {
  const classes = node.properties.className;
  // Only the bare spans KaTeX writes; anything else on them would be lost in the conversion below.
  if (Object.keys(node.properties).length !== 1) return undefined;
  if (!Array.isArray(classes)) return undefined;
  return classes.map(String).find((name) => FORMULA_ROOTS.has(name));
}

/** `{ __html: html }` as the estree an MDX attribute expression carries. */
export function innerHtmlExpression(html: string) {
  return {
    type: 'mdxJsxAttributeValueExpression' as const,
    value: `{__html: ${JSON.stringify(html)}}`,
    data: {
      estree: {
        type: 'Program' as const,
        sourceType: 'module' as const,
        comments: [],
        body: [
          {
            type: 'ExpressionStatement' as const,
            expression: {
              type: 'ObjectExpression' as const,
              properties: [
                {
                  type: 'Property' as const,
                  kind: 'init' as const,
                  method: false,
                  shorthand: false,
                  computed: false,
                  key: { type: 'Identifier' as const, name: '__html' },
                  value: { type: 'Literal' as const, value: html },
                },
              ],
            },
          },
        ],
      },
    },
  };
}

/**
 * Formulas never change in the browser, yet as MDX each KaTeX span becomes a React element that is shipped in the
 * page's JavaScript and hydrated: on the metrics page, most of its 17,000 DOM nodes. Placed after rehype-katex, this
 * keeps each formula's outer element (so styles, the scroll box and its keyboard name still attach to it) and hands
 * its inside to React as one HTML string, which is neither rebuilt from JavaScript calls nor walked on hydration.
 * The HTML a reader, a crawler or the PDF sees is the same. rehype-static-blocks, which runs first, already does
 * this for every formula outside a component (with the plain block around it); this pass covers the formulas inside
 * components (questions, figures, admonitions), whose children that plugin does not enter.
 */
export default function rehypeKatexStatic() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const formula = formulaClass(node);
      if (!formula || index === undefined || !parent) return undefined;
      const replacement: MdxJsxTextElementHast = {
        type: 'mdxJsxTextElement',
        name: node.tagName,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'className', value: (node.properties.className as Array<string | number>).join(' ') },
          { type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: innerHtmlExpression(toHtml(node.children)) },
        ],
        children: [],
      };
      parent.children[index] = replacement;
      return SKIP;
    });
  };
}
