import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { storedSvgs } from '../diagram-svgs/store';
import { parseFenceMeta } from './fenceMeta';
import { describeMermaid } from './mermaidText';
import { svgRequireAttribute } from './svgRequire';

export { parseFenceMeta };

/**
 * Wraps every ```mermaid fence in a <Figure> with an id, a title, a caption and
 * a text alternative derived from the diagram, and hands the figure the
 * drawings `npm run diagrams` stored for it (light and dark), so the diagram,
 * its text and its labels are all in the server-rendered HTML.
 *
 *   ```mermaid id="fig-overview" title="System overview" caption="What to notice."
 *
 * Runs before Docusaurus's own Mermaid transform, which then turns the fence
 * left inside the figure into the Mermaid component.
 */

export const FIGURE_ID = /^fig-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIRED = ['id', 'title', 'caption'] as const;

export interface Options {
  /**
   * What to do when a figure's stored drawing is missing or stale: `fail` the
   * build (production), or leave the figure without one so the page draws it
   * live (the development server, while an author edits a diagram).
   */
  whenNotDrawn?: 'fail' | 'draw-live';
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export default function remarkMermaidFigure({ whenNotDrawn = 'fail' }: Options = {}) {
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
      const drawings = storedSvgs(file.path, id, node.value);
      const drawn = drawings.every((drawing) => drawing.present);
      if (!drawn && whenNotDrawn === 'fail') {
        const where = `${path.relative(file.cwd, file.path)}:${node.position?.start.line ?? '?'}`;
        file.fail(
          `${where} figure "${id}": ${drawings.some((drawing) => drawing.outdated) ? 'its drawing is out of date (the diagram changed since it was drawn)' : 'it has not been drawn yet'}. ` +
            'Run `npm run diagrams` to draw it, then commit the SVG files it writes.',
          node,
          'remark-mermaid-figure:not-drawn',
        );
      }
      const figure: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Figure',
        attributes: [
          attribute('id', id),
          attribute('title', meta.title as string),
          attribute('caption', meta.caption as string),
          attribute('description', JSON.stringify(description)),
          ...(drawn ? drawings.map((drawing) => svgRequireAttribute(drawing.mode, drawing.path)) : []),
        ],
        children: [{ ...node, meta: null }],
        position: node.position,
      };
      parent.children.splice(index, 1, figure);
    });
  };
}
