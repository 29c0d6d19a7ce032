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

/** The modules a file imports, in order, statically or not. */
function imports(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/(?:^import [^'"]*|import\((?:\/\*[^*]*\*\/ )?)['"]([^'"]+)['"]/gm)].map((match) => match[1] as string);
}

describe('staged-client-entry', () => {
  it("puts a copy in place of Docusaurus's client entry for production pages, importing what the original and its App import, in their order", () => {
    const config = { mode: 'production', entry: docusaurusEntry };
    configure()(config, false);
    expect(config.entry).not.toBe(docusaurusEntry);
    const original = imports(docusaurusEntry);
    const app = imports(path.join(path.dirname(docusaurusEntry), 'App.js'));
    const copy = imports(config.entry);
    // react-dom/client, helmet and the router, in the original's order; then App's first imports after React.
    const expected = [...original.filter((name) => /^react-|^react-dom/.test(name)), ...app.filter((name) => name.startsWith('@generated/'))];
    expect(copy.filter((name) => expected.includes(name))).toEqual(expected);
    expect(copy).toContain('@docusaurus/core/lib/client/App');
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
