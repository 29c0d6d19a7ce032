import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { COLOR_MODES, DIAGRAM_FONT, MERMAID_VERSION, mermaidConfig, type ColorMode } from './renderOptions';

export { MIN_LABEL_PX, readDrawingSize, type DrawingSize } from './drawingSize.cjs';

/**
 * Rendered diagrams are committed beside the page they come from:
 *
 *   docs/case-studies/news-feed.mdx
 *   docs/case-studies/_diagrams/news-feed/fig-serving.light.3f9c2a7e51d0b8c4.svg
 *
 * The name carries a key hashed from everything that shapes the drawing (the
 * diagram source, the colour mode, Mermaid's version, its configuration, the
 * font file and this format's version), so a stale drawing is simply a
 * missing file, and two branches that redraw one figure never conflict.
 */
export const STORE_DIR = '_diagrams';

/** Bump when the post-processing of a drawing changes, to redraw every diagram. */
export const RENDER_FORMAT = 1;

let fontDigest: string | undefined;

function digest(text: string | Buffer): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** Line ends and trailing spaces do not change a drawing. */
export function normalizeSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function diagramKey(source: string, mode: ColorMode): string {
  fontDigest ??= digest(fs.readFileSync(DIAGRAM_FONT.file));
  return digest(JSON.stringify([RENDER_FORMAT, MERMAID_VERSION, fontDigest, mermaidConfig(mode), normalizeSource(source)])).slice(0, 16);
}

export function storeDir(sourceFile: string): string {
  const { dir, name } = path.parse(sourceFile);
  return path.join(dir, STORE_DIR, name);
}

export interface StoredSvg {
  mode: ColorMode;
  key: string;
  path: string;
  present: boolean;
  /** A drawing of an earlier version of this figure is there instead. */
  outdated: boolean;
}

/** Where the drawings of one figure live, one per colour mode, and whether each is there. */
export function storedSvgs(sourceFile: string, figureId: string, source: string): StoredSvg[] {
  const dir = storeDir(sourceFile);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  return COLOR_MODES.map((mode) => {
    const key = diagramKey(source, mode);
    const name = `${figureId}.${mode}.${key}.svg`;
    const present = files.includes(name);
    const outdated = !present && files.some((file) => file.startsWith(`${figureId}.${mode}.`));
    return { mode, key, path: path.join(dir, name), present, outdated };
  });
}

/** The id a drawing's root element carries; every id inside it starts with this. */
export function svgElementId(key: string): string {
  return `diagram-${key}`;
}
