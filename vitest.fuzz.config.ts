// `npm run fuzz`: the fuzz files alone, with FUZZ_RUNS inputs per reader (1000 unless set) and a new seed
// each run (printed; FUZZ_SEED=… replays a run). Every problem is counted to the end (FUZZ_KEEP_GOING=0
// stops at the first and shrinks it instead), then one table of every reader is printed.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const runs = process.env.FUZZ_RUNS ?? '1000';
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2_147_483_647);
const report = mkdtempSync(path.join(os.tmpdir(), 'pacte-fuzz-report-'));
// Read by the global setup (this process) and by the test files (workers, through `env`).
Object.assign(process.env, { FUZZ_RUNS: runs, FUZZ_SEED: seed, PACTE_FUZZ_REPORT: report });

export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.test.ts'],
    env: { FUZZ_RUNS: runs, FUZZ_SEED: seed, PACTE_FUZZ_REPORT: report, FUZZ_KEEP_GOING: process.env.FUZZ_KEEP_GOING ?? '1' },
    globalSetup: ['tests/fuzz/support/fuzz-global-setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
  },
});
