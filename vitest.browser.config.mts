import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests of the production build: the permalink contract and the browser pass (npm run build first).
export default defineConfig({
  resolve: { alias: { '@site': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    // Chapters run to 12,000 words with eight diagrams each; axe over such a page takes a while on two cores.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
