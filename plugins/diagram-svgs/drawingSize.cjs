// @ts-check
/**
 * How large a stored drawing is and how small a page may show it. Plain
 * CommonJS, as the bundler loader (svgLoader.cjs) reads it too.
 */

/** No diagram is shown so small that its labels render below this size. */
const MIN_LABEL_PX = 12;

/**
 * Reads the root element of a stored drawing: its natural width and height in
 * px and the font size of its smallest label at that size; from them, the
 * narrowest width at which every label still renders at MIN_LABEL_PX.
 * @param {string} markup
 * @returns {{ width: number, height: number, labelPx: number, minWidth: number }}
 */
function readDrawingSize(markup) {
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  /** @param {string} name */
  const number = (name) => {
    const value = Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`The stored drawing has no ${name} on its <svg> element: delete it and run \`npm run diagrams\``);
    }
    return value;
  };
  const width = number('width');
  const labelPx = number('data-label-px');
  return { width, height: number('height'), labelPx, minWidth: Math.min(width, Math.ceil((width * MIN_LABEL_PX) / labelPx)) };
}

module.exports = { MIN_LABEL_PX, readDrawingSize };
