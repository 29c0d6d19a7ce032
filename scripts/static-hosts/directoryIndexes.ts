import fs from 'node:fs';
import path from 'node:path';

/** Pages that are already where every host looks, or that hosts serve by name only. */
const KEEP_AS_IS = new Set(['index.html', '404.html']);

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.isFile() && entry.name.endsWith('.html') && !KEEP_AS_IS.has(entry.name) ? [full] : [];
  });
}

/**
 * With `trailingSlash: false` Docusaurus writes the page /docs/x as docs/x.html. GitHub Pages and Netlify serve that file
 * at /docs/x; a default nginx or Apache looks for docs/x/index.html instead and answers 404. This writes that copy beside
 * each page (redirect pages included), leaving any existing index.html alone, and returns the copies' paths relative to
 * `outDir`. With both files every host serves /docs/x without a redirect.
 */
export function writeDirectoryIndexes(outDir: string): string[] {
  const written: string[] = [];
  for (const page of htmlFiles(outDir)) {
    const copy = path.join(page.slice(0, -'.html'.length), 'index.html');
    if (fs.existsSync(copy)) continue;
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(page, copy);
    written.push(path.relative(outDir, copy));
  }
  return written.sort();
}
