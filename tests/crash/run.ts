// `npm run test:crash` (tsx; not part of `npm test`): kills children doing real work on copies of a
// database with SIGKILL at seeded random moments, then checks each copy: a sound SQLite file
// ("corrupt"), a write all or nothing ("partial"), every written row audited in a chain that verifies
// ("unaudited"). Then a disk-full import on a small tmpfs, where the machine lets us mount one.
//   npm run test:crash -- --kills 200 --seed 42 --parallel 2 --scenarios import,scoring
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../fuzz/support/seeded-random.ts';
import { checkKilled, snapshot, type Snapshot } from './crash-checks.ts';
import { childCommand, runChild, type ChildCommand } from './crash-child.ts';
import { prepareScenarios, SCENARIOS, type PreparedScenario, type ScenarioName } from './crash-scenarios.ts';
import { diskFullTest } from './disk-full.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: process.env.CRASH_KILLS ?? '200' },
    seed: { type: 'string', default: process.env.CRASH_SEED ?? String(Date.now() % 2_147_483_647) },
    parallel: { type: 'string', default: '2' },
    scenarios: { type: 'string', default: SCENARIOS.join(',') },
    providers: { type: 'string', default: '500' },
    applications: { type: 'string', default: '1500' },
    agenda: { type: 'string', default: '12' },
  },
});

type Row = { scenario: ScenarioName; kills: number; finished: number; failed: number; corrupt: number; partial: number; unaudited: number; orphanFiles: number };
type Reference = { scenario: PreparedScenario; base: Snapshot; after: Snapshot; workMs: number };

const seed = Number(values.seed);
const names = values.scenarios.split(',').filter((name): name is ScenarioName => (SCENARIOS as readonly string[]).includes(name));
const root = mkdtempSync(path.join(os.tmpdir(), 'pacte-crash-'));
const problems: string[] = [];

function copyBase(scenario: PreparedScenario, name: string): string {
  const folder = path.join(root, name);
  cpSync(scenario.baseFolder, folder, { recursive: true });
  return folder;
}

/** The child run to its end once: how long its work takes, and the database as a whole write leaves it. */
async function reference(child: ChildCommand, scenario: PreparedScenario): Promise<Reference> {
  const folder = copyBase(scenario, `reference-${scenario.name}`);
  const file = path.join(folder, 'pacte.sqlite');
  const base = snapshot(file);
  const run = await runChild(child, scenario.name, file, scenario.inputFile, null);
  if (!run.result?.ok) throw new Error(`reference run of ${scenario.name} failed: ${JSON.stringify(run.result)} ${run.stderr.slice(0, 2_000)}`);
  const after = snapshot(file);
  // An import whose rows were refused answers ok too: the reference must have written, or every kill would pass.
  if (JSON.stringify(after.counts) === JSON.stringify(base.counts)) throw new Error(`reference run of ${scenario.name} wrote nothing: ${JSON.stringify(run.result)}`);
  const verdict = await checkKilled(scenario, folder, base, after);
  if (verdict.partial || verdict.unaudited) throw new Error(`reference run of ${scenario.name} does not check: ${JSON.stringify(verdict)}`);
  rmSync(folder, { recursive: true, force: true });
  return { scenario, base, after, workMs: run.elapsedMs };
}

