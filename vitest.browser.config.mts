import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests of the production build: the permalink contract and the browser pass (npm run build first).
export default defineConfig({
  resolve: { alias: { '@site': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
