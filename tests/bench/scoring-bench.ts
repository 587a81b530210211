// A CAI of a Département's size: 50 jurors × 2,000 applications × 8 criteria = 800,000 scores typed
// from the paper sheets, imported through the service (scores.importCsv), then the results computed
// (sessions.results), each against hand-written SQL on better-sqlite3 doing the same work in the
// same run. PACTE_BENCH_SCALE (0 < s ≤ 1, default 1) scales the number of applications only, and the
// run says so: the figures of a reduced run are not those of the issue.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EvaluationGrid } from '../../core/domain/jury/grid.ts';
import { siretWithKeys } from '../../core/domain/identifiers.ts';
import type { MethodInput } from '../../core/service/api.ts';
import { openService } from '../../core/service/open-service.ts';
import { saveApplication } from '../../db/queries/application-write.ts';
import { saveProvider } from '../../db/queries/provider-queries.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';

const SCALE = Number(process.env.PACTE_BENCH_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`PACTE_BENCH_SCALE must be in ]0, 1]: ${String(process.env.PACTE_BENCH_SCALE)}`);
const JURORS = 50;
const APPLICATIONS = Math.max(20, Math.round(2000 * SCALE));
const PROVIDERS = Math.max(10, Math.round(300 * SCALE));
/** scores.importCsv takes at most this much base64 (core/service/scoring/scoring-api.ts). */
const BASE64_LIMIT = 40_000_000;
const CHAIR_PIN = '1234';

const appRoot = findAppRoot(import.meta.dirname);
const folder = mkdtempSync(path.join(os.tmpdir(), 'pacte-bench-'));
const databaseFile = path.join(folder, 'bench.sqlite');
const { service, database, close } = openService({ databaseFile, appRoot });
const { db, sqlite } = database;

// Wall time, and the CPU time of this process beside it: the machine may be shared, and SQLite works
// in this process (synchronous = NORMAL in WAL mode: no disk sync at each commit).
type Span = { wall: number; cpu: number };
function clock(): () => Span {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - wall) / 1e9, cpu: (used.user + used.system) / 1e6 };
  };
}
const divide = (span: Span, by: number): Span => ({ wall: span.wall / by, cpu: span.cpu / by });
const secs = (value: number) => `${value.toFixed(2)} s`;
const ms = (value: number) => `${(value * 1000).toFixed(0)} ms`;
const line = (label: string, span: Span, format: (value: number) => string, note = '') =>
  console.log(`  ${label.padEnd(54)} ${format(span.wall).padStart(10)}   (CPU ${format(span.cpu)}${note ? ` ; ${note}` : ''})`);
const ratio = (viaService: Span, byHand: Span) => console.log(`  → × ${(viaService.wall / byHand.wall).toFixed(1)} (en temps CPU × ${(viaService.cpu / byHand.cpu).toFixed(1)})`);

