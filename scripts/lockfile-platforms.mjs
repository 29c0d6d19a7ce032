/**
 * Adds lock entries for optional, platform-specific binaries that the package
 * registry this project builds against does not serve (for example the macOS
 * and Windows builds of @swc/core, pulled in by @docusaurus/faster). Without
 * them `npm ci` refuses the lock as "out of sync". Each entry is marked
 * optional with its os and cpu, so npm skips it on other platforms and never
 * fetches it. Run after any `npm install` that rewrites package-lock.json.
 */
import fs from 'node:fs';

const PLATFORM =
  /-(darwin|linux|win32|freebsd|openbsd|netbsd|android|openharmony|sunos|aix)-(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el)(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$/;
const file = new URL('../package-lock.json', import.meta.url);
/** @typedef {{ version?: string, optionalDependencies?: Record<string, string>, [field: string]: unknown }} LockEntry */
/** @type {() => unknown} */
const readLock = () => JSON.parse(fs.readFileSync(file, 'utf8'));
/** @type {{ packages: Record<string, LockEntry>, [field: string]: unknown }} */
const lock = readLock();

let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const match = PLATFORM.exec(name);
    if (lock.packages[key] || !match) continue;
    const [, os, cpu, abi] = match;
    lock.packages[key] = {
      version,
      cpu: [cpu],
      os: [os],
      ...(abi?.startsWith('gnu') ? { libc: ['glibc'] } : abi?.startsWith('musl') ? { libc: ['musl'] } : {}),
      optional: true,
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries`);
