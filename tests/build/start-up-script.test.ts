import { describe, expect, it } from 'vitest';
import { builtScripts, startupScripts } from '@site/scripts/support/staticSite';

/** React's production builds link each error to this page; only React's own code carries the address. */
const REACT_CODE = 'https://react.dev/errors/';

/** What the bundler writes for an import that stays in the chunk but is evaluated only when called (webpackMode "eager"). */
const EAGER_IMPORT = /Promise\.resolve\(\)\.then\([\w$]+\.bind\([\w$]+,\d+\)\)/g;

/** The one main chunk of the build. */
function mainScript() {
  const main = startupScripts().filter(({ name }) => name.startsWith('main.'));
  expect(main.map(({ name }) => name)).toHaveLength(1);
  return main[0]!;
}

describe('the start-up script (plugins/staged-client-entry)', () => {
  it("is the staged entry, not Docusaurus's: its modules are imported one group at a time", () => {
    // Eight stage imports: React DOM, the helmet, the router, the client modules, the route table, App, preload and window.docusaurus.
    expect(mainScript().code.match(EAGER_IMPORT)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('carries React, which no other chunk does: the modules the entry imports in stages stay in it, not split off into chunks fetched later', () => {
    const carriers = builtScripts()
      .filter(({ code }) => code.includes(REACT_CODE))
      .map(({ name }) => name);
    expect(carriers).toEqual([mainScript().name]);
  });
});
