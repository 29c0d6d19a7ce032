import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DIAGRAM_FONT, LABEL_FONT_PX, MERMAID_BUNDLE, mermaidConfig, type ColorMode } from './renderOptions';
import { svgElementId } from './store';

export interface DiagramRenderer {
  /** The finished SVG markup of one diagram in one colour mode; throws with Mermaid's message when it cannot be drawn. */
  render(source: string, mode: ColorMode, key: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens one page that draws diagrams with Mermaid's own browser bundle and the
 * site's diagram font, so labels are measured with the glyphs readers get.
 */
export async function openRenderer(browser: Browser): Promise<DiagramRenderer> {
  const page = await browser.newPage();
  const font = fs.readFileSync(DIAGRAM_FONT.file).toString('base64');
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>
      @font-face { font-family: '${DIAGRAM_FONT.family}'; font-weight: 400; src: url(data:font/woff2;base64,${font}) format('woff2'); }
      body { margin: 0; }
    </style></head><body></body></html>`,
  );
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  // Plain JavaScript, so that no transpiler helper leaks into the page.
  await page.addScriptTag({ path: fileURLToPath(new URL('./drawDiagram.browser.js', import.meta.url)) });
  const loaded = await page.evaluate(async (family) => {
    await document.fonts.load(`16px '${family}'`);
    return document.fonts.check(`16px '${family}'`);
  }, DIAGRAM_FONT.family);
  if (!loaded) throw new Error(`The diagram font ${DIAGRAM_FONT.family} did not load from ${DIAGRAM_FONT.file}`);
  return {
    render: (source, mode, key) => renderOne(page, source, mode, key),
    close: () => page.close(),
  };
}

function renderOne(page: Page, source: string, mode: ColorMode, key: string): Promise<string> {
  const job = { source, id: svgElementId(key), config: mermaidConfig(mode), labelFontPx: LABEL_FONT_PX };
  return page.evaluate((pageJob) => (window as unknown as { drawDiagram(job: typeof pageJob): Promise<string> }).drawDiagram(pageJob), job);
}
