import type { AssignmentProperty, CallExpression, Expression, Pattern, Property, FunctionDeclaration, Node, Program, ReturnStatement, SpreadElement } from 'estree';

/**
 * A compiled MDX page builds its whole element tree in one function call (`_createMdxContent`). For
 * the metrics reference that is thousands of elements, about 160 ms on a phone profile (4x CPU
 * slowdown) in one task React cannot interrupt, since a single component is its smallest unit of work.
 * This recma plugin hands the page's top level to React in parts of `partSize` children (blocks and the
 * newlines between them, so about half as many blocks), each
 * built by its own small component (`_MdxPart`), so hydration can yield between them. The parts render
 * no element of their own, so the HTML is exactly the same.
 */

/** Top-level children per part: blocks and the newlines between them, so about 20 blocks. */
export const DEFAULT_PART_SIZE = 40;

const PART = '_MdxPart';

const identifier = (name: string) => ({ type: 'Identifier' as const, name });

/** `{ key: value }`, or `{ key }` when the value is the same identifier. */
function property(key: string, value: Expression | Pattern, shorthand = false): Property {
  return { type: 'Property', kind: 'init', method: false, shorthand, computed: false, key: identifier(key), value };
}

/** `_jsxs(_Fragment, { children: [...] })`, the shape MDX gives the page's top level. */
function fragmentChildren(node: Expression | null | undefined): Array<Expression | SpreadElement | null> | undefined {
  if (node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== '_jsxs') return undefined;
  const [type, props] = node.arguments;
  if (type?.type !== 'Identifier' || type.name !== '_Fragment' || props?.type !== 'ObjectExpression' || props.properties.length !== 1) return undefined;
  const [children] = props.properties;
  if (children?.type !== 'Property' || children.key.type !== 'Identifier' || children.key.name !== 'children') return undefined;
  return children.value.type === 'ArrayExpression' ? children.value.elements : undefined;
}

function fragment(children: Array<Expression | SpreadElement | null>): CallExpression {
  return {
    type: 'CallExpression',
    optional: false,
    callee: identifier('_jsxs'),
    arguments: [
      identifier('_Fragment'),
      {
        type: 'ObjectExpression',
        properties: [property('children', { type: 'ArrayExpression', elements: children })],
      },
    ],
  };
}

/** `_jsx(_MdxPart, { render: () => <the blocks> })` */
function part(children: Array<Expression | SpreadElement | null>): CallExpression {
  return {
    type: 'CallExpression',
    optional: false,
    // `_jsxs`, not `_jsx`: MDX imports `_jsxs` on every page that has a fragment at its top level, `_jsx` only when used.
    callee: identifier('_jsxs'),
    arguments: [
      identifier(PART),
      {
        type: 'ObjectExpression',
        properties: [
          property('render', { type: 'ArrowFunctionExpression', params: [], body: fragment(children), expression: true, async: false, generator: false }),
        ],
      },
    ],
  };
}

/** `function _MdxPart({ render }) { return render(); }` */
const partComponent: FunctionDeclaration = {
  type: 'FunctionDeclaration',
  id: identifier(PART),
  params: [
    {
      type: 'ObjectPattern',
      properties: [property('render', identifier('render'), true) as AssignmentProperty],
    },
  ],
  body: {
    type: 'BlockStatement',
    body: [{ type: 'ReturnStatement', argument: { type: 'CallExpression', optional: false, callee: identifier('render'), arguments: [] } }],
  },
  generator: false,
  async: false,
};

function isContentFunction(node: Node): node is FunctionDeclaration {
  return node.type === 'FunctionDeclaration' && node.id?.name === '_createMdxContent';
}

/** Splits the page's top level into parts; returns how many parts it made (0 when the page is small or not in the expected shape). */
export function splitContent(program: Program, partSize = DEFAULT_PART_SIZE): number {
  if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`recma-content-parts: partSize must be a whole number from 1 (got ${partSize})`);
  const content = program.body.find(isContentFunction);
  if (!content) return 0;
  const returned = content.body.body.filter((statement): statement is ReturnStatement => statement.type === 'ReturnStatement').at(-1);
  const children = fragmentChildren(returned?.argument);
  if (!returned || !children || children.length <= partSize) return 0;
  const parts: CallExpression[] = [];
  for (let start = 0; start < children.length; start += partSize) parts.push(part(children.slice(start, start + partSize)));
  returned.argument = fragment(parts);
  if (!program.body.some((node) => node.type === 'FunctionDeclaration' && node.id?.name === PART)) program.body.push(structuredClone(partComponent));
  return parts.length;
}

export default function recmaContentParts(options: { partSize?: number } = {}) {
  return (tree: Program) => {
    splitContent(tree, options.partSize);
  };
}
