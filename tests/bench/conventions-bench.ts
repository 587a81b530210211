// 2,000 conventions (a Département's call, every avis favourable): drafting, the list with its totals
// and filters, the SCDL open-data export and every convention PDF, each through the service against
// what a developer would write straight on better-sqlite3 (or pdfkit) for the same work, in the same
// run. PACTE_BENCH_SCALE (0 < s ≤ 1, default 1) scales the number of conventions, and the run says so.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildScdlCsv } from '../../core/domain/conventions/scdl.ts';
import { loadConventionTemplate } from '../../core/documents/convention-template.ts';
import { prepareConventionPdf } from '../../core/documents/convention-documents.ts';
import type { ConventionList, ConventionListFilters } from '../../core/service/api.ts';
import { conventionDocumentData } from '../../core/service/documents/convention-document-data.ts';
import { openService } from '../../core/service/open-service.ts';
import { getConvention } from '../../db/queries/convention-detail.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { draftByHand, draftedRows, handList, scdlRowsByHand, type HandFilter } from './conventions-bench-baselines.ts';
import { advanceLifecycles, closedSessionWithFavourableAvis } from './conventions-bench-data.ts';
import { pdfkitPdf, printedText } from './conventions-bench-pdfkit.ts';

const SCALE = Number(process.env.PACTE_BENCH_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`PACTE_BENCH_SCALE must be in ]0, 1]: ${String(process.env.PACTE_BENCH_SCALE)}`);
const CONVENTIONS = Math.max(20, Math.round(2000 * SCALE));
const PROVIDERS = Math.max(10, Math.round(300 * SCALE));
const TARGET = 1.3;
const ACTOR = 'bench';

const appRoot = findAppRoot(import.meta.dirname);
const folder = mkdtempSync(path.join(os.tmpdir(), 'pacte-bench-'));
const databaseFile = path.join(folder, 'bench.sqlite');
let clock = new Date('2018-01-15T09:00:00.000Z');
const { service, database, close } = openService({ databaseFile, appRoot, now: () => clock, actor: ACTOR });
const { sqlite } = database;

// Wall time, and this process's CPU time beside it: the machine may be shared, and SQLite works in this process.
type Span = { wall: number; cpu: number };
function clockSpan(): () => Span {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - wall) / 1e9, cpu: (used.user + used.system) / 1e6 };
  };
}
const secs = (value: number) => `${value.toFixed(2)} s`;
const ms = (value: number) => `${(value * 1000).toFixed(1)} ms`;
const line = (label: string, span: Span, format: (value: number) => string, note = '') =>
  console.log(`  ${label.padEnd(56)} ${format(span.wall).padStart(10)}   (CPU ${format(span.cpu)}${note ? ` ; ${note}` : ''})`);
const ratio = (viaService: Span, byHand: Span) => `× ${(viaService.wall / byHand.wall).toFixed(2)} (en temps CPU × ${(viaService.cpu / byHand.cpu).toFixed(2)})`;
const perSecond = (count: number, span: Span) => `${(count / span.wall).toFixed(1)} conventions/s`;
let failures = 0;
const check = (label: string, same: boolean) => {
  console.log(`  ${label} : ${same ? 'oui' : 'NON'}`);
  if (!same) failures += 1;
};

// ── Setup (not measured) ──
const seeding = clockSpan();
const setup = await closedSessionWithFavourableAvis(service, database, CONVENTIONS, PROVIDERS);
// The baseline drafts into a copy of the database as it stands now (same schema, same rows, no convention yet).
const baselineFile = path.join(folder, 'baseline.sqlite');
sqlite.prepare('vacuum into ?').run(baselineFile);
const sizeNote = SCALE < 1 ? ` — ÉCHELLE RÉDUITE (PACTE_BENCH_SCALE=${SCALE}) : les chiffres ne sont pas ceux de l’issue (2 000 conventions)` : '';
console.log(`${CONVENTIONS} avis favorables (1 sur 5 sous réserve, 1 action sur 10 pluriannuelle) de ${PROVIDERS} prestataires, séance close${sizeNote}`);
console.log(`  préparation : ${secs(seeding().wall)} (non mesurée)\n`);

