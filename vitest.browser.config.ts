import { defineConfig } from 'vitest/config';

// Browser tests need Debian's chromium (/usr/bin/chromium); .ci/run installs it. `npm test` does not run them.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
