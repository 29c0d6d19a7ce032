import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript source under a folder, repo-relative. */
function sources(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(relative);
      } else if (/\.(m?ts|tsx|m?js)$/.test(entry.name)) found.push(relative);
    }
  };
  walk(folder);
  return found;
}

/** The repo-relative folder each import of a file points into (`@site/...` and relative paths; packages as their name). */
function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  return specifiers.map((specifier) => {
    if (specifier.startsWith('@site/')) return specifier.slice('@site/'.length);
    if (specifier.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier));
    return `package:${specifier}`;
  });
}

function violations(files: readonly string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) =>
    imports(file)
      .filter(forbidden)
      .map((target) => `${file} imports ${target}`),
  );
}

const isTest = (file: string) => file.startsWith('tests/') || /\.test\.tsx?$/.test(file);

describe('each layer imports only what it may', () => {
  it('nothing outside the tests imports from tests/', () => {
    const files = [...sources('src'), ...sources('plugins'), ...sources('scripts')].filter((file) => !isTest(file));
    expect(violations(files, (target) => target.startsWith('tests/'))).toEqual([]);
  });

  it('the site (src/) never imports build-time plugins or scripts', () => {
    const files = sources('src').filter((file) => !isTest(file));
    expect(violations(files, (target) => target.startsWith('plugins/') || target.startsWith('scripts/'))).toEqual([]);
  });

  it('plugins reach into src/ only for src/shared/', () => {
    const files = sources('plugins').filter((file) => !isTest(file));
    expect(violations(files, (target) => target.startsWith('src/') && !target.startsWith('src/shared/'))).toEqual([]);
  });

  it('src/lib and src/shared hold pure logic: no React, no Docusaurus, no DOM', () => {
    const files = [...sources('src/lib'), ...sources('src/shared')].filter((file) => !isTest(file));
    const ui = violations(files, (target) => /^package:(react|react-dom|@docusaurus\/|@theme\/|@theme-original\/)/.test(target));
    const code = (file: string) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const dom = files.filter((file) => /\b(window|document|localStorage|sessionStorage|navigator)\.[A-Za-z_]/.test(code(file)));
    expect([...ui, ...dom.map((file) => `${file} touches the DOM`)]).toEqual([]);
  });
});
