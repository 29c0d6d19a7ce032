import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The browser pass runs against the production build (npm run build first).
export default defineConfig({
  resolve: { alias: { '@site': path.resolve(__dirname) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
