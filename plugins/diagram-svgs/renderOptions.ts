import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every diagram is drawn once per colour mode of the site. */
export const COLOR_MODES = ['light', 'dark'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/**
 * Diagram text is set in Inter, served by the site itself as woff2, so the
 * label widths measured when an SVG is drawn hold on every reader's machine.
 * Only the Latin file: the label check keeps diagram text within it.
 */
export const DIAGRAM_FONT = {
  family: 'Inter',
  file: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff2'),
  /** The characters the file covers (its unicode-range), as a test for label text. */
  covers: /^[\u0020-\u007e\u00a0-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215]*$/,
} as const;

export const DIAGRAM_FONT_STACK = `${DIAGRAM_FONT.family}, system-ui, sans-serif`;

/** Label size at a drawing's natural scale; pages may shrink it down to MIN_LABEL_PX (drawingSize.cjs). */
export const LABEL_FONT_PX = 16;

export const MERMAID_THEME = { light: 'neutral', dark: 'dark' } as const satisfies Record<ColorMode, string>;

/**
 * Mermaid's options for every diagram, whichever the colour mode. Labels are
 * SVG text, not HTML inside foreignObject, so a diagram reads the same in a
 * feed reader, a PDF or any other copy of the page.
 */
export const MERMAID_OPTIONS = {
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily: DIAGRAM_FONT_STACK,
  themeVariables: { fontFamily: DIAGRAM_FONT_STACK, fontSize: `${LABEL_FONT_PX}px` },
  suppressErrorRendering: true,
} as const;

/** The configuration a diagram is drawn with in one colour mode. */
export function mermaidConfig(mode: ColorMode) {
  return { ...MERMAID_OPTIONS, startOnLoad: false, theme: MERMAID_THEME[mode] };
}

/** Mermaid's version keys every stored SVG: a new Mermaid redraws them all. */
export const MERMAID_VERSION: string = (require('mermaid/package.json') as { version: string }).version;

/** Mermaid's browser bundle, loaded into the page that draws the diagrams. */
export const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
