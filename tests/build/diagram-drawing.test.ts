import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@site/scripts/support/contentFiles';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'diagrams-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs `npm run diagrams -- <folder>` and returns what it printed and its exit code. */
function drawDiagrams(): { output: string; status: number | null } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/diagrams.mts'), folder], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { output: `${run.stdout}${run.stderr}`, status: run.status };
}

const drawings = () => fs.readdirSync(path.join(folder, '_diagrams', 'page')).sort();
let firstRun: ReturnType<typeof drawDiagrams>;

beforeAll(() => {
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/diagrams/page.mdx'), path.join(folder, 'page.mdx'));
  firstRun = drawDiagrams();
}, 180_000);

// Each run starts a script and, when something changed, Chromium: slow on a busy machine.
describe('npm run diagrams', { timeout: 240_000 }, () => {
  it('draws every figure of a page, light and dark, into _diagrams/ beside it', () => {
    const { output, status } = firstRun;
    expect(status, output).toBe(0);
    expect(output).toContain('4 drawings: 4 drawn, 0 unchanged, 0 removed.');
    expect(drawings().map((name) => name.replace(/\.[0-9a-f]{16}\.svg$/, ''))).toEqual([
      'fig-handshake.dark',
      'fig-handshake.light',
      'fig-pipeline.dark',
      'fig-pipeline.light',
    ]);
  });

  it('writes SVGs with their labels as text, their own ids, a natural size and the size of their smallest label', () => {
    for (const name of drawings()) {
      const svg = fs.readFileSync(path.join(folder, '_diagrams', 'page', name), 'utf8');
      const key = /\.([0-9a-f]{16})\.svg$/.exec(name)?.[1];
      expect(svg).toMatch(new RegExp(`^<svg id="diagram-${key}"`));
      expect(svg).toMatch(/ width="[\d.]+"/);
      expect(svg).toMatch(/ height="[\d.]+"/);
      expect(svg).toMatch(/ data-label-px="1[0-9](\.\d+)?"/);
      expect(svg).not.toContain('foreignObject');
      // Every id inside belongs to this drawing, so two drawings can share a page.
      const foreign = [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]).filter((id) => !id?.startsWith(`diagram-${key}`));
      expect(foreign).toEqual([]);
    }
    const pipeline = fs.readFileSync(path.join(folder, '_diagrams', 'page', drawings().find((name) => name.startsWith('fig-pipeline.light')) as string), 'utf8');
    const texts = [...pipeline.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));
    expect(texts).toEqual(expect.arrayContaining(['Data lake', 'Train', 'Serve', 'logs']));
  });

  it('draws only what changed, and removes drawings no figure uses any more', () => {
    expect(drawDiagrams().output).toContain('4 drawings: 0 drawn, 4 unchanged, 0 removed.');
    const page = path.join(folder, 'page.mdx');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('train --> serve["Serve"]', 'train --> serve["Serve online"]'));
    expect(drawDiagrams().output).toContain('4 drawings: 2 drawn, 2 unchanged, 2 removed.');
    expect(drawings()).toHaveLength(4);
  });

  it('fails on a diagram Mermaid cannot draw, naming the file, line, figure and Mermaid\'s message', () => {
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/broken-diagram.mdx'), path.join(folder, 'broken.mdx'));
    const { output, status } = drawDiagrams();
    expect(status).toBe(1);
    expect(output).toMatch(/Mermaid could not draw 2:\n\s+.*broken\.mdx:5 \(fig-broken, light\): .*Parse error/);
  });
});
