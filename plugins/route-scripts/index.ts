import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/*
 * Docusaurus writes into each page's HTML the scripts of the modules the page rendered, looked up in a
 * client manifest by module request ("@site/docs/…mdx", what each route's loader reports). The manifest
 * the build writes is keyed by chunk name or id instead ("6990bd39"), so no lookup succeeds and every
 * page's HTML carries only the start-up scripts. The browser then learns which chunks the page needs
 * only after the start-up script has run, appends a script tag for each (about 65 ms on a phone
 * profile, 4x CPU slowdown) and waits one more round trip before hydrating.
 *
 * This plugin adds the missing keys, read from the bundler's own record of each code-split point: the
 * request of the dynamic import and the chunks it loads. Docusaurus's template then writes the page's
 * chunks as deferred scripts, which the browser fetches alongside the start-up script (Chromium runs
 * each deferred script in a task of its own).
 */

/** What the bundler's client manifest holds (react-loadable-ssr-addon-v5-slorber). */
export interface ClientManifest {
  entrypoints: string[];
  /** Module request, chunk name or chunk id → the ids of the chunks to load for it. */
  origins: Record<string, string[]>;
  assets: Record<string, unknown>;
}

/** One code-split point: the requests that import it, and the chunks the browser loads for it. */
export interface SplitPoint {
  requests: string[];
  chunkIds: string[];
}

/**
 * The manifest with every split point also findable by the request that imports it. Throws, naming
 * the chunk, when a split point loads a chunk the manifest has no files for, and when there is no
 * split point at all: either way the lookup this plugin repairs has changed shape.
 */
export function withModuleOrigins(manifest: ClientManifest, splitPoints: readonly SplitPoint[]): ClientManifest {
  if (splitPoints.length === 0) throw new Error('plugins/route-scripts: the client build has no code-split points; pages would name no chunks of their own.');
  const origins = { ...manifest.origins };
  for (const { requests, chunkIds } of splitPoints) {
    const missing = chunkIds.filter((id) => !(id in manifest.assets));
    if (missing.length > 0)
      throw new Error(`plugins/route-scripts: the client manifest has no files for chunk ${missing.join(', ')}, which ${requests.join(', ')} loads.`);
    for (const request of requests) origins[request] = [...new Set([...(origins[request] ?? []), ...chunkIds])];
  }
  return { ...manifest, origins };
}

interface Compilation {
  chunkGroups: ReadonlyArray<{ isInitial(): boolean; origins: Array<{ request?: string }>; chunks: Array<{ id?: string | number | null }> }>;
}

interface Compiler {
  hooks: { afterEmit: { tap(name: string, run: (compilation: Compilation) => void): void } };
}

/** The compilation's code-split points: every chunk group that is not loaded at start-up. */
function splitPoints(compilation: Compilation): SplitPoint[] {
  return compilation.chunkGroups
    .filter((group) => !group.isInitial())
    .map((group) => ({
      requests: [...new Set(group.origins.flatMap((origin) => (origin.request ? [origin.request] : [])))],
      chunkIds: group.chunks.flatMap((chunk) => (chunk.id === undefined || chunk.id === null ? [] : [String(chunk.id)])),
    }))
    .filter((point) => point.requests.length > 0);
}

/** Runs after the bundler has written the client manifest and before the pages are rendered. */
class ManifestModuleOrigins {
  constructor(private readonly manifestPath: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('route-scripts', (compilation) => {
      if (!fs.existsSync(this.manifestPath)) throw new Error(`plugins/route-scripts: the bundler wrote no client manifest at ${this.manifestPath}`);
      const manifest = JSON.parse(fs.readFileSync(this.manifestPath, 'utf8')) as ClientManifest;
      fs.writeFileSync(this.manifestPath, JSON.stringify(withModuleOrigins(manifest, splitPoints(compilation))));
    });
  }
}

export default function routeScriptsPlugin(context: LoadContext): Plugin {
  return {
    name: 'route-scripts',
    configureWebpack(config, isServer) {
      // Only the production build renders pages; the development server has no manifest.
      if (isServer || config.mode !== 'production') return {};
      return { plugins: [new ManifestModuleOrigins(path.join(context.generatedFilesDir, 'client-manifest.json'))] };
    },
  };
}