// ── Setup (not measured): bulk rows straight into the tables, the session itself through the service ──
const seeding = clock();
const call = await service.invoke('calls.create', { year: 2018, title: 'Appel CAI de charge', envelopeCents: 900_000_000 });
const pact = await service.invoke('pacts.get', { pactId: call.pactId });
const operationalIds = pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((item) => item.id)));
const now = new Date().toISOString();
const providerIds: number[] = [];
sqlite.exec('begin');
for (let index = 0; index < PROVIDERS; index += 1) {
  providerIds.push(
    saveProvider(db, { name: `Association n° ${index}`, legalForm: 'association', siret: siretWithKeys(`44${String(index).padStart(6, '0')}`, '0001'), rna: null, address: '', postalCode: '35000', city: 'Rennes', representativeCivility: '', representativeName: '', representativeRole: '', contactName: '', contactEmail: '', contactPhone: '', notes: '' }, now),
  );
}
for (let index = 0; index < APPLICATIONS; index += 1) {
  const amount = 500_000 + ((index * 7919) % 4_000_000);
  saveApplication(
    db,
    {
      callId: call.id,
      providerId: providerIds[index % PROVIDERS] ?? 0,
      title: `Action d’insertion n° ${index}`,
      summary: 'Accompagner des allocataires du RSA vers l’emploi.',
      description: '',
      primaryObjectiveId: operationalIds[index % operationalIds.length] ?? null,
      secondaryObjectiveIds: [],
      publics: ['rsa'],
      publicOther: '',
      expectedParticipants: 20,
      expectedRsaParticipants: 10,
      territoryIds: [],
      startsOn: '2018-01-08',
      endsOn: '2018-12-14',
      isRenewal: false,
      duration: 'annuelle',
      mobility: '',
      budgetLines: [
        { account: '64', amountCents: amount },
        { account: '74-ccas', amountCents: amount },
      ],
      indicators: [],
    },
    now,
    'bench',
  );
}
// Recevable without the checklist: the agenda reads the status only, and the checklist is not what is measured.
sqlite.prepare("update applications set status = 'recevable' where call_id = ?").run(call.id);
sqlite.exec('commit');

// The default grid (7 criteria) and an eighth, saved as a new grid through the service.
type GridInput = MethodInput<'grids.save'>['definition'];
const shipped = JSON.parse(readFileSync(path.join(appRoot, 'resources/grids/grille-pacte-defaut.json'), 'utf8')) as GridInput;
const eighth: GridInput['criteria'][number] = {
  key: 'sorties-emploi',
  label: 'Sorties vers l’emploi ou la formation',
  description: 'Les sorties visées (emploi, formation qualifiante, création d’activité) sont-elles chiffrées et atteignables ?',
  weight: 2,
  scale: {
    min: 0,
    max: 4,
    levels: [
      { value: 0, descriptor: 'Aucune sortie visée.' },
      { value: 1, descriptor: 'Sorties évoquées sans objectif.' },
      { value: 2, descriptor: 'Objectif de sorties peu étayé.' },
      { value: 3, descriptor: 'Objectif de sorties chiffré et plausible.' },
      { value: 4, descriptor: 'Objectif chiffré, appuyé sur les résultats passés et les partenaires de l’emploi.' },
    ],
  },
  allowsNotApplicable: false,
  commentRequiredBelow: 2,
};
const savedGrid = await service.invoke('grids.save', { definition: { title: 'Grille CAI — 8 critères (banc d’essai)', criteria: [...shipped.criteria, eighth] } });
const grid: EvaluationGrid = savedGrid.definition;
if (grid.criteria.length !== 8) throw new Error(`The bench grid has ${grid.criteria.length} criteria, not 8.`);

const roles = ['responsable_dispositifs', 'responsable_antenne', 'representant_departement', 'representant_allocataires', 'professionnel_diap', 'autre'] as const;
const jurorIds: number[] = [];
for (let index = 0; index < JURORS; index += 1) {
  jurorIds.push((await service.invoke('jurors.create', { name: `Juré ${String(index + 1).padStart(2, '0')}`, role: roles[index % roles.length] ?? 'autre', isPermanent: index % 5 !== 4 })).id);
}
const created = await service.invoke('sessions.create', {
  callId: call.id,
  title: 'CAI de charge',
  heldOn: '2018-03-12',
  gridId: savedGrid.id,
  jurorIds,
  chairJurorId: jurorIds[0] ?? null,
});
const sessionId = created.id;
// PINs before the agenda: each setPin answers with the whole session, cheaper while its agenda is empty.
for (const [index, jurorId] of jurorIds.entries()) {
  await service.invoke('sessions.setPin', { sessionId, jurorId, pin: index === 0 ? CHAIR_PIN : String(1000 + index * 7) });
}
await service.invoke('sessions.fillAgenda', { sessionId });
// A few conflicts of interest: three on an application, two on a provider (then all its applications), one pinned by the chair.
const agendaIds = (sqlite.prepare('select application_id id from session_agenda where session_id = ? order by position').all(sessionId) as { id: number }[]).map((row) => row.id);
const conflictsDeclared = [
  { jurorId: jurorIds[3], applicationId: agendaIds[10] },
  { jurorId: jurorIds[17], applicationId: agendaIds[500 % agendaIds.length] },
  { jurorId: jurorIds[42], applicationId: agendaIds[agendaIds.length - 1], chairPin: CHAIR_PIN },
  { jurorId: jurorIds[8], providerId: providerIds[7] },
  { jurorId: jurorIds[29], providerId: providerIds[123 % PROVIDERS] },
];
for (const conflict of conflictsDeclared) {
  await service.invoke('sessions.declareConflict', { sessionId, jurorId: conflict.jurorId ?? 0, applicationId: conflict.applicationId ?? null, providerId: conflict.providerId ?? null, type: 'membre_conseil', ...(conflict.chairPin ? { chairPin: conflict.chairPin } : {}) });
}
const session = await service.invoke('sessions.setStatus', { sessionId, status: 'notation' });

