import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDirectoryIndexes } from './directoryIndexes';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A build folder holding `files` (path → content). */
function build(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directory-indexes-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('directory index pages for hosts without clean URLs', () => {
  it('copies each page x.html to x/index.html, beside pages that already have a folder', () => {
    const out = build({ 'index.html': 'home', 'docs/a.html': 'a', 'docs/case-studies.html': 'list', 'docs/case-studies/b.html': 'b', 'assets/app.js': 'js' });
    expect(writeDirectoryIndexes(out)).toEqual(['docs/a/index.html', 'docs/case-studies/b/index.html', 'docs/case-studies/index.html']);
    expect(fs.readFileSync(path.join(out, 'docs/a/index.html'), 'utf8')).toBe('a');
    expect(fs.readFileSync(path.join(out, 'docs/case-studies/index.html'), 'utf8')).toBe('list');
    expect(fs.readFileSync(path.join(out, 'docs/a.html'), 'utf8')).toBe('a');
  });

  it('leaves the home page, the 404 page and an existing index.html alone', () => {
    const out = build({ 'index.html': 'home', '404.html': 'missing', 'blog.html': 'blog', 'blog/index.html': 'written by hand' });
    expect(writeDirectoryIndexes(out)).toEqual([]);
    expect(fs.existsSync(path.join(out, '404/index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'blog/index.html'), 'utf8')).toBe('written by hand');
  });
});
