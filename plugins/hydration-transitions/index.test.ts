import fs from 'node:fs';
import os from 'node:os';
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
    }
  });

  it('keys each replacement on the real path, the one the bundler resolves to, when node_modules is a link', () => {
    // A site whose node_modules links to this one's, as in a worktree or with pnpm: a key through the link matches nothing.
    const linked = fs.mkdtempSync(path.join(os.tmpdir(), 'hydration-transitions-'));
    try {
      fs.copyFileSync(path.join(siteDir, 'package.json'), path.join(linked, 'package.json'));
      fs.symlinkSync(fs.realpathSync(path.join(siteDir, 'node_modules')), path.join(linked, 'node_modules'), 'dir');
      const configure = hydrationTransitionsPlugin({ siteDir: linked } as LoadContext).configureWebpack as unknown as () => {
        resolve: { alias: Record<string, string> };
      };
      const targets = Object.keys(configure().resolve.alias);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(fs.realpathSync(`${target}.js`)).toBe(`${target}.js`);
    } finally {
      fs.rmSync(linked, { recursive: true, force: true });
    }
  });
});
