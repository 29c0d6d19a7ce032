// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * typescript-eslint's type-checked rules over all code, the React hooks rules over the site's React code. No rule is off
 * site-wide. A few lines carry an inline `eslint-disable-next-line` with its reason (the two-pass render after hydration for
 * state that exists only in the browser; a clock read in a click handler that the React compiler takes for a render).
 * After a merge: `npm run format`, then `npm run lint:fix` and fix the rest by hand (CONTRIBUTING.md).
 */
export default defineConfig([
  globalIgnores(['build/', '.docusaurus/', 'docs/', 'blog/', 'bench/', '**/fixtures/']),
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // The two config files at the root sit outside tsconfig.json; everything else is in it.
        projectService: { allowDefaultProject: ['*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // The browser's first collator or number formatter costs a phone tens of milliseconds at start-up.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(localeCompare|toLocale\\w*String)$/]',
          message:
            'Pages run this as they load: sort normalized text in code order (src/lib/codeOrder.ts), and group digits by hand (src/lib/metrics.ts formatNumber), so no ICU collator or formatter starts.',
        },
      ],
    },
  },
  {
    files: ['src/serviceWorker/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // Runs inside the page that draws the diagrams (Chromium, with Mermaid's browser bundle on window).
    files: ['plugins/diagram-svgs/*.browser.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
]);
