import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramKey, readDrawingSize, storeDir, storedSvgs } from './store';

const SOURCE = 'flowchart LR\n  a["A"] --> b["B"]';

describe('diagram keys', () => {
  it('ignore line endings and trailing spaces, which do not change a drawing', () => {
    expect(diagramKey('flowchart LR  \r\n  a["A"] --> b["B"]\n\n', 'light')).toBe(diagramKey(SOURCE, 'light'));
  });

  it('differ between colour modes and between sources', () => {
    expect(diagramKey(SOURCE, 'light')).not.toBe(diagramKey(SOURCE, 'dark'));
    expect(diagramKey(`${SOURCE}\n  b --> c`, 'light')).not.toBe(diagramKey(SOURCE, 'light'));
  });
});

describe('stored drawings', () => {
  it('live in _diagrams/<page>/ beside the page, one file per colour mode named by figure, mode and key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    const page = path.join(dir, 'news-feed.mdx');
    const [light, dark] = storedSvgs(page, 'fig-a', SOURCE);
    expect(storeDir(page)).toBe(path.join(dir, '_diagrams', 'news-feed'));
    expect(light).toMatchObject({
      mode: 'light',
      present: false,
      outdated: false,
      path: path.join(dir, '_diagrams', 'news-feed', `fig-a.light.${diagramKey(SOURCE, 'light')}.svg`),
    });
    expect(dark?.path).toBe(path.join(dir, '_diagrams', 'news-feed', `fig-a.dark.${diagramKey(SOURCE, 'dark')}.svg`));

    fs.mkdirSync(storeDir(page), { recursive: true });
    fs.writeFileSync(light?.path as string, '<svg/>');
    expect(storedSvgs(page, 'fig-a', SOURCE).map((drawing) => drawing.present)).toEqual([true, false]);
    // The diagram changes: its old drawing no longer counts, and is reported as out of date.
    expect(storedSvgs(page, 'fig-a', `${SOURCE}\n  b --> c`)[0]).toMatchObject({ present: false, outdated: true });
    fs.rmSync(dir, { recursive: true });
  });
});

describe('drawing size', () => {
  it('reads the natural size and smallest label, and the narrowest width that keeps labels at 12 px', () => {
    // 16 px labels may shrink to 12 px: 1000 px × 12 / 16 = 750 px.
    expect(readDrawingSize('<svg id="d" width="1000" height="400.5" data-label-px="16" viewBox="0 0 1000 400.5">')).toEqual({
      width: 1000,
      height: 400.5,
      labelPx: 16,
      minWidth: 750,
    });
  });

  it('never asks for more than the natural width, when labels are already small', () => {
    expect(readDrawingSize('<svg width="300" height="100" data-label-px="10">').minWidth).toBe(300);
  });

  it('rejects a file without its size, telling how to redraw it', () => {
    expect(() => readDrawingSize('<svg width="300" data-label-px="16">')).toThrow(/no height.*npm run diagrams/);
  });
});
