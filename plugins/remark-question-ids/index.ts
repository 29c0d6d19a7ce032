import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { explicitHeadingId } from '../chapter-reader/parseChapter';
import { questionId } from './questionId';

function isElement(node: unknown, name: string): node is MdxJsxFlowElement {
  const candidate = node as { type?: string; name?: string };
  return (candidate.type === 'mdxJsxFlowElement' || candidate.type === 'mdxJsxTextElement') && candidate.name === name;
}

function summaryOf(details: MdxJsxFlowElement): MdxJsxFlowElement | undefined {
  let summary: MdxJsxFlowElement | undefined;
  visit(details, (child) => {
    if (!summary && child !== details && isElement(child, 'summary')) summary = child;
  });
  return summary;
}

/**
 * Gives every top-level `<details>` question an id derived from its summary
 * (`#fu-...` in follow-ups, `#sc-...` in the self-check), so a reader can link
 * one question and search can land on it. A question that already declares an
 * id keeps it. Two questions of a page that would share an id fail the build,
 * naming both lines.
 */
export default function remarkQuestionIds() {
  return (tree: Root, file: VFile) => {
    let sectionId: string | undefined;
    const seen = new Map<string, number>();
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        sectionId = explicitHeadingId(node).id;
        continue;
      }
      visit(node, (child) => {
        if (!isElement(child, 'details')) return;
        const summary = summaryOf(child);
        const declared = child.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
        const question = summary ? toString(summary).trim() : '';
        const id = typeof declared?.value === 'string' ? declared.value : questionId(sectionId, question);
        const line = child.position?.start.line ?? 0;
        if (!id) {
          file.fail('A collapsible question needs a <summary> with words to derive its id from', child, 'remark-question-ids:no-summary');
          return;
        }
        const earlier = seen.get(id);
        if (earlier !== undefined) {
          file.fail(
            `Questions on lines ${earlier} and ${line} would share the id "${id}"; reword one or give it id="..."`,
            child,
            'remark-question-ids:duplicate-id',
          );
        }
        seen.set(id, line);
        if (!declared) child.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      });
    }
  };
}
