import type { AtRule, Plugin } from 'postcss';

/** Splits a CSS `src` list on its top-level commas (not those inside `url(...)`). */
function sources(value: string): string[] {
  return value.split(/,(?![^(]*\))/).map((part) => part.trim());
}

/**
 * Keeps only the woff2 sources of every @font-face that has one. Every browser
 * the site supports reads woff2, and the woff and ttf copies KaTeX also lists
 * were being inlined into the site's one stylesheet as base64 (about 120 KB).
 */
export function stripLegacyFonts(): Plugin {
  return {
    postcssPlugin: 'strip-legacy-fonts',
    AtRule: {
      'font-face': (rule: AtRule) => {
        rule.walkDecls('src', (decl) => {
          const woff2 = sources(decl.value).filter((part) => /format\(\s*["']?woff2["']?\s*\)/.test(part));
          if (woff2.length > 0) decl.value = woff2.join(', ');
        });
      },
    },
  };
}
