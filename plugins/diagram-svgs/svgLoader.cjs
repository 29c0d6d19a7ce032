// @ts-check
/**
 * Bundler loader for a stored drawing, referenced inline by each figure (see
 * remark-mermaid-figure/svgRequire.ts). Both builds get the drawing's URL and
 * size; only the server build, which writes the static HTML, gets its markup.
 * So every diagram is in the page's HTML, and none of them ships in JavaScript:
 * after a client-side navigation the figure fetches its drawing by URL.
 */
const path = require('node:path');
const { getWebpackLoaderCompilerName } = require('@docusaurus/utils');
const { readDrawingSize } = require('./drawingSize.cjs');

/**
 * @this {import('webpack').LoaderContext<unknown>}
 * @param {string} markup
 */
module.exports = function diagramSvgLoader(markup) {
  const server = getWebpackLoaderCompilerName(this) === 'server';
  const name = `assets/diagrams/${path.basename(this.resourcePath)}`;
  if (!server) this.emitFile(name, markup);
  const drawing = { ...readDrawingSize(markup), ...(server ? { markup: markup.trim() } : {}) };
  return `export default { url: __webpack_public_path__ + ${JSON.stringify(name)}, ...${JSON.stringify(drawing)} };\n`;
};