// ── (1) Drafting ──
const drafting = clockSpan();
const report = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
const draftTime = drafting();
const again = clockSpan();
const second = await service.invoke('conventions.draft', { sessionId: setup.sessionId });
const againTime = again();
const baseline = new Database(baselineFile);
baseline.pragma('foreign_keys = ON');
baseline.pragma('journal_mode = WAL');
baseline.pragma('synchronous = NORMAL');
const handDrafting = clockSpan();
const handCount = draftByHand(baseline, setup.sessionId, clock.toISOString(), ACTOR);
const handDraftTime = handDrafting();
console.log('(1) Rédaction des conventions d’après les avis');
line(`conventions.draft via le service (${report.drafted.length} rédigées)`, draftTime, secs, perSecond(report.drafted.length, draftTime));
line('SQL à la main (requêtes préparées, 1 transaction)', handDraftTime, secs, perSecond(handCount, handDraftTime));
console.log(`  → ${ratio(draftTime, handDraftTime)}`);
line(`2e passage (idempotent : ${second.drafted.length} rédigée)`, againTime, ms);
check(`mêmes conventions, années, échéances et historique dans les deux bases (${handCount} conventions)`, report.drafted.length === CONVENTIONS && draftedRows(sqlite) === draftedRows(baseline));
baseline.close();
console.log('');

// ── Setup of the list: every status, payments, recoveries, avenants (not measured) ──
const conventionIds = (sqlite.prepare('select id from conventions order by id').all() as { id: number }[]).map((row) => row.id);
advanceLifecycles(database, conventionIds);
clock = new Date('2018-10-15T09:00:00.000Z');
const amended = conventionIds.filter((_, index) => index % 10 === 6).slice(0, Math.max(2, Math.round(20 * SCALE)));
for (const id of amended) {
  const detail = await service.invoke('conventions.get', { id });
  await service.invoke('conventions.amend', { id, totalCents: detail.totalCents + 100_000, reason: 'Deux sessions de plus.', deliberationRef: '2018-077', deliberationOn: '2018-06-20', signedOn: '2018-06-28' });
}
const statuses = sqlite.prepare('select status, count(*) as n from conventions group by status order by min(id)').all() as { status: string; n: number }[];
console.log(`Au 15/10/2018 : ${statuses.map((row) => `${row.n} ${row.status}`).join(', ')} ; ${amended.length} avenants`);

// ── (2) The list with its totals ──
// Service and hand-written runs alternate (the machine may be busy); the median of each is compared.
async function medianPair(rounds: number, viaService: () => Promise<unknown>, byHand: () => unknown): Promise<[Span, Span]> {
  const times: [Span[], Span[]] = [[], []];
  for (let round = 0; round < 3; round += 1) {
    await viaService();
    byHand();
  }
  for (let round = 0; round < rounds; round += 1) {
    let timing = clockSpan();
    await viaService();
    times[0].push(timing());
    timing = clockSpan();
    byHand();
    times[1].push(timing());
  }
  const median = (spans: Span[]): Span => {
    const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return { wall: middle(spans.map((span) => span.wall)), cpu: middle(spans.map((span) => span.cpu)) };
  };
  return [median(times[0]), median(times[1])];
}

const today = clock.toISOString().slice(0, 10);
const lists: [string, ConventionListFilters, HandFilter, Record<string, string | number>][] = [
  ['toutes (lignes et totaux)', {}, 'none', {}],
  ['année 2019 (les pluriannuelles)', { year: 2019 }, 'year', { year: 2019 }],
  ['statut « en cours »', { status: 'en_cours' }, 'status', { status: 'en_cours' }],
  ['en retard', { overdue: true }, 'overdue', {}],
  ['recherche « velo »', { search: 'velo' }, 'search', { search: '%velo%' }],
  ['levier 6', { leverNumber: 6 }, 'lever', { lever: 6 }],
];
const slower: string[] = [];
console.log('\n(2) Liste des conventions avec ses totaux (médiane de 30 appels alternés)');
for (const [label, filters, handFilter, params] of lists) {
  const byHand = handList(sqlite, handFilter);
  const handRun = () => byHand({ ...params, today });
  const serviceRun = async () => {
    const result = await service.call('conventions.list', filters);
    if (!result.ok) throw new Error(`conventions.list ${JSON.stringify(filters)}: ${result.error.message}`);
    return result.value as ConventionList;
  };
  const viaService = await serviceRun();
  const hand = handRun();
  const handRows = hand.rows.map((row) => ({ ...row, mandatory: row.mandatory === 1, isDemo: row.isDemo === 1 }));
  const [serviceTime, handTime] = await medianPair(30, serviceRun, handRun);
  const times = serviceTime.wall / handTime.wall;
  if (times > TARGET) slower.push(label);
  line(`${label} (${viaService.totals.count}) — service`, serviceTime, ms);
  line(`${label} — SQL à la main`, handTime, ms);
  console.log(`  → ${ratio(serviceTime, handTime)} ${times <= TARGET ? `≤ ${TARGET} : tenu` : `> ${TARGET} : NON TENU`}`);
  check('mêmes lignes et mêmes totaux', JSON.stringify(viaService.rows) === JSON.stringify(handRows) && JSON.stringify(viaService.totals) === JSON.stringify(hand.totals));
}

