import { parseChapter } from '../chapter-reader/parseChapter';
import { parseFenceMeta } from './fenceMeta';

export interface FigureSource {
  /** Line of the opening fence, 1-based. */
  line: number;
  /** The figure id from the fence meta; undefined when the fence has none (the build rejects it). */
  id: string | undefined;
  source: string;
}

/** Every Mermaid figure of a Markdown or MDX page, in order; `file` decides the syntax, as the site's 'detect' format does. */
export function figuresIn(markdown: string, file = 'page.mdx'): FigureSource[] {
  return parseChapter(markdown, { mdx: file.endsWith('.mdx') }).mermaidBlocks.map((block) => ({
    line: block.line,
    id: parseFenceMeta(block.meta).id,
    source: block.source,
  }));
}
