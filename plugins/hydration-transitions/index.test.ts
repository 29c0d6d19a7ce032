import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import hydrationTransitionsPlugin from './index';

const siteDir = path.resolve(__dirname, '..', '..');
const docusaurusEntry = createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/lib/client/clientEntry.js');

type Configure = (config: { mode?: string; entry?: unknown }, isServer: boolean) => { resolve: { alias: Record<string, string> } };

function configure(): Configure {
  const plugin = hydrationTransitionsPlugin({ siteDir } as LoadContext);
  return plugin.configureWebpack as unknown as Configure;
}

describe('hydration-transitions', () => {
  it('starts production pages from the staged entry', () => {
    const config = { mode: 'production', entry: docusaurusEntry };
    configure()(config, false);
    expect(config.entry).toBe(path.join(siteDir, 'src', 'hydration', 'clientEntry.tsx'));
    expect(fs.existsSync(config.entry)).toBe(true);
  });

  it('leaves the server build and the development server on their own entries', () => {
    const server = { mode: 'production', entry: '/server/entry.js' };
    configure()(server, true);
    expect(server.entry).toBe('/server/entry.js');
    const development = { mode: 'development', entry: docusaurusEntry };
    configure()(development, false);
    expect(development.entry).toBe(docusaurusEntry);
  });

  it('fails, naming the replacement, when Docusaurus starts from another entry', () => {
    const moved = { mode: 'production', entry: '/somewhere/else/clientEntry.js' };
    expect(() => configure()(moved, false)).toThrow(/no longer .*clientEntry\.js.*src\/hydration\/clientEntry\.tsx/);
  });

  it('replaces each Docusaurus module by an existing file of the same name', () => {
    const { alias } = configure()({ mode: 'production', entry: docusaurusEntry }, false).resolve;
    expect(Object.keys(alias).length).toBeGreaterThan(0);
    for (const [target, replacement] of Object.entries(alias)) {
      expect(fs.existsSync(`${target}.js`), target).toBe(true);
      expect(fs.existsSync(replacement), replacement).toBe(true);
      expect(path.basename(replacement).replace(/\.tsx?$/, '')).toBe(path.basename(target));
    }
  });
});
