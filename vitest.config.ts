import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    // Real SQLite files and child processes: give slow CI machines room, but no test is timed.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
