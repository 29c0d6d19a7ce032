import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every Markdown and MDX file under the given top-level folders, as repo-relative paths. */
export function contentFiles(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.mdx?$/.test(entry.name)) found.push(relative);
    }
  };
  folders.forEach(walk);
  return found.sort();
}

export function read(relative: string): string {
  return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}
