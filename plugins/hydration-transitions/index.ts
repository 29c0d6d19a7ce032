import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Right after hydration Docusaurus sets two pieces of state that re-render much of the page: "we are in
 * the browser" (collapsibles, sidebar categories, the colour toggle and figures read it) and the window size (the sidebar and the phone menu
 * read it). Both are set as ordinary updates, which React renders in one uninterrupted task: about
 * 150 ms on a phone profile (4x CPU slowdown) for a page with a hundred links. The same updates made as
 * transitions render in slices of a few milliseconds, between which the page answers taps. These are
 * the two Docusaurus modules, replaced by copies in `src/hydration/` that differ only in that.
 */
export const REPLACED = [
  { module: ['@docusaurus/core', 'lib/client/browserContext'], by: 'browserContext.tsx' },
  { module: ['@docusaurus/theme-common', 'lib/hooks/useWindowSize'], by: 'useWindowSize.ts' },
] as const;

/** The folder a package is installed in, looked up as Node would (neither package exports its package.json or these files). */
function packageRoot(lookup: NodeJS.Require, pkg: string): string {
  const dir = (lookup.resolve.paths(pkg) ?? [])
    .map((nodeModules) => path.join(nodeModules, pkg))
    .find((candidate) => fs.existsSync(path.join(candidate, 'package.json')));
  if (!dir) throw new Error(`plugins/hydration-transitions: ${pkg} is not installed`);
  return dir;
}

export default function hydrationTransitionsPlugin(context: LoadContext): Plugin {
  const lookup = createRequire(path.join(context.siteDir, 'package.json'));
  const alias: Record<string, string> = {};
  for (const { module, by } of REPLACED) {
    const [pkg, file] = module;
    // The real path: the bundler matches aliases against the paths it resolves, and node_modules may be a link.
    const target = path.join(fs.realpathSync(packageRoot(lookup, pkg)), file);
    // A Docusaurus upgrade that moves a file would otherwise drop the replacement without a word.
    if (!fs.existsSync(`${target}.js`))
      throw new Error(`plugins/hydration-transitions: ${pkg} no longer has ${file}.js; check whether src/hydration/${by} still matches what it replaces.`);
    alias[target] = path.join(context.siteDir, 'src', 'hydration', by);
  }
  return {
    name: 'hydration-transitions',
    configureWebpack() {
      return { resolve: { alias } };
    },
  };
}
