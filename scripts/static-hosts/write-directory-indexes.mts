// After `docusaurus build`: the copies that let a default nginx or Apache serve every page (see directoryIndexes.ts).
import fs from 'node:fs';
import path from 'node:path';
import { writeDirectoryIndexes } from './directoryIndexes';

const outDir = path.resolve(process.argv[2] ?? 'build');
if (!fs.existsSync(path.join(outDir, 'sitemap.xml'))) {
  console.error(`No production build in ${outDir}: run \`docusaurus build\` first.`);
  process.exit(1);
}
const copies = writeDirectoryIndexes(outDir);
const bytes = copies.reduce((sum, copy) => sum + fs.statSync(path.join(outDir, copy)).size, 0);
console.log(
  `${path.relative(process.cwd(), outDir) || '.'}: ${copies.length} directory index pages for static hosts without clean URLs (${(bytes / 1e6).toFixed(1)} MB)`,
);
