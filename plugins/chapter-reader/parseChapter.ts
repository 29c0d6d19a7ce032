import { load as parseYaml } from 'js-yaml';
import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseMarkdownHeadingId } from '@docusaurus/utils';
import { questionId } from '../remark-question-ids/questionId';

export interface Heading {
  depth: number;
  /** The heading's text as readers see it, without the id comment. */
  text: string;
  /** Explicit id from `{/* #id *\/}` or `{#id}`; undefined when the heading has none. */
  id?: string;
  line: number;
}

export interface CollapsibleBlock {
  /** The `<summary>` source (Markdown and inline math kept). */
  summary: string;
  /** The source between `</summary>` and `</details>`. */
  body: string;
  /** The h2 section the block sits in. */
  sectionId?: string;
  /** The id the site publishes for the question (`fu-...`, `sc-...`): declared, or derived from the summary's text. */
  id?: string;
  line: number;
}

export interface Section {
  /** Explicit id of the h2 that opens the section; undefined for the text before the first h2. */
  id?: string;
  heading?: Heading;
  /** The top-level nodes of the section, heading excluded. */
  nodes: RootContent[];
  /** Reader words in the section (prose only: no code, math, tags or link targets). */
  words: number;
  /** Where the section's heading starts in the source. */
  offset: number;
}

export interface ParsedChapter {
  frontmatter: Record<string, unknown>;
  tree: Root;
  source: string;
  headings: Heading[];
  sections: Section[];
  mermaidBlocks: Array<{ meta: string; source: string; line: number }>;
  displayFormulas: number;
  collapsibles: CollapsibleBlock[];
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** Reader words in a span of MDX source: tags, math, comments and link targets do not count. */
export function countWords(prose: string): number {
  const text = prose
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' x ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/[|#*_`>-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Source of the given top-level nodes with code blocks left out: what a reader reads as prose. */
function proseOf(source: string, nodes: readonly RootContent[]): string {
  return nodes
    .filter((node) => node.type !== 'code')
    .map((node) => source.slice(...offsets(node)))
    .join('\n\n');
}

function isElement(node: unknown, name: string): node is MdxJsxFlowElement {
  const candidate = node as { type?: string; name?: string };
  return (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') && candidate.name === name;
}

/**
 * The id Docusaurus publishes for a heading that declares one: the comment form
 * `{/* #id *\/}` as the last child (read from the estree remark-mdx attaches,
 * the way Docusaurus's heading transform reads it) or the classic `{#id}`
 * (parsed by Docusaurus's own helper).
 */
export function explicitHeadingId(heading: MdastHeading): { id?: string; text: string } {
  const last = heading.children.at(-1) as { type: string; data?: { estree?: { body: unknown[]; comments?: Array<{ value: string }> } } } | undefined;
  const estree = last?.type === 'mdxTextExpression' ? last.data?.estree : undefined;
  if (estree && estree.body.length === 0 && estree.comments?.length === 1) {
    const first = (estree.comments[0]?.value ?? '').trim().split(' ')[0] ?? '';
    const text = toString({ ...heading, children: heading.children.slice(0, -1) }).trim();
    return { id: first.startsWith('#') ? first.slice(1) || undefined : undefined, text };
  }
  const classic = parseMarkdownHeadingId(toString(heading), 'classic');
  return { id: classic.id, text: classic.text.trim() };
}

/**
 * Reads an MDX chapter the way the site's build does (remark with MDX,
 * frontmatter and math; GFM tables on request) and returns the structure every checker and extractor
 * needs: headings with their explicit ids, h2 sections with word counts,
 * Mermaid blocks, display formulas, and collapsible blocks with the section
 * they sit in.
 */
export function parseChapter(source: string, { mdx = true, gfm = false }: { mdx?: boolean; gfm?: boolean } = {}): ParsedChapter {
  // The site's markdown format is 'detect': `.md` files are CommonMark, only `.mdx` is MDX.
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  // GFM, as Docusaurus applies it, turns tables into table nodes; it doubles the parse time, so readers that
  // need tables ask for it.
  if (gfm) processor.use(remarkGfm);
  const tree = processor.use(remarkFrontmatter).use(remarkMath).parse(source);

  const yaml = tree.children.find((node) => node.type === 'yaml');
  const frontmatter = yaml && 'value' in yaml ? ((parseYaml(yaml.value) as Record<string, unknown> | null) ?? {}) : {};

  const headings: Heading[] = [];
  const headingOf = new Map<MdastHeading, Heading>();
  visit(tree, 'heading', (node) => {
    const { id, text } = explicitHeadingId(node);
    const heading: Heading = { depth: node.depth, text, id, line: node.position?.start.line ?? 0 };
    headings.push(heading);
    headingOf.set(node, heading);
  });

  const sections: Section[] = [];
  let current: Section = { nodes: [], words: 0, offset: 0 };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth === 2) {
      sections.push(current);
      const heading = headingOf.get(node);
      current = { id: heading?.id, heading, nodes: [], words: 0, offset: offsets(node)[0] };
    } else {
      current.nodes.push(node);
    }
  }
  sections.push(current);
  for (const section of sections) {
    section.words = countWords([section.heading?.text ?? '', proseOf(source, section.nodes)].join('\n\n'));
  }
  const sectionAt = (offset: number) => sections.filter((section) => section.offset <= offset).at(-1)?.id;

  const mermaidBlocks: ParsedChapter['mermaidBlocks'] = [];
  let displayFormulas = 0;
  visit(tree, (node) => {
    if (node.type === 'math') displayFormulas += 1;
    if (node.type === 'code') {
      const code = node;
      if (code.lang === 'math') displayFormulas += 1;
      if (code.lang === 'mermaid') mermaidBlocks.push({ meta: code.meta ?? '', source: code.value, line: code.position?.start.line ?? 0 });
    }
  });

  const collapsibles: CollapsibleBlock[] = [];
  visit(tree, (node) => {
    if (!isElement(node, 'details')) return;
    const [start, end] = offsets(node);
    // `<summary>` on its own line is a flow element; written inline it sits in a paragraph.
    let summary: MdxJsxFlowElement | undefined;
    visit(node, (child) => {
      if (!summary && child !== node && isElement(child, 'summary')) summary = child;
    });
    const summaryEnd = summary ? offsets(summary)[1] : source.indexOf('>', start) + 1;
    const summaryText = summary
      ? source
          .slice(...offsets(summary))
          .replace(/^<summary[^>]*>/, '')
          .replace(/<\/summary>$/, '')
          .trim()
      : '';
    const body = source
      .slice(summaryEnd, end)
      .replace(/<\/details>$/, '')
      .trim();
    const declaredId = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
    const sectionId = sectionAt(start);
    const id = typeof declaredId === 'string' ? declaredId : questionId(sectionId, summary ? toString(summary).trim() : '');
    collapsibles.push({ summary: summaryText, body, sectionId, id, line: node.position?.start.line ?? 0 });
  });

  return { frontmatter, tree, source, headings, sections, mermaidBlocks, displayFormulas, collapsibles };
}
