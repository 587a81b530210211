// `pacte rollup` and `pacte export indicators` on a real database file: the JSON rows (the 91/102 rate as
// its sums), the French table, a received bilan left out unless asked, and the long-format export files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacte } from '../support/run-pacte.ts';
import { dataRows, headerOf, parseCsv, readWorkbook } from '../support/spreadsheet-files.ts';
import { openTestService } from '../support/test-app.ts';
import { buildRollupBase, copyOfBase, insertBilan, insertTarget, type RollupBase } from '../support/validated-bilans.ts';

let shared: RollupBase;
beforeAll(async () => {
  shared = await buildRollupBase();
}, 60_000);
afterAll(() => shared.remove());

/** A copy of the four conventions' base with two validated bilans, one received, and a target. */
function seed() {
  const app = openTestService({ file: copyOfBase(shared) });
  const conventions = shared.conventions;
  const [a, b, c] = conventions;
  const territory = app.database.sqlite.prepare('select code, name from territories order by position limit 1').get() as { code: string; name: string };
  insertBilan(app.database.sqlite, {
    conventionId: a!.id,
    year: 2018,
    figures: [
      { code: 'IC01', value: 12 },
      { code: 'IC01', dimension: 'sex', category: 'F', value: 7 },
      { code: 'IC01', dimension: 'sex', category: 'H', value: 5 },
      { code: 'IC01', dimension: 'territory', category: territory.code, value: 12 },
      { code: 'IC10', value: 2 },
      { code: 'IC12', value: 1 },
    ],
  });
  insertBilan(app.database.sqlite, { conventionId: b!.id, year: 2018, figures: [{ code: 'IC01', value: 110 }, { code: 'IC10', value: 100 }, { code: 'IC12', value: 90 }] });
  insertBilan(app.database.sqlite, { conventionId: c!.id, year: 2018, status: 'recu', figures: [{ code: 'IC10', value: 50 }, { code: 'IC12', value: 50 }] });
  insertTarget(app.database.sqlite, a!.id, 2018, 'IC01', 15);
  app.close();
  return { file: app.file, dir: app.dir, conventions, territory };
}

describe('pacte rollup', () => {
  it('prints the roll-up by lever as JSON and as a French table; received bilans only when asked', async () => {
    const { file, conventions } = seed();
    const json = await pacte(['--db', file, 'rollup', '--by', 'lever', '--year', '2018', '--code', 'IC12', '--json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(rows).toEqual([
      { key: conventions[0]!.leverCode, label: expect.stringMatching(/^Levier 6 — /), code: 'IC12', value: 91, numerator: 91, denominator: 102, target: null, participations: 91 },
    ]);
    const table = await pacte(['--db', file, 'rollup', '--by', 'lever', '--year', '2018', '--code', 'IC12']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Année 2018 — bilans validés, par levier');
    expect(table.stdout).toContain('89,2\u00a0% (91 / 102)');
    expect(table.stdout).toContain('participations');
    const received = JSON.parse((await pacte(['--db', file, 'rollup', '--by', 'year', '--code', 'IC12', '--include-received', '--json'])).stdout) as { value: number; denominator: number }[];
    expect(received).toEqual([expect.objectContaining({ value: 141, denominator: 152 })]);
    // --secondary: the secondary objectives, apart from the primary ones, and only on the objective axis.
    const primary = JSON.parse((await pacte(['--db', file, 'rollup', '--by', 'objective', '--year', '2018', '--code', 'IC12', '--json'])).stdout) as { key: string }[];
    const secondary = await pacte(['--db', file, 'rollup', '--by', 'objective', '--year', '2018', '--code', 'IC12', '--secondary', '--json']);
    expect(secondary).toMatchObject({ code: 0, stderr: '' });
    const secondaryRows = JSON.parse(secondary.stdout) as { key: string; code: string }[];
    expect(secondaryRows.length).toBeGreaterThan(0);
    expect(secondaryRows.every((row) => row.code === 'IC12')).toBe(true);
    expect(secondaryRows.map((row) => row.key)).not.toEqual(primary.map((row) => row.key));
    const misplaced = await pacte(['--db', file, 'rollup', '--by', 'lever', '--secondary']);
    expect(misplaced.code).toBe(1);
    expect(misplaced.stderr).toContain('--secondary ne vaut que pour --by objective');
  });

  it('refuses an unknown axis and a year that is not one, in French', async () => {
    const { file } = seed();
    const axis = await pacte(['--db', file, 'rollup', '--by', 'quartier']);
    expect(axis.code).toBe(1);
    const year = await pacte(['--db', file, 'rollup', '--by', 'year', '--year', '18']);
    expect(year.code).toBe(1);
    expect(year.stderr).toContain('n’est pas une année');
  });
});

describe('pacte export indicators', () => {
  it('writes the validated figures of a year in long format, as .csv and .xlsx', async () => {
    const { file, dir, conventions, territory } = seed();
    const csvFile = path.join(dir, 'indicateurs.csv');
    const run = await pacte(['--db', file, 'export', 'indicators', '--year', '2018', '--out', csvFile]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('9 lignes');
    const csv = parseCsv(readFileSync(csvFile));
    expect(csv.bom).toBe(true);
    expect(csv.rows[0]).toEqual(['Année', 'Convention', 'Prestataire', 'Levier', 'Objectif opérationnel', 'Quartiers de l’action', 'Code', 'Indicateur', 'Ventilation', 'Catégorie', 'Valeur', 'Cible']);
    const first = conventions[0]!;
    const total = csv.rows.find((row) => row[1] === first.number && row[6] === 'IC01' && row[8] === 'Total');
    expect(total).toEqual(['2018', first.number, first.providerName, first.leverCode, first.objectiveCode, '', 'IC01', "Participants entrés dans l'année", 'Total', '', '12', '15']);
    expect(csv.rows.find((row) => row[1] === first.number && row[8] === 'Sexe' && row[9] === 'Femmes')?.[10]).toBe('7');
    expect(csv.rows.find((row) => row[8] === 'Quartier de résidence')?.[9]).toBe(territory.name);
    // The received bilan is not exported: 6 figures of the first, 3 of the second.
    expect(csv.rows.length - 1).toBe(9);
    expect(readFileSync(csvFile, 'utf8')).toContain(';');

    const xlsxFile = path.join(dir, 'indicateurs.xlsx');
    expect((await pacte(['--db', file, 'export', 'indicators', '--year', '2018', '--out', xlsxFile])).code).toBe(0);
    const sheet = await readWorkbook(readFileSync(xlsxFile));
    expect(headerOf(sheet)).toContain('Catégorie');
    const rows = dataRows(sheet);
    expect(rows).toHaveLength(9);
    expect(rows.find((row) => row[6] === 'IC12' && row[1] === conventions[1]!.number)?.[10]).toBe(90);
  });
});
