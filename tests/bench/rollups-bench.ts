// A Département's history of bilans — 2,000 conventions × 5 years × 15 indicators × 20 cells (total and
// breakdowns), about 3 million values, written straight into SQLite with prepared statements — then the
// roll-ups by lever, objective and territory, each through rollup() against the same aggregate written by
// hand on better-sqlite3, in the same run. PACTE_BENCH_SCALE (0 < s ≤ 1) scales the conventions, and says so.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openService } from '../../core/service/open-service.ts';
import { rollup, type RollupQuery } from '../../db/queries/rollup-queries.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { handAggregate, type HandAxis } from './rollups-bench-baseline.ts';

const SCALE = Number(process.env.PACTE_BENCH_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`PACTE_BENCH_SCALE must be in ]0, 1]: ${String(process.env.PACTE_BENCH_SCALE)}`);
const CONVENTIONS = Math.max(20, Math.round(2000 * SCALE));
const YEARS = [2018, 2019, 2020, 2021, 2022];
const CODES = ['IC01', 'IC02', 'IC03', 'IC04', 'IC05', 'IC06', 'IC07', 'IC08', 'IC16', 'IC10', 'IC11', 'IC12', 'IC13', 'IC17', 'IC15'];
const CELLS: [string, string[]][] = [
  ['sex', ['F', 'H', 'nr']],
  ['age', ['moins-18', '18-29', '30-54', '55-plus', 'nr']],
  ['qpv', ['oui', 'non', 'nr']],
  ['rsa', ['oui', 'non', 'nr']],
];
const TARGET_RATIO = 1.3;
const TARGET_MS = 200;

const appRoot = findAppRoot(import.meta.dirname);
const folder = mkdtempSync(path.join(os.tmpdir(), 'pacte-bench-rollups-'));
const { database, close } = openService({ databaseFile: path.join(folder, 'bench.sqlite'), appRoot, actor: 'bench' });
const { sqlite, db } = database;

type Span = { wall: number; cpu: number };
function clockSpan(): () => Span {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - wall) / 1e9, cpu: (used.user + used.system) / 1e6 };
  };
}
const ms = (value: number) => `${(value * 1000).toFixed(1)} ms`;
const line = (label: string, span: Span) => console.log(`  ${label.padEnd(58)} ${ms(span.wall).padStart(10)}   (CPU ${ms(span.cpu)})`);

// A fixed pseudo-random sequence: the same history at every run.
let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

// ── Generation (not measured): foreign keys off for the call and session rows a roll-up never reads ──
const generating = clockSpan();
sqlite.pragma('foreign_keys = OFF');
const objectives = (sqlite.prepare('select id from pact_operational_objectives').all() as { id: number }[]).map((row) => row.id);
const territories = (sqlite.prepare('select code from territories').all() as { code: string }[]).map((row) => row.code);
const at = '2018-01-15T09:00:00.000Z';
const insertProvider = sqlite.prepare("insert into providers (name, legal_form, search_name, created_at, updated_at) values (?, 'association', ?, ?, ?)");
const insertApplication = sqlite.prepare("insert into applications (call_id, provider_id, title, title_key, status, created_at, updated_at) values (1, ?, ?, ?, 'recevable', ?, ?)");
const insertObjective = sqlite.prepare('insert into application_objectives (application_id, operational_objective_id, is_primary) values (?, ?, ?)');
const insertConvention = sqlite.prepare(
  "insert into conventions (number, application_id, session_id, provider_id, object, open_data_object, starts_on, ends_on, total_cents, advance_bp, status, created_at, created_by, updated_at) values (?, ?, 1, ?, 'Action', 'Action', '2018-01-01', '2022-12-31', 5000000, 7000, 'en_cours', ?, 'bench', ?)",
);
const insertBilan = sqlite.prepare("insert into bilans (convention_id, year, status, due_on, created_at, created_by, updated_at) values (?, ?, ?, ?, ?, 'bench', ?)");
const insertValue = sqlite.prepare('insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, ?, ?, ?)');
const insertTarget = sqlite.prepare("insert into convention_indicator_targets (convention_id, year, code, target_value, updated_at, updated_by) values (?, ?, ?, ?, ?, 'bench')");
let values = 0;
sqlite.transaction(() => {
  const providers: number[] = [];
  for (let index = 0; index < Math.max(10, Math.round(300 * SCALE)); index += 1) {
    providers.push(Number(insertProvider.run(`Prestataire ${index + 1}`, `prestataire ${index + 1}`, at, at).lastInsertRowid));
  }
  for (let index = 0; index < CONVENTIONS; index += 1) {
    const providerId = pick(providers);
    const applicationId = Number(insertApplication.run(providerId, `Action ${index + 1}`, `action ${index + 1}`, at, at).lastInsertRowid);
    const primary = pick(objectives);
    insertObjective.run(applicationId, primary, 1);
    const secondary = pick(objectives);
    if (index % 4 === 0 && secondary !== primary) insertObjective.run(applicationId, secondary, 0);
    const conventionId = Number(insertConvention.run(`CONV-2018-${index + 1}`, applicationId, providerId, at, at).lastInsertRowid);
    for (const year of YEARS) {
      const bilanId = Number(insertBilan.run(conventionId, year, random() < 0.9 ? 'valide' : 'recu', `${year + 1}-06-30`, at, at).lastInsertRowid);
      for (const code of CODES) {
        const total = 5 + Math.floor(random() * 60);
        insertValue.run(bilanId, code, 'total', '', total);
        for (const [dimension, categories] of CELLS) for (const category of categories) insertValue.run(bilanId, code, dimension, category, Math.floor(total / categories.length));
        for (const category of [...territories.slice(0, 4), 'nr']) insertValue.run(bilanId, code, 'territory', category, Math.floor(total / 5));
        values += 20;
      }
      insertTarget.run(conventionId, year, 'IC01', 40, at);
      insertTarget.run(conventionId, year, 'IC12', 10, at);
    }
  }
})();
sqlite.pragma('foreign_keys = ON');
sqlite.exec('analyze');
// The generated rows out of the write-ahead log into the file, as after a normal day's checkpoints.
sqlite.pragma('wal_checkpoint(TRUNCATE)');
const scaleNote = SCALE < 1 ? ` — ÉCHELLE RÉDUITE (PACTE_BENCH_SCALE=${SCALE}) : pas les chiffres de l’issue (2 000 conventions)` : '';
console.log(`${CONVENTIONS} conventions × ${YEARS.length} ans × ${CODES.length} indicateurs × 20 cellules = ${values.toLocaleString('fr-FR')} valeurs${scaleNote}`);
console.log(`  génération : ${(generating().wall).toFixed(1)} s (non mesurée)\n`);

