import type { Plugin } from '@docusaurus/types';
import { stripLegacyFonts } from './stripLegacyFonts';

/** Serves fonts as woff2 only, so no stylesheet carries inlined legacy font files. */
export default function woff2OnlyPlugin(): Plugin {
  return {
    name: 'woff2-only',
    configurePostCss(options) {
      options.plugins.push(stripLegacyFonts());
      return options;
    },
  };
}