// ── (3) SCDL ──
const scdl = await medianPair(
  5,
  () => service.invoke('conventions.exportScdl', { year: 2018 }),
  () => buildScdlCsv({ name: 'CCAS de Rennes', siret: '26350001900017' }, scdlRowsByHand(sqlite, '2018-01-01', '2018-12-31')),
);
const exported = await service.invoke('conventions.exportScdl', { year: 2018 });
const handCsv = buildScdlCsv({ name: 'CCAS de Rennes', siret: '26350001900017' }, scdlRowsByHand(sqlite, '2018-01-01', '2018-12-31'));
console.log('\n(3) Export SCDL « subventions » 2.1.1 de l’année 2018 (médiane de 5 appels alternés)');
line(`conventions.exportScdl via le service (${exported.rowCount} lignes)`, scdl[0], ms, perSecond(exported.rowCount, scdl[0]));
line('3 requêtes à la main + buildScdlCsv', scdl[1], ms, perSecond(exported.rowCount, scdl[1]));
console.log(`  → ${ratio(scdl[0], scdl[1])}`);
check('même fichier CSV, octet pour octet', handCsv.ok && handCsv.csv === exported.csv);

// ── (4) Every convention PDF ──
const template = loadConventionTemplate(path.join(appRoot, 'resources'));
const preparing = clockSpan();
const prepared = conventionIds.map((id) => prepareConventionPdf(conventionDocumentData(database.db, getConvention(database.db, id, today)), template));
const prepareTime = preparing();
const texts = prepared.map((document) => printedText(document.definition));
console.log(`\n(4) Toutes les conventions de la séance en PDF, un fichier chacune (${conventionIds.length})`);
const rendering = clockSpan();
const series = await service.invoke('documents.conventionsAll', { sessionId: setup.sessionId, combined: false });
const renderTime = rendering();
const files = series.combined ? [] : series.files;
const pdfkitRendering = clockSpan();
let pdfkitBytes = 0;
for (const [index, lines] of texts.entries()) pdfkitBytes += (await pdfkitPdf(lines, prepared[index]?.metadata.title ?? '', prepared[index]?.metadata.creationDate ?? clock)).length;
const pdfkitTime = pdfkitRendering();
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`;
line('documents.conventionsAll via le service (pdfmake, PDF/A-2b)', renderTime, secs, `${perSecond(files.length, renderTime)}, ${megabytes(files.reduce((sum, file) => sum + (file.contentBase64.length * 3) / 4, 0))}`);
line('  dont données et définitions (mesurées à part)', prepareTime, secs, perSecond(prepared.length, prepareTime));
line('pdfkit, le même texte écrit directement', pdfkitTime, secs, `${perSecond(texts.length, pdfkitTime)}, ${megabytes(pdfkitBytes)}`);
console.log(`  → ${ratio(renderTime, pdfkitTime)}`);
check('un fichier par convention', files.length === conventionIds.length);
console.log('  (le PDF unique de toute la séance, combined: true, n’est pas mesuré ici : des milliers de pages en un document)');

console.log(`\nCible de la liste (≤ × ${TARGET}) : ${slower.length === 0 ? 'tenue pour chaque filtre' : `NON TENUE pour ${slower.join(', ')}`}`);
close();
rmSync(folder, { recursive: true, force: true });
if (failures > 0) process.exitCode = 1;
