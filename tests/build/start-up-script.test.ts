import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '@site/scripts/support/staticSite';

const JS_DIR = path.join(BUILD_DIR, 'assets', 'js');

/** React's production builds link each error to this page; only React's own code carries the address. */
const REACT_CODE = 'https://react.dev/errors/';

/** What the bundler writes for an import that stays in the chunk but is evaluated only when called (webpackMode "eager"). */
const EAGER_IMPORT = /Promise\.resolve\(\)\.then\([\w$]+\.bind\([\w$]+,\d+\)\)/g;

describe('the start-up script (plugins/staged-client-entry)', () => {
  it("is the staged entry, not Docusaurus's: its modules are imported one group at a time", () => {
    const main = fs.readdirSync(JS_DIR).filter((file) => /^main\.\w+\.js$/.test(file));
    expect(main).toHaveLength(1);
    // Eight stage imports: React DOM, the helmet, the router, the client modules, the route table, App, preload and window.docusaurus.
    expect(fs.readFileSync(path.join(JS_DIR, main[0] as string), 'utf8').match(EAGER_IMPORT)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('carries React, which no other chunk does: the modules the entry imports in stages stay in it, not split off into chunks fetched later', () => {
    const files = fs.readdirSync(JS_DIR).filter((file) => file.endsWith('.js'));
    const main = files.filter((file) => /^main\.\w+\.js$/.test(file));
    expect(main).toHaveLength(1);
    const carriers = files.filter((file) => fs.readFileSync(path.join(JS_DIR, file), 'utf8').includes(REACT_CODE));
    expect(carriers).toEqual(main);
  });
});
