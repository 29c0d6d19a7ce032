import { load as parseYaml } from 'js-yaml';

export interface Heading {
  depth: number;
  text: string;
  /** Explicit id from `{/* #id *\/}` or `{#id}`; undefined when the heading has none. */
  id?: string;
  line: number;
}

export interface CollapsibleBlock {
  summary: string;
  body: string;
  /** The h2 section the block sits in. */
  sectionId?: string;
}

export interface ParsedChapter {
  frontmatter: Record<string, unknown>;
  headings: Heading[];
  /** Lines outside code fences and frontmatter. */
  prose: string;
  mermaidBlocks: Array<{ meta: string; source: string; line: number }>;
  displayFormulas: number;
  collapsibles: CollapsibleBlock[];
}

const EXPLICIT_ID = /\s*(?:\{\/\*\s*#([^\s*]+)\s*\*\/\}|\{#([^}\s]+)\})\s*$/;

/**
 * A line-level reading of an MDX chapter: enough structure for the content
 * contract and the flashcard extraction, without compiling MDX.
 */
export function parseChapter(source: string): ParsedChapter {
  const lines = source.split('\n');
  let frontmatter: Record<string, unknown> = {};
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      frontmatter = (parseYaml(lines.slice(1, end).join('\n')) as Record<string, unknown>) ?? {};
      start = end + 1;
    }
  }

  const headings: Heading[] = [];
  const mermaidBlocks: ParsedChapter['mermaidBlocks'] = [];
  const collapsibles: CollapsibleBlock[] = [];
  const proseLines: string[] = [];
  let displayFormulas = 0;
  let inDisplayMath = false;
  let sectionId: string | undefined;
  let details: string[] | undefined;
  let fence: { marker: string; lang: string; meta: string; line: number; body: string[] } | undefined;

  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]?.startsWith(fence.marker) && !fenceMatch[2]) {
        if (fence.lang === 'mermaid') mermaidBlocks.push({ meta: fence.meta, source: fence.body.join('\n'), line: fence.line });
        if (fence.lang === 'math') displayFormulas += 1;
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      details?.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1] as string, lang: fenceMatch[2] ?? '', meta: fenceMatch[3] ?? '', line: i + 1, body: [] };
      details?.push(line);
      continue;
    }
    proseLines.push(line);

    const dollars = (line.trim().match(/\$\$/g) ?? []).length;
    if (line.trim().startsWith('$$')) {
      if (dollars >= 2) displayFormulas += 1;
      else if (!inDisplayMath) displayFormulas += 1;
      if (dollars === 1) inDisplayMath = !inDisplayMath;
    } else if (inDisplayMath && line.trim().endsWith('$$')) {
      inDisplayMath = false;
    }

    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading && !inDisplayMath && !details) {
      const raw = heading[2] as string;
      const idMatch = EXPLICIT_ID.exec(raw);
      const parsed: Heading = {
        depth: (heading[1] as string).length,
        text: raw.replace(EXPLICIT_ID, '').trim(),
        id: idMatch ? (idMatch[1] ?? idMatch[2]) : undefined,
        line: i + 1,
      };
      headings.push(parsed);
      if (parsed.depth === 2) sectionId = parsed.id;
    }

    if (/^\s*<details>/.test(line)) details = [];
    if (details) {
      details.push(line);
      if (/<\/details>\s*$/.test(line)) {
        const block = details.join('\n');
        const summary = /<summary>([\s\S]*?)<\/summary>/.exec(block)?.[1]?.trim() ?? '';
        const body = block
          .replace(/^[\s\S]*?<\/summary>/, '')
          .replace(/<\/details>\s*$/, '')
          .trim();
        collapsibles.push({ summary, body, sectionId });
        details = undefined;
      }
    }
  }

  return { frontmatter, headings, prose: proseLines.join('\n'), mermaidBlocks, displayFormulas, collapsibles };
}

/** Words a reader reads: prose without MDX/JSX tags, math or link targets. */
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
