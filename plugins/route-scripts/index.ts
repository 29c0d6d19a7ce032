import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/*
 * Docusaurus writes into each page's HTML the scripts of the modules the page rendered, looked up in a
 * client manifest by module name. The manifest the build writes is keyed by chunk name instead
 * ("6990bd39"), while the names rendered pages report are module requests ("@site/docs/…mdx"), so no
 * lookup succeeds and every page's HTML carries only the start-up scripts. The browser then learns
 * which chunks the page needs only after the start-up script has run, appends a script tag for each
 * (about 65 ms on a phone profile, 4x CPU slowdown) and waits one more round trip before hydrating.
 *
 * This plugin adds the missing keys. Docusaurus's own template then writes the page's chunks as
 * deferred scripts, which the browser fetches alongside the start-up script and runs each in a task
 * of its own.
 */

/** What the bundler's client manifest holds (react-loadable-ssr-addon-v5-slorber). */
export interface ClientManifest {
  entrypoints: string[];
  /** Module or chunk name → the ids of the chunks to load for it. */
  origins: Record<string, string[]>;
  assets: Record<string, unknown>;
}

const REGISTRY_ENTRY = /webpackChunkName: "([^"]+)" \*\/ "([^"]+)"\)/g;

/** Chunk name → the module request it loads, from Docusaurus's generated registry.js. */
export function registryModules(registrySource: string): Map<string, string> {
  return new Map([...registrySource.matchAll(REGISTRY_ENTRY)].map(([, chunkName, request]) => [chunkName, request] as [string, string]));
}

/**
 * The manifest with every registry module also findable by its request. Throws when the registry has
 * entries but none of their chunks is in the manifest: the lookup this plugin repairs has changed shape.
 */
export function withModuleOrigins(manifest: ClientManifest, modules: Map<string, string>): ClientManifest {
  const origins = { ...manifest.origins };
  let added = 0;
  for (const [chunkName, request] of modules) {
    const chunks = manifest.origins[chunkName];
    if (!chunks) continue;
    origins[request] = [...new Set([...(origins[request] ?? []), ...chunks])];
    added += 1;
  }
  if (modules.size > 0 && added === 0)
    throw new Error(
      'plugins/route-scripts: none of the registry chunks is in the client manifest, so pages would load their chunks only after start-up; check how react-loadable-ssr-addon keys its manifest.',
    );
  return { ...manifest, origins };
}

interface Compiler {
  hooks: { afterEmit: { tap(name: string, run: () => void): void } };
}

/** Runs after the bundler has written the client manifest and before the pages are rendered. */
class ManifestModuleOrigins {
  constructor(
    private readonly manifestPath: string,
    private readonly registryPath: string,
  ) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('route-scripts', () => {
      if (!fs.existsSync(this.manifestPath)) throw new Error(`plugins/route-scripts: the bundler wrote no client manifest at ${this.manifestPath}`);
      const manifest = JSON.parse(fs.readFileSync(this.manifestPath, 'utf8')) as ClientManifest;
      const modules = registryModules(fs.readFileSync(this.registryPath, 'utf8'));
      fs.writeFileSync(this.manifestPath, JSON.stringify(withModuleOrigins(manifest, modules)));
    });
  }
}

export default function routeScriptsPlugin(context: LoadContext): Plugin {
  return {
    name: 'route-scripts',
    configureWebpack(config, isServer) {
      // Only the production build renders pages; the development server has no manifest.
      if (isServer || config.mode !== 'production') return {};
      const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
      const registryPath = path.join(context.generatedFilesDir, 'registry.js');
      return { plugins: [new ManifestModuleOrigins(manifestPath, registryPath)] };
    },
  };
}
