import type { Nodes, Parent, Root, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { exampleValues, workedExamples } from '@site/src/components/WorkedExample/workedExamples';
import { read } from '@site/scripts/support/contentFiles';

/**
 * The metrics page states no worked-example number itself: every number of a
 * worked example is rendered from src/data/metricExamples.ts through the tested
 * functions (<WorkedExample> for the arithmetic, <ExampleValue> inside a sentence).
 * These tests fail when the prose takes a number back into its own hands, or
 * names an example the module does not compute, so the page and the module
 * cannot disagree. What the prose says about the numbers (significant, blocks,
 * moderate) is pinned in src/components/WorkedExample/workedExamples.test.ts.
 */

const FILE = 'docs/reference/metrics.mdx';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Nodes, name?: string): node is Jsx {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);
}

function ofAttribute(node: Jsx): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of');
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The text of a node as the reader sees it, with every <ExampleValue> left out: what the author typed. */
function typedText(node: Nodes): string {
  if (isJsx(node, 'ExampleValue')) return ' ';
  if (node.type === 'text' || node.type === 'inlineMath' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node as Parent).children.map((child) => typedText(child as Nodes)).join('');
  return '';
}

/**
 * Numbers typed by hand: a digit that does not continue a word such as F1, log2 or P90.
 * Inline math is included, so `$k = 4$` counts as a typed number.
 */
function typedNumbers(text: string): string[] {
  return text.match(/(?<![\p{L}\d.,])\d+(?:[.,]\d+)*/gu) ?? [];
}

function line(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

/** Every place where a worked example's numbers would be, and what was typed there. */
function typedNumbersInExamples(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, (node: Nodes) => {
    // The lead sentence of a worked example.
    if (isJsx(node, 'WorkedExample')) {
      const numbers = typedNumbers(typedText(node));
      if (numbers.length > 0) problems.push(`line ${line(node)}: <WorkedExample> lead types ${numbers.join(', ')}`);
    }
    // A sentence that cites an example's numbers, or sets up an example.
    if (node.type === 'paragraph') {
      const text = typedText(node);
      const citesExample = node.children.some((child) => isJsx(child, 'ExampleValue'));
      const setsUpExample = /^(the )?worked example/i.test(text.trim());
      const numbers = typedNumbers(text);
      if ((citesExample || setsUpExample) && numbers.length > 0) problems.push(`line ${line(node)}: a sentence about an example types ${numbers.join(', ')}`);
    }
  });
  return problems;
}

describe('the metrics page takes every worked-example number from the module', () => {
  const { tree } = parseChapter(read(FILE));

  it('states no number of a worked example by hand', () => {
    expect(typedNumbersInExamples(tree)).toEqual([]);
  });

  it('shows every worked example through <WorkedExample>, none as a hand-written paragraph', () => {
    const written: string[] = [];
    visit(tree, 'paragraph', (node) => {
      if (/^worked example/i.test(typedText(node).trim())) written.push(`line ${line(node)}`);
    });
    expect(written, 'paragraphs that start "Worked example" and bypass the module').toEqual([]);
  });

  it('keeps example arithmetic out of formulas and tables: no decimal in a display formula, no number in a table', () => {
    const problems: string[] = [];
    visit(tree, 'math', (node) => {
      const decimals = node.value.match(/\d+\.\d+/g);
      if (decimals) problems.push(`line ${line(node)}: display formula holds ${decimals.join(', ')}`);
    });
    visit(tree, 'table', (node: Table) => {
      const numbers = typedNumbers(typedText(node));
      if (numbers.length > 0) problems.push(`line ${line(node)}: table holds ${numbers.join(', ')}`);
    });
    expect(problems).toEqual([]);
  });

  it('names only examples and values the module computes, and shows each worked example once', () => {
    const examples: string[] = [];
    const values = new Set<string>();
    visit(tree, (node: Nodes) => {
      if (isJsx(node, 'WorkedExample')) examples.push(ofAttribute(node) ?? '(no id)');
      if (isJsx(node, 'ExampleValue')) values.add(ofAttribute(node) ?? '(no id)');
    });
    expect(
      examples.filter((id) => !(id in workedExamples)),
      'unknown worked examples',
    ).toEqual([]);
    expect(
      [...values].filter((id) => !(id in exampleValues)),
      'unknown example values',
    ).toEqual([]);
    expect(
      examples.filter((id, index) => examples.indexOf(id) !== index),
      'worked examples shown twice',
    ).toEqual([]);
    // Nothing computed for the page goes unshown: a dead entry would be a number nobody checks.
    expect(
      Object.keys(workedExamples).filter((id) => !examples.includes(id)),
      'worked examples the page never shows',
    ).toEqual([]);
    expect(
      Object.keys(exampleValues).filter((id) => !values.has(id)),
      'example values the page never cites',
    ).toEqual([]);
  });
});

describe('the number detector', () => {
  it('finds typed numbers and leaves names such as F1, log2 and P90 alone', () => {
    expect(typedNumbers('F1 beats log2 and P90, but 40 of 1,000 and 0.25 are typed; so is $k = 4$')).toEqual(['40', '1,000', '0.25', '4']);
  });

  it('finds a number typed into a worked example, a sentence citing one, a setup paragraph and a table', () => {
    const source = [
      "import { ExampleValue, WorkedExample } from 'x';",
      '',
      '<WorkedExample of="precision">the counts, 40 of them.</WorkedExample>',
      '',
      'That is <ExampleValue of="cm.tp" /> of 50.',
      '',
      'The worked example for the section: 7 items.',
      '',
      'Worked example: 0.8.',
      '',
      '| a | b |',
      '| --- | --- |',
      '| 0.5 | F1 |',
      '',
    ].join('\n');
    const { tree } = parseChapter(source);
    expect(typedNumbersInExamples(tree)).toEqual([
      'line 3: <WorkedExample> lead types 40',
      'line 5: a sentence about an example types 50',
      'line 7: a sentence about an example types 7',
      'line 9: a sentence about an example types 0.8',
    ]);
  });
});
