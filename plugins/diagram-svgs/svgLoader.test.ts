import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('./svgLoader.cjs') as (this: object, markup: string) => string;

const MARKUP = '<svg id="diagram-0123456789abcdef" width="800" height="300" data-label-px="16"><text>Ranker</text></svg>\n';

function load(compiler: 'server' | 'client') {
  const emitted: Array<[string, string]> = [];
  const context = {
    _compiler: { name: compiler },
    resourcePath: '/site/docs/_diagrams/page/fig-a.light.0123456789abcdef.svg',
    emitFile: (name: string, content: string) => emitted.push([name, content]),
  };
  return { code: loader.call(context, MARKUP), emitted };
}

describe('the stored-drawing loader', () => {
  it('gives the server build the markup, URL and size, and emits no file', () => {
    const { code, emitted } = load('server');
    expect(code).toContain('url: __webpack_public_path__ + "assets/diagrams/fig-a.light.0123456789abcdef.svg"');
    expect(code).toContain('"width":800,"height":300,"labelPx":16,"minWidth":600');
    expect(code).toContain('"markup":"<svg id=\\"diagram-0123456789abcdef\\"');
    expect(emitted).toEqual([]);
  });

  it('gives the browser build the URL and size only, and emits the SVG as an asset to fetch', () => {
    const { code, emitted } = load('client');
    expect(code).toContain('url: __webpack_public_path__ + "assets/diagrams/fig-a.light.0123456789abcdef.svg"');
    expect(code).toContain('"minWidth":600');
    expect(code).not.toContain('markup');
    expect(emitted).toEqual([['assets/diagrams/fig-a.light.0123456789abcdef.svg', MARKUP]]);
  });
});
