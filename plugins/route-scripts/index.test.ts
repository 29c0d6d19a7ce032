import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withModuleOrigins, type ClientManifest } from './index';

/** Docusaurus's own lookup, from the copy Docusaurus depends on. */
const { getBundles } = createRequire(createRequire(import.meta.filename).resolve('@docusaurus/core/package.json'))('react-loadable-ssr-addon-v5-slorber') as {
  getBundles: (manifest: ClientManifest, modules: string[]) => { js?: Array<{ file: string }> };
};

/** A client manifest as the bundler writes it, cut down to two route chunks and the start-up chunks. */
const manifest = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'client-manifest.json'), 'utf8')) as ClientManifest;

const METRICS_PAGE = '@site/docs/reference/metrics.mdx';
const DOC_ITEM = '@theme/DocItem';

/** The script files Docusaurus's template would write for a page that rendered `modules`. */
function pageScripts(withOrigins: ClientManifest, modules: string[]): string[] {
  const bundles = getBundles(withOrigins, [...withOrigins.entrypoints, ...modules]);
  return (bundles.js ?? []).map((bundle) => path.basename(bundle.file));
}

describe('route-scripts', () => {
  it('the manifest as written finds no chunk for the modules a page reports', () => {
    expect(pageScripts(manifest, [METRICS_PAGE, DOC_ITEM]).every((file) => /^(runtime~)?main\./.test(file))).toBe(true);
  });

  it("with the split points' requests added, a page's HTML names its own chunks, shared chunks included, once each", () => {
    const fixed = withModuleOrigins(manifest, [
      { requests: [METRICS_PAGE], chunkIds: manifest.origins['6990bd39'] ?? [] },
      { requests: [DOC_ITEM], chunkIds: manifest.origins['17896441'] ?? [] },
    ]);
    const scripts = pageScripts(fixed, [METRICS_PAGE, DOC_ITEM]);
    expect(scripts.some((file) => file.startsWith('6990bd39.'))).toBe(true);
    expect(scripts.some((file) => file.startsWith('17896441.'))).toBe(true);
    expect(
      scripts.some((file) => file.startsWith('5326.')),
      'a chunk DocItem shares with other routes',
    ).toBe(true);
    expect(new Set(scripts).size).toBe(scripts.length);
    expect(scripts.slice(0, 2).map((file) => file.split('.')[0])).toEqual(['runtime~main', 'main']);
    expect(fixed.origins['6990bd39']).toEqual(manifest.origins['6990bd39']);
  });

  it('fails, naming the chunk and the request, when a split point loads a chunk the manifest has no files for', () => {
    expect(() => withModuleOrigins(manifest, [{ requests: ['@site/docs/new.mdx'], chunkIds: ['99999'] }])).toThrow(/chunk 99999.*@site\/docs\/new\.mdx/);
  });

  it('fails when the build has no split points at all', () => {
    expect(() => withModuleOrigins(manifest, [])).toThrow(/no code-split points/);
  });
});
