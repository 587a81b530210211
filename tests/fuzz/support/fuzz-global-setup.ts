// `npm run fuzz` only: once every fuzz file has run, one table of every reader, from what each file left
// in PACTE_FUZZ_REPORT (the files run in separate workers).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { formatTable, type ReaderStats } from './fuzz-report.ts';

export function setup(): void {
  console.log(`Fuzz run: FUZZ_RUNS=${process.env.FUZZ_RUNS ?? '?'}, FUZZ_SEED=${process.env.FUZZ_SEED ?? '?'} (FUZZ_SEED=… replays this run).`);
}

export function teardown(): void {
  const folder = process.env.PACTE_FUZZ_REPORT;
  if (!folder) return;
  const rows = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as ReaderStats)
    .sort((left, right) => left.reader.localeCompare(right.reader, 'fr'));
  console.log(`\nFuzz run, per reader (FUZZ_SEED=${process.env.FUZZ_SEED ?? '?'}):\n${formatTable(rows)}`);
  rmSync(folder, { recursive: true, force: true });
}