// Alternating runs (the machine may be busy); the median of each side is compared.
function medianPair(rounds: number, viaRollup: () => unknown, byHand: () => unknown): [Span, Span] {
  const times: [Span[], Span[]] = [[], []];
  for (let round = 0; round < 2; round += 1) {
    viaRollup();
    byHand();
  }
  for (let round = 0; round < rounds; round += 1) {
    let timing = clockSpan();
    viaRollup();
    times[0].push(timing());
    timing = clockSpan();
    byHand();
    times[1].push(timing());
  }
  const median = (spans: Span[]): Span => {
    const middle = (numbers: number[]) => numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
    return { wall: middle(spans.map((span) => span.wall)), cpu: middle(spans.map((span) => span.cpu)) };
  };
  return [median(times[0]), median(times[1])];
}

let failures = 0;
const misses: string[] = [];
const cases: [string, RollupQuery][] = [
  ['par levier, 2020', { by: 'lever', year: 2020 }],
  ['par objectif, 2020', { by: 'objective', year: 2020 }],
  ['par territoire, 2020', { by: 'territory', year: 2020 }],
  ['par levier, 5 ans', { by: 'lever' }],
  ['par objectif, 5 ans', { by: 'objective' }],
  ['par territoire, 5 ans', { by: 'territory' }],
];
console.log('Roll-ups de tous les indicateurs (médiane de 9 appels alternés)');
for (const [label, query] of cases) {
  const rows = rollup(db, query);
  const hand = handAggregate(sqlite, query.by as HandAxis, query.year);
  const [viaRollup, byHand] = medianPair(9, () => rollup(db, query), () => handAggregate(sqlite, query.by as HandAxis, query.year));
  const times = viaRollup.wall / byHand.wall;
  const held = times <= TARGET_RATIO && viaRollup.wall * 1000 <= TARGET_MS;
  if (!held) misses.push(label);
  line(`${label} — rollup() (${rows.length} lignes)`, viaRollup);
  line(`${label} — SQL à la main`, byHand);
  console.log(`  → × ${times.toFixed(2)} (CPU × ${(viaRollup.cpu / byHand.cpu).toFixed(2)}) ${held ? `: tenu (≤ ${TARGET_MS} ms et ≤ × ${TARGET_RATIO})` : ': NON TENU'}`);
  const same = [...hand].every(([key, total]) => rows.some((row) => `${row.key}|${row.code}` === key && Math.abs((row.value ?? 0) - total.value) < 1e-6 && (row.target ?? null) === total.target));
  console.log(`  mêmes sommes et cibles pour les codes additifs : ${same ? 'oui' : 'NON'}`);
  if (!same) failures += 1;
}
const plan = sqlite
  .prepare("explain query plan select v.code, sum(v.value) from bilans b join bilan_indicator_values v on v.bilan_id = b.id and v.code in ('IC01', 'IC03') and v.dimension = 'territory' where b.status in ('valide') and b.year = 2020 group by 1")
  .all() as { detail: string }[];
console.log(`\nPlan (territoire) : ${plan.map((row) => row.detail).join(' | ')}`);
console.log(`Cible (≤ ${TARGET_MS} ms et ≤ × ${TARGET_RATIO}) : ${misses.length === 0 ? 'tenue partout' : `NON TENUE pour ${misses.join(', ')}`}`);
close();
rmSync(folder, { recursive: true, force: true });
if (failures > 0) process.exitCode = 1;
