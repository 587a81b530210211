import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    // Real SQLite files and child processes: give slow CI machines room, but no test is timed.
    testTimeout: 30_000,
    // Vitest's default leaves a core idle (CPUs − 1: one worker on CI's two cores), while many tests
    // wait on SQLite's disk writes, pdftotext or a child process: two workers at least.
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 30_000,
  },
});
