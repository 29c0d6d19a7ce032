import fs from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Written into the build: what downloading the whole book costs, and the search files the service worker adds to it. */
export const OFFLINE_BOOK_FILE = 'offline-book.json';

export interface OfflineBookManifest {
  /** Bytes on the wire (gzip) for everything the whole-book download stores. */
  bytes: number;
  files: number;
  /** Site paths of the search index (under baseUrl), which the service worker caches after its own precache. */
  searchFiles: string[];
}

/** What the service worker precaches in offline mode (plugin-pwa's glob patterns), plus the whole search index. */
const PRECACHED = /\.(?:js|json|css|html|png|jpe?g|gif|svg|ico|woff2?|eot|ttf|otf)$/;

export async function offlineBookManifest(outDir: string, baseUrl: string, searchDir: string): Promise<OfflineBookManifest> {
  const entries = await fs.readdir(outDir, { withFileTypes: true, recursive: true });
  let bytes = 0;
  let files = 0;
  const searchFiles: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    const inSearch = relative.startsWith(`${searchDir}/`);
    if (relative === 'sw.js' || relative === OFFLINE_BOOK_FILE || (!inSearch && !PRECACHED.test(relative))) continue;
    if (inSearch && /-ui\.|component-ui|modular-ui|highlight/.test(relative)) continue; // Pagefind's own UI, unused here
    bytes += gzipSync(await fs.readFile(file)).length;
    files += 1;
    if (inSearch) searchFiles.push(`${baseUrl}${relative}`);
  }
  return { bytes, files, searchFiles };
}
