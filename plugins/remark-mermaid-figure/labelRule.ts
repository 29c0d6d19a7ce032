import { DIAGRAM_FONT } from '../diagram-svgs/renderOptions';

/**
 * The content guide's "keep labels short", as a check. A label line of 40
 * characters set at the smallest size a page shows (12 px) is about 270 px
 * wide: one node still fits a phone's column. Sequence messages run along an
 * arrow between lifelines rather than in a box, so they get a little more.
 * Timeline entries are not limited: Mermaid wraps them to their column.
 */
export const LABEL_LINE_LIMITS = { box: 40, message: 48, wrapped: Number.POSITIVE_INFINITY } as const;

export interface LabelLine {
  text: string;
  /** Line within the diagram source, 1-based (the fence line is 0). */
  line: number;
  kind: keyof typeof LABEL_LINE_LIMITS;
}

const clean = (text: string) => text.replace(/^["'`]|["'`]$/g, '').trim();
const lines = (text: string) =>
  clean(text)
    .split(/<br\s*\/?>/i)
    .map((part) => part.trim())
    .filter(Boolean);

/** Every line of text a diagram shows, with where it is written. */
export function labelLines(source: string): LabelLine[] {
  const rows = source.split('\n');
  const kind =
    rows
      .find((row) => row.trim())
      ?.trim()
      .split(/\s+/)[0] ?? '';
  const found: LabelLine[] = [];
  const add = (text: string, line: number, type: LabelLine['kind']) => lines(text).forEach((part) => found.push({ text: part, line, kind: type }));
  rows.forEach((raw, index) => {
    const row = raw.replace(/%%.*$/, '').trim();
    const line = index + 1;
    if (!row || index === rows.findIndex((candidate) => candidate.trim())) return;
    if (kind === 'sequenceDiagram') {
      const participant = /^(?:participant|actor)\s+\S+\s+as\s+(.+)$/.exec(row);
      const note = /^note\s+(?:over|left of|right of)\s+[^:]+:\s*(.+)$/i.exec(row);
      const message = /^[^:]+?(?:->>|-->>|->|-->|-x|--x|-\)|--\))[+-]?\s*[^:\s]+\s*:\s*(.+)$/.exec(row);
      if (participant) add(participant[1] as string, line, 'box');
      else if (note) add(note[1] as string, line, 'box');
      else if (message) add(message[1] as string, line, 'message');
      return;
    }
    if (kind === 'timeline') {
      const heading = /^(?:title|section)\s+(.+)$/.exec(row);
      if (heading) add(heading[1] as string, line, 'box');
      else row.split(/\s*:\s*/).forEach((text) => add(text, line, 'wrapped'));
      return;
    }
    for (const quoted of row.matchAll(/"([^"]*)"/g)) add(quoted[1] as string, line, 'box');
    const unquoted = row.replace(/"[^"]*"/g, '""');
    for (const piped of unquoted.matchAll(/\|([^|"]+)\|/g)) add(piped[1] as string, line, 'box');
    // A state's transition label or description: the text after the colon.
    const described = /^(?!(?:classDef|style|linkStyle|click|note)\b)[^:"]*?:\s*([^"]+)$/.exec(unquoted);
    if (described && kind.startsWith('stateDiagram')) add(described[1] as string, line, 'box');
  });
  return found;
}

/** What breaks the rule in one diagram: a line too long, or a character the diagram font does not have. */
export function labelProblems(source: string): Array<{ line: number; problem: string }> {
  const problems: Array<{ line: number; problem: string }> = [];
  for (const label of labelLines(source)) {
    const limit = LABEL_LINE_LIMITS[label.kind];
    if (label.text.length > limit) {
      problems.push({
        line: label.line,
        problem: `label "${label.text}" is ${label.text.length} characters; keep a ${label.kind === 'message' ? 'message' : 'label'} line to ${limit} (break it with <br/> or move the detail into the caption)`,
      });
    }
    if (!DIAGRAM_FONT.covers.test(label.text)) {
      problems.push({
        line: label.line,
        problem: `label "${label.text}" has a character the diagram font (${DIAGRAM_FONT.family}, Latin) lacks; readers would see another font`,
      });
    }
  }
  return problems;
}