/** Kills until `target` children were killed (a child that finishes first is checked too, and counted apart). */
async function killLoop(child: ChildCommand, ref: Reference, target: number, row: Row): Promise<void> {
  const random = seededRandom(seed ^ SCENARIOS.indexOf(ref.scenario.name));
  for (let attempt = 0; row.kills < target && attempt < target * 3; attempt += 1) {
    // Anywhere in the work, and one kill in two in its last part, where the writes are (an import reads
    // and checks its file first, then backs up, then writes); with a margin for a busier machine.
    const uniform = random.int(10_000) / 10_000;
    const fraction = random.chance(0.5) ? uniform : 0.6 + 0.5 * uniform;
    const delay = Math.round(fraction * ref.workMs);
    const name = `${ref.scenario.name}-${attempt}`;
    const folder = copyBase(ref.scenario, name);
    const run = await runChild(child, ref.scenario.name, path.join(folder, 'pacte.sqlite'), ref.scenario.inputFile, delay);
    if (run.killed) row.kills += 1;
    else if (run.result?.ok) {
      row.finished += 1;
      // Faster than the reference (a short pack import, a quieter machine): the next moments are drawn within this run's time.
      ref.workMs = Math.max(20, Math.min(ref.workMs, Math.round(run.elapsedMs * 0.95)));
    }
    else row.failed += 1;
    const verdict = await checkKilled(ref.scenario, folder, ref.base, ref.after);
    const found = (['corrupt', 'partial', 'unaudited'] as const).filter((key) => verdict[key] !== null);
    for (const key of found) row[key] += 1;
    row.orphanFiles += verdict.orphanFiles;
    if (!run.killed && !run.result?.ok) problems.push(`${name}: the child failed (exit ${run.exitCode}): ${JSON.stringify(run.result)} ${run.stderr.slice(0, 500)}`);
    if (found.length > 0) problems.push(`${name} (kill after ${delay} ms, seed ${seed}): ${found.map((key) => `${key}: ${verdict[key]}`).join(' | ')} — kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

function table(rows: readonly Row[]): string {
  const header = ['scenario', 'kills', 'finished first', 'child failed', 'corrupt', 'partial', 'unaudited', 'orphan files'];
  const lines = [header, ...rows.map((row) => [row.scenario, row.kills, row.finished, row.failed, row.corrupt, row.partial, row.unaudited, row.orphanFiles].map(String))];
  const total: Row = rows.reduce((sum, row) => ({ ...sum, kills: sum.kills + row.kills, finished: sum.finished + row.finished, failed: sum.failed + row.failed, corrupt: sum.corrupt + row.corrupt, partial: sum.partial + row.partial, unaudited: sum.unaudited + row.unaudited, orphanFiles: sum.orphanFiles + row.orphanFiles }), { scenario: 'total' as ScenarioName, kills: 0, finished: 0, failed: 0, corrupt: 0, partial: 0, unaudited: 0, orphanFiles: 0 });
  lines.push([total.scenario, total.kills, total.finished, total.failed, total.corrupt, total.partial, total.unaudited, total.orphanFiles].map(String));
  const widths = header.map((_, index) => Math.max(...lines.map((line) => (line[index] ?? '').length)));
  return lines.map((line) => line.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const started = Date.now();
  const kills = Number(values.kills);
  console.log(`Crash harness: ${kills} kills over ${names.join(', ')}, seed ${seed} (--seed ${seed} replays the kill moments), ${values.parallel} at a time.`);
  const child = await childCommand();
  try {
    const prepared = (await prepareScenarios(root, { providers: Number(values.providers), applications: Number(values.applications), agenda: Number(values.agenda) })).filter((scenario) => names.includes(scenario.name));
    console.log(`Prepared in ${Math.round((Date.now() - started) / 1000)} s (import: ${values.providers} providers and ${values.applications} applications; agenda of ${values.agenda} applications).`);
    const references: Reference[] = [];
    for (const scenario of prepared) {
      const ref = await reference(child, scenario);
      references.push(ref);
      console.log(`  ${scenario.name}: the whole work takes ${ref.workMs} ms once ready.`);
    }
    const rows = references.map((ref): Row => ({ scenario: ref.scenario.name, kills: 0, finished: 0, failed: 0, corrupt: 0, partial: 0, unaudited: 0, orphanFiles: 0 }));
    // The kills split between the scenarios by weight (an import kill costs the most: it reads its whole
    // file first); `parallel` scenarios run side by side.
    const weights: Record<ScenarioName, number> = { import: 2, scoring: 3, 'jury-pack': 2.5, 'score-pack': 2.5 };
    const totalWeight = references.reduce((sum, ref) => sum + weights[ref.scenario.name], 0);
    const targets = references.map((ref) => Math.floor((kills * weights[ref.scenario.name]) / totalWeight));
    targets[0] = (targets[0] ?? 0) + kills - targets.reduce((sum, target) => sum + target, 0);
    const queue = references.map((ref, index) => ({ ref, row: rows[index], target: targets[index] ?? 0 }));
    const workers = Array.from({ length: Math.max(1, Number(values.parallel)) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) if (job.row) await killLoop(child, job.ref, job.target, job.row);
    });
    await Promise.all(workers);
    const diskFull = await diskFullTest(child, prepared.find((scenario) => scenario.name === 'import'), root);
    console.log(`\nKilled with SIGKILL at seeded random moments (seed ${seed}), in ${Math.round((Date.now() - started) / 1000)} s:\n${table(rows)}`);
    console.log(`\nDisk full: ${diskFull.summary}`);
    problems.push(...diskFull.problems);
    if (problems.length > 0) console.log(`\nProblems:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    const bad = rows.some((row) => row.corrupt + row.partial + row.unaudited + row.failed > 0) || diskFull.problems.length > 0 || rows.reduce((sum, row) => sum + row.kills, 0) < kills;
    return bad ? 1 : 0;
  } finally {
    child.cleanup();
    if (problems.length === 0) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