// The scores: each application has a level, each juror a leaning, each sheet some noise; a comment under 2
// (the grid asks for one), N/A on mobility for actions held at home (one application in ten).
let seed = 20180312;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
type Row = { jurorId: number; applicationId: number; key: string; score: number | 'na'; comment: string };
const rowsByJuror = new Map<number, Row[]>();
for (const [jurorIndex, jurorId] of jurorIds.entries()) {
  const leaning = ((jurorIndex % 7) - 3) / 4;
  const rows: Row[] = [];
  for (const item of session.agenda) {
    if (item.conflictedJurorIds.includes(jurorId)) continue;
    const level = 0.5 + ((item.applicationId * 37) % 31) / 10;
    for (const criterion of grid.criteria) {
      if (criterion.allowsNotApplicable && item.applicationId % 10 === 0) {
        rows.push({ jurorId, applicationId: item.applicationId, key: criterion.key, score: 'na', comment: '' });
        continue;
      }
      const score = Math.min(criterion.scale.max, Math.max(criterion.scale.min, Math.round(level + leaning + (random() - 0.5) * 2.5)));
      const low = criterion.commentRequiredBelow !== null && score < criterion.commentRequiredBelow;
      rows.push({ jurorId, applicationId: item.applicationId, key: criterion.key, score, comment: low ? 'Insuffisant au regard du pacte.' : '' });
    }
  }
  rowsByJuror.set(jurorId, rows);
}
const allRows = [...rowsByJuror.values()].flat();
const sheetCount = allRows.length / grid.criteria.length;
const csvOf = (rows: readonly Row[]) =>
  `juror;application;criterion;score;comment\r\n${rows.map((row) => `${row.jurorId};${row.applicationId};${row.key};${row.score === 'na' ? 'NA' : row.score};${row.comment}`).join('\r\n')}\r\n`;
const whole = Buffer.from(csvOf(allRows)).toString('base64');
// One file if the import takes it whole, else one file per juror (each juror's stack of paper sheets).
const files = whole.length <= BASE64_LIMIT ? [{ name: 'notes-papier.csv', base64: whole }] : jurorIds.map((jurorId, index) => ({ name: `notes-jure-${index + 1}.csv`, base64: Buffer.from(csvOf(rowsByJuror.get(jurorId) ?? [])).toString('base64') }));
// The baseline writes into a copy of the database as it stands now (same schema, same rows, no score yet).
const baselineFile = path.join(folder, 'baseline.sqlite');
sqlite.prepare('vacuum into ?').run(baselineFile);

