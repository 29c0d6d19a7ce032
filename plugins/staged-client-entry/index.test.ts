import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import stagedClientEntryPlugin from './index';

const siteDir = path.resolve(import.meta.dirname, '..', '..');
const docusaurusEntry = createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/lib/client/clientEntry.js');

type Configure = (config: { mode?: string; entry?: unknown }, isServer: boolean) => unknown;

function configure(): Configure {
  return stagedClientEntryPlugin({ siteDir } as LoadContext).configureWebpack as unknown as Configure;
}

describe('staged-client-entry', () => {
  it("puts a copy of Docusaurus's client entry in its place for production pages", () => {
    const config = { mode: 'production', entry: docusaurusEntry };
    configure()(config, false);
    expect(config.entry).not.toBe(docusaurusEntry);
    const copy = fs.readFileSync(config.entry, 'utf8');
    // What the original does, the copy does too: hydrate the root, set window.docusaurus, preload the route.
    for (const step of ['hydrateRoot', 'window.docusaurus = docusaurus', 'preload(window.location.pathname)', 'startTransition'])
      expect(copy, `the copy still does ${step}`).toContain(step);
  });

  it('leaves the server build and the development server on their own entries', () => {
    const server = { mode: 'production', entry: '/server/entry.js' };
    configure()(server, true);
    expect(server.entry).toBe('/server/entry.js');
    const development = { mode: 'development', entry: docusaurusEntry };
    configure()(development, false);
    expect(development.entry).toBe(docusaurusEntry);
  });

  it('fails, naming the copy to check, when Docusaurus starts from another entry', () => {
    const moved = { mode: 'production', entry: '/somewhere/else/clientEntry.js' };
    expect(() => configure()(moved, false)).toThrow(/no longer .*clientEntry\.js.*plugins\/staged-client-entry\/clientEntry\.tsx/);
  });
});
