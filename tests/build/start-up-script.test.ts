import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '@site/scripts/support/staticSite';

const JS_DIR = path.join(BUILD_DIR, 'assets', 'js');

/** React's production builds link each error to this page; only React's own code carries the address. */
const REACT_CODE = 'https://react.dev/errors/';

describe('the start-up script (plugins/staged-client-entry)', () => {
  it('carries React, which no other chunk does: the modules the entry imports in stages stay in it, not split off into chunks fetched later', () => {
    const files = fs.readdirSync(JS_DIR).filter((file) => file.endsWith('.js'));
    const main = files.filter((file) => /^main\.[\w]+\.js$/.test(file));
    expect(main).toHaveLength(1);
    const carriers = files.filter((file) => fs.readFileSync(path.join(JS_DIR, file), 'utf8').includes(REACT_CODE));
    expect(carriers).toEqual(main);
  });
});
