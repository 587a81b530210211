// Issue 11: no provider's spreadsheet can bring the app down. Mutated CSV and .xlsx files go through
// `imports.run` on a real database: each is imported or refused in French, a refusal writes nothing,
// every commit has its audit entry, and the chain still verifies. `npm run fuzz` tries thousands.
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../core/service/api.ts';
import { decodeCsv } from '../../core/service/imports/read-csv.ts';
import { MAX_UNCOMPRESSED_BYTES } from '../../core/service/imports/spreadsheet-limits.ts';
import { filledWorkbook, importFixture, type SheetRows } from '../fixtures/imports/import-fixtures.ts';
import { CSV_MUTATIONS, ENCODINGS, mutateGrid, parseGrid, serializeGrid } from './support/csv-mutations.ts';
import { keepGoing, fuzzRuns, fuzzSeed, fuzzTimeout, reportReaders, statsOf } from './support/fuzz-report.ts';
import { makeTemplate, onCopy, probe, removeFuzzFolders, type DbTemplate, type Outcome } from './support/fuzz-probe.ts';
import { seededRandom } from './support/seeded-random.ts';
import { mutatedWorkbook, ZIP_MUTATIONS } from './support/zip-mutations.ts';

const READERS = ['CSV prestataires', 'CSV dossiers', 'XLSX'] as const;
// `npm run fuzz`: FUZZ_RUNS inputs of CSV (both kinds together) and as many workbooks.
const CSV_RUNS = fuzzRuns(90);
const XLSX_RUNS = fuzzRuns(50);

const CSV_SEEDS = [
  { name: 'prestataires-utf8-bom.csv', kind: 'providers' },
  { name: 'dossiers-utf8-bom.csv', kind: 'applications' },
  { name: 'dossiers-windows-1252.csv', kind: 'applications' },
  { name: 'dossiers-erreurs.csv', kind: 'applications' },
] as const;

const PROVIDERS: NonNullable<SheetRows['providers']> = [
  { name: 'Mobiliclés', legalForm: 'Association', siret: '443 061 841 00047', city: 'Rennes', contactEmail: 'contact@mobilicles.fr' },
  { name: 'Envie 35', legalForm: 'association', siret: '32630035700026', postalCode: '35000' },
];
const APPLICATIONS: NonNullable<SheetRows['applications']> = [
  { providerSiret: '443 061 841 00047', title: 'Vélo-école', primaryObjective: '6.4.1', publics: 'rsa, femmes', expectedParticipants: 40, startsOn: new Date(Date.UTC(2018, 0, 8)), endsOn: '14/12/2018', 'budget:64': 30_000, 'budget:74-ccas': 30_000 },
  { providerName: 'Envie 35', title: 'Atelier de réparation « Répar’Acteurs »', primaryObjective: '1.1.1', expectedParticipants: 12, startsOn: '05/02/2018', endsOn: '30/11/2018', duration: 'pluriannuelle', 'budget:64': 12_345.67 },
];

type Prepared = { callId: number };
let template: DbTemplate<Prepared>;
let workbooks: { name: string; bytes: Uint8Array }[] = [];

/** What `imports.run` answered: a report that did not commit is a refusal when it lists errors, and writes nothing either way. */
function importOutcome(value: unknown): Outcome {
  const report = value as ImportReport;
  const issues = [...report.errors, ...report.warnings];
  // An issue of one column is shown beside it ("Code postal : 5 chiffres."); the others are sentences.
  const messages = issues.filter((issue) => issue.column === null).map((issue) => issue.message);
  const notes = issues.filter((issue) => issue.column !== null).map((issue) => issue.message);
  return { refused: !report.committed && report.errors.length > 0, messages, notes, mayWrite: report.committed };
}