const sizeNote = SCALE < 1 ? ` — ÉCHELLE RÉDUITE (PACTE_BENCH_SCALE=${SCALE}) : les chiffres ne sont pas ceux de l’issue (2 000 dossiers)` : '';
console.log(`${JURORS} jurés × ${APPLICATIONS} dossiers × ${grid.criteria.length} critères${sizeNote}`);
console.log(`  ${allRows.length.toLocaleString('fr-FR')} notes sur ${sheetCount.toLocaleString('fr-FR')} fiches (${conflictsDeclared.length} conflits d’intérêts déclarés, leurs fiches en moins)`);
console.log(`  CSV entier : ${(whole.length / 1e6).toFixed(1)} Mo en base64 (limite ${BASE64_LIMIT / 1e6} Mo) → import en ${files.length} fichier${files.length > 1 ? 's' : ''}`);
console.log(`  préparation : ${secs(seeding().wall)} (non mesurée)\n`);

// ── (1) Import of the paper sheets ──
const importing = clock();
let imported = 0;
let tens = clock();
for (const [index, file] of files.entries()) {
  const report = await service.invoke('scores.importCsv', { sessionId, fileName: file.name, contentBase64: file.base64, chairPin: CHAIR_PIN });
  if (report.errors.length > 0) throw new Error(`${file.name}: ${report.errors.length} errors, first: ${JSON.stringify(report.errors[0])}`);
  imported += report.answers;
  if (files.length > 1 && (index + 1) % 10 === 0) {
    const span = tens();
    console.log(`    fichiers ${index - 8}–${index + 1} : ${secs(span.wall)} (CPU ${secs(span.cpu)})`);
    tens = clock();
  }
}
const importTime = importing();
if (imported !== allRows.length) throw new Error(`Imported ${imported} answers, expected ${allRows.length}.`);

const baseline = new Database(baselineFile);
baseline.pragma('foreign_keys = ON');
baseline.pragma('journal_mode = WAL');
baseline.pragma('synchronous = NORMAL');
const insertSheet = baseline.prepare("insert into score_sheets (session_id, juror_id, application_id, status, source, submitted_at, updated_at) values (?, ?, ?, 'submitted', 'paper', ?, ?)");
const insertAnswer = baseline.prepare('insert into score_answers (sheet_id, criterion_key, score, is_not_applicable, comment) values (?, ?, ?, ?, ?)');
const handImporting = clock();
baseline.transaction(() => {
  const at = new Date().toISOString();
  let sheetId = 0;
  let sheetKey = '';
  for (const row of allRows) {
    const key = `${row.jurorId}:${row.applicationId}`;
    if (key !== sheetKey) {
      sheetId = Number(insertSheet.run(sessionId, row.jurorId, row.applicationId, at, at).lastInsertRowid);
      sheetKey = key;
    }
    insertAnswer.run(sheetId, row.key, row.score === 'na' ? null : row.score, row.score === 'na' ? 1 : 0, row.comment);
  }
})();
const handImportTime = handImporting();
const countAnswers = 'select count(*) n, total(score) total, total(is_not_applicable) na from score_answers';
const [viaService, byHand] = [sqlite, baseline].map((connection) => JSON.stringify(connection.prepare(countAnswers).get()));
baseline.close();
if (viaService !== byHand) throw new Error(`The two imports differ: ${viaService} vs ${byHand}`);

console.log('(1) Import des fiches papier');
const perScore = (span: Span) => `${((span.wall / allRows.length) * 1e6).toFixed(1)} µs/note`;
line(`scores.importCsv via le service (${files.length} fichier${files.length > 1 ? 's' : ''})`, importTime, secs, perScore(importTime));
line('SQL à la main (requêtes préparées, 1 transaction)', handImportTime, secs, perScore(handImportTime));
ratio(importTime, handImportTime);
console.log('');

// ── (2) Results ──
await service.invoke('sessions.setStatus', { sessionId, status: 'deliberation' });
const revealing = clock();
await service.invoke('sessions.reveal', { sessionId, chairPin: CHAIR_PIN });
const revealTime = revealing();

