import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sites = path.resolve(import.meta.dirname, '../fixtures/sites');

/** Builds a fixture site with the real content checks; returns the exit code and everything it printed. */
function build(site: string): { status: number | null; output: string } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `fixture-${site}-`));
  const result = spawnSync('npx', ['docusaurus', 'build', path.join(sites, site), '--out-dir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(path.join(sites, site, '.docusaurus'), { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad content fails the build with a message that names it', () => {
  it('a link to a page that does not exist, with the page that holds it', () => {
    const { status, output } = build('broken-link');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken link on source page path = \/docs\/intro:\s*\n\s*-> linking to \/docs\/no-such-chapter/);
  }, 120_000);

  it('a link to a section id that does not exist, but not the one that does', () => {
    const { status, output } = build('broken-anchor');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Broken anchor on source page path = \/docs\/other:\s*\n\s*-> linking to \/docs\/intro#serving/);
    expect(output).not.toContain('/docs/intro#model');
  }, 120_000);

  it('a formula KaTeX cannot render, with file, line and reason', () => {
    const { status, output } = build('bad-formula');
    expect(status).not.toBe(0);
    expect(output).toMatch(/formula\.mdx:8 KaTeX parse error: Undefined control sequence: \\fracc/);
  }, 120_000);
});
