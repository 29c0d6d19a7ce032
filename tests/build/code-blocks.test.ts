import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIR, builtScripts, startupScripts } from '@site/scripts/support/staticSite';

/** Text only Prism's code carries: a theme name it exports, its language table, a grammar of an extra language. */
const PRISM_MARKERS = ['vsDark', 'Prism.languages', 'BASHOPTS'];

describe('Prism, the code highlighter, stays out of start-up', () => {
  it('is in no start-up script of the site, but still in a chunk of its own', () => {
    const scripts = startupScripts(BUILD_DIR);
    expect(scripts.length).toBeGreaterThan(0);
    for (const { name, code } of scripts) {
      for (const marker of PRISM_MARKERS) expect(code.includes(marker), `${name} holds Prism ("${marker}")`).toBe(false);
    }
    const holders = builtScripts().filter(({ code }) => code.includes('BASHOPTS'));
    expect(holders.length, 'no chunk holds the extra languages: the marker is stale').toBeGreaterThan(0);
  });
});

describe('a fenced code block, with Prism loaded on demand', () => {
  let outDir = '';
  const site = path.resolve(import.meta.dirname, '../fixtures/sites/code-block');
  beforeAll(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-code-block-'));
    const result = spawnSync('npx', ['docusaurus', 'build', site, '--out-dir', outDir], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    if (result.status !== 0) throw new Error(`the code-block fixture did not build:\n${result.stdout}\n${result.stderr}`);
  }, 180_000);
  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(path.join(site, '.docusaurus'), { recursive: true, force: true });
  });

  it('is highlighted in the server HTML, in an extra language, while inline code stays inline', () => {
    const html = fs.readFileSync(path.join(outDir, 'docs/code/index.html'), 'utf8');
    expect(html).toMatch(/<pre[^>]*class="?[^">]*prism-code[^">]*language-python/);
    expect(html).toMatch(/class="?token keyword"?[^>]*>def</);
    expect(html).toMatch(/<code>inline code<\/code>/);
  });

  it('leaves Prism out of the fixture start-up scripts too', () => {
    for (const { name, code } of startupScripts(outDir)) {
      for (const marker of PRISM_MARKERS) expect(code.includes(marker), `${name} holds Prism ("${marker}")`).toBe(false);
    }
  });
});