// Per application: each juror's score on 20 (Σ weight × (score − min)/(max − min) ÷ Σ weight, N/A left
// out), then count, mean, min and max over the jurors; submitted sheets on the agenda, conflicts left out.
const handResults = sqlite.prepare(`
  with criteria as materialized (
    select json_extract(c.value, '$.key') key, json_extract(c.value, '$.weight') weight,
           json_extract(c.value, '$.scale.min') low, json_extract(c.value, '$.scale.max') high
    from cai_sessions cs join evaluation_grids g on g.id = cs.grid_id, json_each(g.definition, '$.criteria') c
    where cs.id = :session
  ), juror_scores as (
    select s.application_id, 20.0 * sum(cr.weight * (sa.score - cr.low) * 1.0 / (cr.high - cr.low)) / sum(cr.weight) on20
    from score_sheets s
    join session_agenda ag on ag.session_id = s.session_id and ag.application_id = s.application_id
    join applications a on a.id = s.application_id
    join score_answers sa on sa.sheet_id = s.id and sa.score is not null
    join criteria cr on cr.key = sa.criterion_key
    where s.session_id = :session and s.status = 'submitted'
      and not exists (select 1 from conflicts k where k.session_id = s.session_id and k.juror_id = s.juror_id and k.withdrawn_at is null
                      and (k.application_id = s.application_id or k.provider_id = a.provider_id))
    group by s.id
  )
  select application_id applicationId, count(*) jurors, avg(on20) mean, min(on20) min, max(on20) max
  from juror_scores group by application_id`);

type HandRow = { applicationId: number; jurors: number; mean: number; min: number; max: number };
async function timeRuns<T>(runs: number, work: () => T | Promise<T>): Promise<{ value: T; first: Span; average: Span }> {
  let timing = clock();
  const value = await work();
  const first = timing();
  timing = clock();
  for (let index = 0; index < runs; index += 1) await work();
  return { value, first, average: divide(timing(), runs) };
}
const RUNS = 3;
const results = await timeRuns(RUNS, () => service.invoke('sessions.results', { sessionId }));
const hand = await timeRuns(RUNS, () => handResults.all({ session: sessionId }) as HandRow[]);

const handById = new Map(hand.value.map((row) => [row.applicationId, row]));
let largest = 0;
let mismatches = 0;
for (const outcome of results.value.outcomes) {
  const row = handById.get(outcome.applicationId);
  if (!row || outcome.mean === null || outcome.min === null || outcome.max === null || row.jurors !== outcome.jurorsCounted) {
    mismatches += 1;
    continue;
  }
  const gap = Math.max(Math.abs(row.mean - outcome.mean), Math.abs(row.min - outcome.min), Math.abs(row.max - outcome.max));
  largest = Math.max(largest, gap);
  if (gap > 1e-9) mismatches += 1;
}
if (results.value.outcomes.length !== hand.value.length) mismatches += 1;

console.log('(2) Résultats (délibération, notes révélées)');
line('sessions.reveal (calcule aussi les résultats)', revealTime, ms);
line('sessions.results via le service', results.average, ms, `moyenne de ${RUNS} appels après un 1er à ${ms(results.first.wall)}`);
line('SQL à la main (une requête, GROUP BY)', hand.average, ms, `moyenne de ${RUNS} appels après un 1er à ${ms(hand.first.wall)}`);
ratio(results.average, hand.average);
console.log(
  `  mêmes moyennes, minima, maxima et nombres de jurés sur ${results.value.outcomes.length} dossiers : ${mismatches === 0 ? 'oui' : `NON (${mismatches} écarts)`} — écart maximal ${largest.toExponential(1)} (tolérance 1e-9)`,
);
close();
// Two databases of some 70 MB each at full size: not left behind in the temporary folder.
rmSync(folder, { recursive: true, force: true });
if (mismatches > 0) process.exitCode = 1;
