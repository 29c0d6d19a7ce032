// @ts-check
/**
 * Loaded into the page that draws diagrams (see renderInBrowser.ts), beside
 * Mermaid's browser bundle. Draws one diagram, then makes the SVG fit to live
 * inline in any page beside other diagrams and its other colour mode: every id
 * prefixed with the drawing's own, symbols and style rules nothing uses
 * dropped, an explicit natural size, and the size of its smallest label.
 */

/**
 * @param {{ source: string, id: string, config: object, labelFontPx: number }} job
 * @returns {Promise<string>}
 */
async function drawDiagram({ source, id, config, labelFontPx }) {
  /** @typedef {{ initialize(config: object): void, render(id: string, text: string): Promise<{ svg: string }> }} MermaidApi */
  const mermaid = /** @type {Window & { mermaid: MermaidApi }} */ (/** @type {unknown} */ (window)).mermaid;
  mermaid.initialize({ ...config, deterministicIds: true, deterministicIDSeed: id });
  let markup;
  try {
    ({ svg: markup } = await mermaid.render(id, source));
  } finally {
    // Mermaid leaves its scratch element behind when drawing fails.
    document.getElementById(`d${id}`)?.remove();
  }
  const host = document.createElement('div');
  document.body.append(host);
  host.innerHTML = markup;
  const svg = /** @type {SVGSVGElement} */ (host.querySelector('svg'));
  try {
    prefixIds(svg, id);
    dropUnusedSymbols(svg);
    const box = svg.viewBox.baseVal;
    svg.removeAttribute('style');
    svg.setAttribute('width', String(round(box.width)));
    svg.setAttribute('height', String(round(box.height)));
    pruneStyle(svg);
    svg.setAttribute('data-label-px', String(round(smallestLabel(svg) ?? labelFontPx)));
    return new XMLSerializer().serializeToString(svg);
  } finally {
    host.remove();
  }
}

/** @param {number} value */
function round(value) {
  return Math.round(value * 100) / 100;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Mermaid leaves some ids unprefixed (sequence actors, markers): two drawings
 * on one page must not share any, so each gets the drawing's id in front, and
 * every reference to it (href, url(#...), the style sheet) follows.
 * @param {SVGSVGElement} svg
 * @param {string} id
 */
function prefixIds(svg, id) {
  /** @type {Map<string, string>} */
  const renamed = new Map();
  for (const element of svg.querySelectorAll('[id]')) {
    if (element.id.startsWith(id)) continue;
    const next = `${id}-${element.id}`;
    renamed.set(element.id, next);
    element.id = next;
  }
  if (renamed.size === 0) return;
  const reference = new RegExp(`#(${[...renamed.keys()].map(escapeRegExp).join('|')})(?![\\w-])`, 'g');
  /** @param {string} value */
  const rewrite = (value) => value.replace(reference, (_match, /** @type {string} */ old) => `#${renamed.get(old) ?? old}`);
  for (const element of svg.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('#')) element.setAttribute(attribute.name, rewrite(attribute.value));
    }
  }
  const style = svg.querySelector('style');
  if (style?.textContent) style.textContent = rewrite(style.textContent);
}

/**
 * Mermaid defines icons for every sequence diagram; few use them.
 * @param {SVGSVGElement} svg
 */
function dropUnusedSymbols(svg) {
  const used = new Set([...svg.querySelectorAll('use')].map((use) => (use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '').slice(1)));
  for (const symbol of svg.querySelectorAll('symbol')) {
    if (!used.has(symbol.id)) symbol.remove();
  }
}

/**
 * Keeps the style rules that match something in this drawing: Mermaid's sheet
 * also styles other diagram kinds, hover states and animations.
 * @param {SVGSVGElement} svg
 */
function pruneStyle(svg) {
  const style = svg.querySelector('style');
  if (!style?.sheet) return;
  /** @param {string} selector */
  const matches = (selector) => {
    // State pseudo-classes and pseudo-elements do not change what a selector can reach.
    const plain = selector.replace(/::?[a-z-]+(\([^)]*\))?/g, (pseudo) => (/^:(not|is|where|has)\(/.test(pseudo) ? pseudo : '')).trim();
    try {
      return svg.matches(plain) || svg.querySelector(plain) !== null;
    } catch {
      return true;
    }
  };
  const rules = [...style.sheet.cssRules];
  /** @type {string[]} */
  const kept = [];
  const animations = new Set();
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      if (!rule.selectorText.split(/,(?![^(]*\))/).some(matches)) continue;
      kept.push(rule.cssText);
      for (const name of (rule.style.animationName || rule.style.animation).split(/[\s,]+/)) animations.add(name);
    } else if (!(rule instanceof CSSKeyframesRule)) {
      kept.push(rule.cssText);
    }
  }
  for (const rule of rules) {
    if (rule instanceof CSSKeyframesRule && animations.has(rule.name)) kept.push(rule.cssText);
  }
  style.textContent = kept.join('');
}

/**
 * The font size of the smallest label at the drawing's natural size: it
 * decides how far a page may shrink the drawing.
 * @param {SVGSVGElement} svg
 * @returns {number | undefined}
 */
function smallestLabel(svg) {
  const rootScale = svg.getScreenCTM()?.a ?? 1;
  let smallest;
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest('style, title, desc')) continue;
    const graphic = /** @type {SVGGraphicsElement | null} */ (parent.closest('text, foreignObject'));
    const matrix = graphic?.getScreenCTM();
    if (!matrix) continue;
    const size = (parseFloat(getComputedStyle(parent).fontSize) * Math.hypot(matrix.a, matrix.b)) / rootScale;
    smallest = smallest === undefined ? size : Math.min(smallest, size);
  }
  return smallest;
}

/** @type {any} */ (window).drawDiagram = drawDiagram;
