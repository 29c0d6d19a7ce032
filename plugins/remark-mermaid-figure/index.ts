import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describeMermaid } from './mermaidText';

/**
 * Wraps every ```mermaid fence in a <Figure> with an id, a title, a caption and
 * a text alternative derived from the diagram, so all of them are in the
 * server-rendered HTML (and so in the search index) before Mermaid runs.
 *
 *   ```mermaid id="fig-overview" title="System overview" caption="What to notice."
 *
 * Runs before Docusaurus's own Mermaid transform, which then turns the fence
 * left inside the figure into the Mermaid component.
 */

export const FIGURE_ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIRED = ['id', 'title', 'caption'] as const;

export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) {
    attributes[match[1] as string] = (match[2] as string).trim();
  }
  return attributes;
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export default function remarkMermaidFigure() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      if (parent.type === 'mdxJsxFlowElement' && parent.name === 'Figure') return;
      const meta = parseFenceMeta(node.meta);
      const missing = REQUIRED.filter((key) => !meta[key]);
      if (missing.length > 0) {
        file.fail(
          `Mermaid diagram needs ${missing.map((key) => `${key}="..."`).join(', ')} after \`\`\`mermaid ` +
            '(for example ```mermaid id="fig-overview" title="System overview" caption="What to notice.")',
          node,
          'remark-mermaid-figure:missing-meta',
        );
      }
      const id = meta.id as string;
      if (!FIGURE_ID.test(id)) {
        file.fail(`Figure id "${id}" must look like fig-lowercase-kebab`, node, 'remark-mermaid-figure:bad-id');
      }
      if (ids.has(id)) {
        file.fail(`Figure id "${id}" is used twice on this page`, node, 'remark-mermaid-figure:duplicate-id');
      }
      ids.add(id);
      const description = describeMermaid(node.value);
      if (description.length === 0) {
        file.fail(`Figure "${id}" has no labels to describe; label its nodes`, node, 'remark-mermaid-figure:no-labels');
      }
      const figure: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Figure',
        attributes: [
          attribute('id', id),
          attribute('title', meta.title as string),
          attribute('caption', meta.caption as string),
          attribute('description', JSON.stringify(description)),
        ],
        children: [{ ...node, meta: null }],
        position: node.position,
      };
      parent.children.splice(index, 1, figure);
    });
  };
}
