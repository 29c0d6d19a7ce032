/**
 * Draws every Mermaid diagram of the site as SVG, light and dark, into the
 * `_diagrams/` folder beside its page, in Debian's Chromium with Mermaid's own
 * browser bundle and the site's diagram font. Only figures whose drawing is
 * missing or stale are drawn; drawings no figure uses any more are removed.
 * The build reads these files and fails when one is missing.
 *
 *   npm run diagrams                  # the site: docs/ and blog/
 *   npm run diagrams -- <folder>...   # other folders of pages
 */
import fs from 'node:fs';
import path from 'node:path';
import { openRenderer } from '../plugins/diagram-svgs/renderInBrowser';
import { MIN_LABEL_PX, readDrawingSize, STORE_DIR, storedSvgs, type StoredSvg } from '../plugins/diagram-svgs/store';
import { figuresIn } from '../plugins/remark-mermaid-figure/figures';
import { launchChromium } from './support/chromium';
import { contentFiles, read, ROOT } from './support/contentFiles';

/**
 * Past this width at 12 px labels a diagram is more than four columns of a
 * phone (about 340 px each) of sideways scrolling: too far to keep its shape in mind.
 */
const PHONE_SCROLL_LIMIT_PX = 1400;

interface Drawing extends StoredSvg {
  file: string;
  line: number;
  id: string;
  source: string;
}

const args = process.argv.slice(2);
const folders = args.length > 0 ? args.map((folder) => path.relative(ROOT, path.resolve(folder))) : ['docs', 'blog'];

const drawings: Drawing[] = [];
for (const file of contentFiles(...folders)) {
  for (const figure of figuresIn(read(file), file)) {
    // A fence without an id fails the build with its own message; there is nothing to name its drawing by.
    if (!figure.id) continue;
    for (const stored of storedSvgs(path.join(ROOT, file), figure.id, figure.source)) {
      drawings.push({ ...stored, file, line: figure.line, id: figure.id, source: figure.source });
    }
  }
}

const missing = drawings.filter((drawing) => !drawing.present);
const failures: string[] = [];
if (missing.length > 0) {
  const browser = await launchChromium();
  try {
    const renderer = await openRenderer(browser);
    for (const drawing of missing) {
      try {
        const svg = await renderer.render(drawing.source, drawing.mode, drawing.key);
        fs.mkdirSync(path.dirname(drawing.path), { recursive: true });
        fs.writeFileSync(drawing.path, `${svg}\n`);
        console.log(`drew ${drawing.file}:${drawing.line} ${drawing.id} (${drawing.mode})`);
      } catch (error) {
        failures.push(`${drawing.file}:${drawing.line} (${drawing.id}, ${drawing.mode}): ${(error as Error).message.split('\n').slice(0, 4).join(' ')}`);
      }
    }
  } finally {
    await browser.close();
  }
}

// Drawings of figures that changed, moved or went away.
const wanted = new Set(drawings.map((drawing) => drawing.path));
let removed = 0;
function prune(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      prune(full);
      if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
    } else if (full.split(path.sep).includes(STORE_DIR) && entry.name.endsWith('.svg') && !wanted.has(full)) {
      fs.unlinkSync(full);
      removed += 1;
    }
  }
}
for (const folder of folders) prune(path.join(ROOT, folder));

const tooWide = drawings
  .filter((drawing) => drawing.mode === 'light' && fs.existsSync(drawing.path))
  .map((drawing) => ({ drawing, width: readDrawingSize(fs.readFileSync(drawing.path, 'utf8')).minWidth }))
  .filter(({ width }) => width > PHONE_SCROLL_LIMIT_PX);

console.log(`${drawings.length} drawings: ${missing.length - failures.length} drawn, ${drawings.length - missing.length} unchanged, ${removed} removed.`);
if (tooWide.length > 0) {
  console.log(`\nWide on a phone (${MIN_LABEL_PX} px labels need more than ${PHONE_SCROLL_LIMIT_PX} px; consider top-to-bottom, fewer nodes or two figures):`);
  for (const { drawing, width } of tooWide) console.log(`  ${drawing.file}:${drawing.line} ${drawing.id}: ${width} px`);
}
if (failures.length > 0) {
  console.error(`\nMermaid could not draw ${failures.length}:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
