/**
 * Writes the whole companion as one PDF into the production build (npm run build first):
 * build/downloads/ml-system-design-companion.pdf, and records its size and page count for the download links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeBookPdf } from './support/bookPdf';

const result = await makeBookPdf();
const manifest = path.resolve(import.meta.dirname, '../src/data/bookPdf.json');
fs.writeFileSync(manifest, `${JSON.stringify({ bytes: result.bytes, pages: result.pages }, null, 2)}\n`);
console.log(
  `${path.relative(process.cwd(), result.file)}: ${result.pages} pages, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ` +
    `${result.parts.reduce((sum, part) => sum + part.pages.length, 0)} site pages, in ${result.seconds.toFixed(0)} s`,
);
