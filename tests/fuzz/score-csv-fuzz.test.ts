// Issue 11: the chair's CSV of paper sheets, mutated, through `scores.importCsv` on a real session in
// notation: imported whole, or refused in French with nothing written (a report listing errors writes
// nothing either), every commit audited, the chain intact.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIR_PIN, fullSheet, startNotation, type ScoringSetup } from '../support/scoring-session.ts';
import { CSV_MUTATIONS, ENCODINGS, HOSTILE_VALUES, mutateGrid, parseGrid, serializeGrid, type CsvGrid } from './support/csv-mutations.ts';
import { keepGoing, fuzzRuns, fuzzSeed, fuzzTimeout, reportReaders, statsOf } from './support/fuzz-report.ts';
import { makeTemplate, onCopy, probe, removeFuzzFolders, type DbTemplate, type Outcome } from './support/fuzz-probe.ts';
import { seededRandom, type Random } from './support/seeded-random.ts';

const READER = 'CSV notes papier';
const RUNS = fuzzRuns(70);

// Mutations that know the columns: a juror, an application, a criterion or a score another line would have.
const SCORE_MUTATIONS = ['juror-cell', 'application-cell', 'criterion-cell', 'score-cell', 'comment-cell', ...CSV_MUTATIONS] as const;
type ScoreMutation = (typeof SCORE_MUTATIONS)[number];
const FILE_NAMES = ['notes papier.csv', 'NOTES.CSV', 'notes.txt', 'notes.xlsx', 'notes', '.csv'] as const;

type Prepared = { setup: ScoringSetup; csv: string };
let template: DbTemplate<Prepared>;

function seedCsv(setup: ScoringSetup): string {
  const line = (juror: string, application: string, score: (key: string) => number | 'na') =>
    Object.entries(fullSheet(setup.grid, score)).map(([key, answer]) => [juror, application, key, answer.score === 'na' ? 'NA' : String(answer.score), answer.comment].join(';'));
  return [
    'Juré;Dossier;Critère;Note;Commentaire',
    ...line('Bruno Le Gall', 'Action A', (key) => (key === 'mobilite' ? 'na' : 3)),
    ...line(String(setup.jurorIds[1]), String(setup.applicationIds[1]), () => 4),
    ...line('Claire Dubois', 'Action A', () => 1),
    ...line('Denis Roux', 'Action C', () => 2),
  ].join('\r\n');
}

function mutateScores(grid: CsvGrid, kind: ScoreMutation, random: Random, setup: ScoringSetup): void {
  const column = { 'juror-cell': 0, 'application-cell': 1, 'criterion-cell': 2, 'score-cell': 3, 'comment-cell': 4 }[kind as string];
  if (column === undefined) return mutateGrid(grid, kind as (typeof CSV_MUTATIONS)[number], random);
  const row = grid.rows[1 + random.int(Math.max(1, grid.rows.length - 1))];
  if (!row) return;
  const choices: readonly string[] = [
    ['Agnès Martin', 'Bruno Le Gall', 'BRUNO LE GALL', ' Claire  Dubois ', 'Denis Roux', 'Inconnu', ...setup.jurorIds.map(String), '0', '999999', '-1'],
    ['Action A', 'Action B', 'Action C', 'action a', 'Action Z', ...setup.applicationIds.map(String), '0', '1e3'],
    [...setup.grid.criteria.map((criterion) => criterion.key), ...setup.grid.criteria.map((criterion) => criterion.label), 'vitesse', ''],
    ['0', '1', '2', '3', '4', '5', '-1', 'NA', 'n/a', 'non applicable', '', '3,5', '2.0', '1e1', 'quatre', '04', '+3', '9007199254740993'],
    ['', 'Trop faible', 'x'.repeat(5_000), '=1+1', '\u0000'],
  ][column] ?? HOSTILE_VALUES;
  row[column] = random.chance(0.85) ? random.pick(choices) : random.pick(HOSTILE_VALUES);
}

function reportOutcome(value: unknown): Outcome {
  const report = value as { sheets: number; errors: { column: string; message: string }[] };
  // Each error is listed with its row and column: a note of that cell, not always a whole sentence.
  return { refused: report.errors.length > 0, messages: [], notes: report.errors.map((error) => error.message), mayWrite: report.errors.length === 0 };
}

beforeAll(async () => {
  template = await makeTemplate('score-csv', async (app) => {
    const setup = await startNotation(app.service, { applications: 3, notation: false });
    // Denis is in conflict with Action B: his lines for it must be refused, never written.
    await app.service.invoke('sessions.declareConflict', { sessionId: setup.sessionId, jurorId: setup.jurorIds[3] ?? 0, applicationId: setup.applicationIds[1] ?? 0, type: 'autre' });
    await app.service.invoke('sessions.setStatus', { sessionId: setup.sessionId, status: 'notation' });
    return { setup, csv: seedCsv(setup) };
  });
}, 60_000);

afterAll(() => {
  reportReaders([READER]);
  removeFuzzFolders();
});

describe('fuzzed paper-sheet CSV', () => {
  it(
    'a mutated CSV of paper sheets is imported whole or refused in French, and a refusal writes nothing',
    async () => {
      const { setup, csv } = template.data;
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            steps: fc.array(fc.record({ kind: fc.constantFrom(...SCORE_MUTATIONS), seed: fc.nat() }), { maxLength: 4 }),
            encoding: fc.constantFrom(...ENCODINGS),
            fileName: fc.constantFrom(...FILE_NAMES, 'notes papier.csv', 'notes papier.csv'),
          }),
          async ({ steps, encoding, fileName }) => {
            const grid = parseGrid(csv);
            for (const step of steps) mutateScores(grid, step.kind, seededRandom(step.seed), setup);
            const contentBase64 = Buffer.from(serializeGrid(grid, encoding)).toString('base64');
            const input = JSON.stringify({ steps, encoding, fileName });
            const fine = await onCopy(template, (app) =>
              probe(app, READER, input, (service) => service.call('scores.importCsv', { sessionId: setup.sessionId, fileName, contentBase64, chairPin: CHAIR_PIN }), reportOutcome),
            );
            return fine || keepGoing;
          },
        ),
        { numRuns: RUNS, seed: fuzzSeed('scores-csv') },
      );
      expect(statsOf(READER)).toMatchObject({ internal: 0, writesDespiteError: 0, unaudited: 0, notFrench: 0, chainBroken: 0 });
    },
    fuzzTimeout(RUNS, 3_000),
  );
});
