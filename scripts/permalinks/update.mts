/**
 * Writes permalinks.json from the production build: every published page with
 * its section, figure and question ids. Run after `npm run build` when ids are added;
 * the permalink test refuses removals that no redirect or hidden anchor covers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sitemapPaths } from '../support/staticSite';
import { publishedIds, type PermalinkSnapshot } from './permalinks';

const root = path.resolve(import.meta.dirname, '../..');
const buildDir = path.join(root, 'build');
const snapshotFile = path.join(root, 'permalinks.json');

const paths = sitemapPaths(buildDir).sort();
const previous: PermalinkSnapshot = fs.existsSync(snapshotFile) ? (JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as PermalinkSnapshot) : {};

const next: PermalinkSnapshot = {};
for (const urlPath of paths) next[urlPath] = publishedIds(buildDir, urlPath);
// Keep every id ever published: removing one is a decision for a redirect, not for this script.
for (const [urlPath, ids] of Object.entries(previous)) {
  next[urlPath] = [...new Set([...(next[urlPath] ?? []), ...ids])];
}

const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
fs.writeFileSync(snapshotFile, `${JSON.stringify(sorted, null, 2)}\n`);
const total = Object.values(sorted).reduce((sum, ids) => sum + ids.length, 0);
console.log(`permalinks.json: ${Object.keys(sorted).length} pages, ${total} ids`);
