import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Prism, the code highlighter, out of every page's start-up. The classic theme
 * registers a client module that loads Prism and its extra languages on every
 * page, about 230 ms of main-thread work on a phone (4x CPU slowdown), though
 * no page here has a code block: diagrams are Mermaid and formulas KaTeX. This
 * replaces that module with an empty one; `src/theme/MDXComponents/Code.tsx` loads
 * Prism, the extra languages included, with the first code block a page renders.
 */
export default function prismOnDemandPlugin(context: LoadContext): Plugin {
  const resolve = createRequire(path.join(context.siteDir, 'package.json')).resolve;
  const themeLib = path.join(path.dirname(resolve('@docusaurus/theme-classic/package.json')), 'lib');
  return {
    name: 'prism-on-demand',
    configureWebpack() {
      // `false` makes the bundler put an empty module where that one was.
      return { resolve: { alias: { [path.join(themeLib, 'prism-include-languages')]: false } } };
    },
  };
}
