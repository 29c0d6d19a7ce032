import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import hydrationTransitionsPlugin from './index';

const siteDir = path.resolve(import.meta.dirname, '..', '..');

describe('hydration-transitions', () => {
  it('replaces each Docusaurus module by an existing file of the same name', () => {
    const configure = hydrationTransitionsPlugin({ siteDir } as LoadContext).configureWebpack as unknown as () => { resolve: { alias: Record<string, string> } };
    const { alias } = configure().resolve;
    expect(Object.keys(alias).length).toBeGreaterThan(0);
    for (const [target, replacement] of Object.entries(alias)) {
      expect(fs.existsSync(`${target}.js`), target).toBe(true);
      expect(fs.existsSync(replacement), replacement).toBe(true);
      expect(path.basename(replacement).replace(/\.tsx?$/, '')).toBe(path.basename(target));
      // Keyed on the real path, the one the bundler resolves to: with node_modules behind a link, another key matches nothing.
      expect(fs.realpathSync(`${target}.js`)).toBe(`${target}.js`);
    }
  });
});
