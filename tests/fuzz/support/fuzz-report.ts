// What a fuzz run counts per reader, how many inputs it tries (FUZZ_RUNS raises it) and with which
// seed (FUZZ_SEED replays a run), and the table printed at the end of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ReaderStats = {
  reader: string;
  tried: number;
  ok: number;
  refused: number;
  internal: number;
  writesDespiteError: number;
  unaudited: number;
  notFrench: number;
  chainBroken: number;
  slowestMs: number;
  /** The first problems met, each with the input that showed it. */
  examples: string[];
};

export type Problem = 'internal' | 'writesDespiteError' | 'unaudited' | 'notFrench' | 'chainBroken';

const registry = new Map<string, ReaderStats>();

export function statsOf(reader: string): ReaderStats {
  let stats = registry.get(reader);
  if (!stats) {
    stats = { reader, tried: 0, ok: 0, refused: 0, internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0, slowestMs: 0, examples: [] };
    registry.set(reader, stats);
  }
  return stats;
}

export function recordProblem(stats: ReaderStats, problem: Problem, detail: string): void {
  stats[problem] += 1;
  if (stats.examples.length < 8) stats.examples.push(`${problem}: ${detail.slice(0, 1_500)}`);
}

/** `FUZZ_RUNS` inputs per reader when set (split between a reader's properties by `share`), else the quick count of `npm test`. */
export function fuzzRuns(quick: number, share = 1): number {
  const wanted = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(wanted) && wanted > 0 ? Math.max(1, Math.round(wanted * share)) : quick;
}

/** Fixed per reader in `npm test` (the same inputs every time); `FUZZ_SEED` changes or replays them. */
export function fuzzSeed(reader: string): number {
  let hash = Number(process.env.FUZZ_SEED ?? 20_180_312) >>> 0;
  for (const character of reader) hash = (Math.imul(hash ^ character.charCodeAt(0), 16_777_619) >>> 0) ^ (hash >>> 13);
  return hash & 0x7fff_ffff;
}

/** FUZZ_KEEP_GOING=1: count every problem to the end instead of stopping at the first (and shrinking it). */
export const keepGoing = process.env.FUZZ_KEEP_GOING === '1';

/** A test's time budget: generous per input, since the machine may be shared. */
export function fuzzTimeout(runs: number, perInputMs: number): number {
  return 60_000 + runs * perInputMs;
}

const COLUMNS: [string, (stats: ReaderStats) => string | number][] = [
  ['reader', (stats) => stats.reader],
  ['inputs', (stats) => stats.tried],
  ['ok', (stats) => stats.ok],
  ['refused', (stats) => stats.refused],
  ['internal errors', (stats) => stats.internal],
  ['writes despite an error', (stats) => stats.writesDespiteError],
  ['unaudited', (stats) => stats.unaudited],
  ['not French', (stats) => stats.notFrench],
  ['chain broken', (stats) => stats.chainBroken],
  ['slowest (ms)', (stats) => Math.round(stats.slowestMs)],
];

export function formatTable(rows: readonly ReaderStats[]): string {
  const cells = [COLUMNS.map(([title]) => title), ...rows.map((stats) => COLUMNS.map(([, value]) => String(value(stats))))];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((row) => (row[index] ?? '').length)));
  const lines = cells.map((row) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  '));
  const examples = rows.flatMap((stats) => stats.examples.map((example) => `  [${stats.reader}] ${example}`));
  return [...lines, ...(examples.length > 0 ? ['Problems met:', ...examples] : [])].join('\n');
}

/** Prints this file's readers; under `npm run fuzz` also leaves them for the run's closing table. */
export function reportReaders(readers: readonly string[]): void {
  const rows = readers.map(statsOf);
  console.log(`Fuzz (seed ${process.env.FUZZ_SEED ?? 'fixed'}):\n${formatTable(rows)}`);
  const folder = process.env.PACTE_FUZZ_REPORT;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  for (const stats of rows) writeFileSync(path.join(folder, `${stats.reader.replace(/[^a-z0-9-]/giu, '_')}.json`), JSON.stringify(stats));
}
