import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium. One file at a time, the browser is heavy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
