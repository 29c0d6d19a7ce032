import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

function textOf(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : 'children' in child ? textOf(child as Element) : '')).join('');
}

/** MDX does not always carry positions onto math nodes: find the formula's line in the source instead. */
function lineOf(file: VFile, formula: string): number | undefined {
  const at = String(file.value).indexOf(formula.trim());
  return at < 0 ? undefined : String(file.value).slice(0, at).split('\n').length;
}

/**
 * rehype-katex reports a formula it cannot render as a warning on the file
 * and puts red source text on the page. A broken formula is a broken page, so
 * this plugin, placed right after rehype-katex, turns those warnings into a
 * build failure that names the file, the line and KaTeX's own reason.
 */
export default function rehypeKatexStrict() {
  return (_tree: Root, file: VFile) => {
    const errors = file.messages.filter((message) => message.source === 'rehype-katex');
    if (errors.length === 0) return;
    const details = errors
      .map((message) => {
        const point = message.place && 'start' in message.place ? message.place.start : message.place;
        const element = message.ancestors?.at(-1) as Element | undefined;
        const line = point?.line ?? (element ? lineOf(file, textOf(element)) : undefined);
        const where = point ? `${point.line}:${point.column}` : `${line ?? '?'}`;
        const cause = message.cause instanceof Error ? message.cause.message : typeof message.cause === 'string' ? message.cause : message.reason;
        return `  ${file.path ?? '<unknown file>'}:${where} ${cause}`;
      })
      .join('\n');
    throw new Error(`KaTeX could not render ${errors.length} formula(s):\n${details}`);
  };
}