beforeAll(async () => {
  template = await makeTemplate('imports', async (app) => {
    const call = await app.service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 50_000_000 });
    // Providers already known, so that files update rows as well as create them.
    const providers = importFixture('prestataires-utf8-bom.csv');
    await app.service.invoke('imports.run', { fileName: providers.fileName, contentBase64: Buffer.from(providers.bytes).toString('base64'), csvKind: 'providers', mode: 'commit' });
    return { callId: call.id };
  });
  const filled = await filledWorkbook({ providers: PROVIDERS, applications: APPLICATIONS });
  const providersOnly = await filledWorkbook({ providers: PROVIDERS });
  const empty = await filledWorkbook({});
  // A small zip bomb: a few tens of kilobytes that inflate past the reader's bound.
  const zip = await JSZip.loadAsync(filled.bytes);
  zip.file('xl/media/zeros.bin', new Uint8Array(MAX_UNCOMPRESSED_BYTES + 1));
  const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  workbooks = [
    { name: 'dossiers.xlsx', bytes: filled.bytes },
    { name: 'Import 2018.xlsx', bytes: filled.bytes },
    { name: 'import.XLSX', bytes: filled.bytes },
    { name: 'prestataires.xlsx', bytes: providersOnly.bytes },
    { name: 'modele.xlsx', bytes: empty.bytes },
    { name: 'bombe.xlsx', bytes: bomb },
  ];
}, 60_000);

afterAll(() => {
  reportReaders(READERS);
  removeFuzzFolders();
});

const plan = <K extends string>(kinds: readonly K[], maxLength: number) => fc.array(fc.record({ kind: fc.constantFrom(...kinds), seed: fc.nat() }), { maxLength });
const options = fc.record({ mode: fc.constantFrom('commit', 'commit', 'commit', 'preview'), validOnly: fc.boolean() });

describe('fuzzed spreadsheet imports', () => {
  it(
    'a mutated CSV is imported or refused in French, and a refusal writes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ seed: fc.nat(CSV_SEEDS.length - 1), steps: plan(CSV_MUTATIONS, 4), encoding: fc.constantFrom(...ENCODINGS), otherKind: fc.boolean(), options }),
          async ({ seed, steps, encoding, otherKind, options: { mode, validOnly } }) => {
            const source = CSV_SEEDS[seed] ?? CSV_SEEDS[0];
            const grid = parseGrid(decodeCsv(importFixture(source.name).bytes).text);
            for (const step of steps) mutateGrid(grid, step.kind, seededRandom(step.seed));
            const bytes = serializeGrid(grid, encoding);
            // Now and then the file is declared as the other kind: its headers then match nothing.
            const csvKind = otherKind && steps.length % 2 === 1 ? (source.kind === 'providers' ? 'applications' : 'providers') : source.kind;
            const reader = csvKind === 'providers' ? 'CSV prestataires' : 'CSV dossiers';
            const input = JSON.stringify({ file: source.name, steps, encoding, csvKind, mode, validOnly });
            const fine = await onCopy(template, (app) =>
              probe(app, reader, input, (service) => service.call('imports.run', { fileName: source.name, contentBase64: Buffer.from(bytes).toString('base64'), callId: template.data.callId, csvKind, mode, validOnly }), importOutcome),
            );
            return fine || keepGoing;
          },
        ),
        { numRuns: CSV_RUNS, seed: fuzzSeed('imports-csv') },
      );
      for (const reader of ['CSV prestataires', 'CSV dossiers']) expect(statsOf(reader)).toMatchObject({ internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0 });
    },
    fuzzTimeout(CSV_RUNS, 3_000),
  );

  it(
    'a mutated workbook (parts renamed or broken, hostile cells, a zip bomb) is imported or refused in French, and a refusal writes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.record({ seed: fc.nat(workbooks.length - 1), steps: plan(ZIP_MUTATIONS, 3), options }), async ({ seed, steps, options: { mode, validOnly } }) => {
          const source = workbooks[seed] ?? workbooks[0];
          if (!source) throw new Error('no workbook');
          const bytes = steps.length === 0 ? source.bytes : await mutatedWorkbook(source.bytes, steps, seededRandom);
          const input = JSON.stringify({ file: source.name, steps, mode, validOnly });
          const fine = await onCopy(template, (app) =>
            probe(app, 'XLSX', input, (service) => service.call('imports.run', { fileName: source.name, contentBase64: Buffer.from(bytes).toString('base64'), callId: template.data.callId, mode, validOnly }), importOutcome),
          );
          return fine || keepGoing;
        }),
        { numRuns: XLSX_RUNS, seed: fuzzSeed('imports-xlsx') },
      );
      expect(statsOf('XLSX')).toMatchObject({ internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0 });
    },
    fuzzTimeout(XLSX_RUNS, 5_000),
  );
});
