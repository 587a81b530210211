// `pacte applications export` and `pacte sessions export` on a real database file: the list's filters
// (the same options as `applications list`, giving the same rows), the format from --format or the file's
// name, a folder as --out, the results refused while sealed, the progress at any stage.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEALED_EXPORT_REFUSAL } from '../../core/service/exports/session-results-export.ts';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { pacte } from '../support/run-pacte.ts';
import { startNotation } from '../support/scoring-session.ts';
import { dataRows, parseCsv, readWorkbook } from '../support/spreadsheet-files.ts';
import { openTestService } from '../support/test-app.ts';

/** A deliberated session (4 recevable files on lever 6, avis given), plus 3 drafts of another provider on lever 1, two on a territory. */
async function seedDatabase() {
  const opened = openTestService();
  const { service, database } = opened;
  const setup = await deliberatedSession(service, { applications: 4 });
  const pact = await service.invoke('pacts.get', { pactId: setup.call.pactId });
  const leverOne = pact.levers.find((lever) => lever.number === 1)?.objectives[0]?.operationalObjectives[0]?.id ?? 0;
  const [territory] = await service.invoke('territories.list', {});
  const { provider } = await service.invoke('providers.create', { name: 'Roue Libre', legalForm: 'association' });
  for (const [index, title] of ['Atelier vélo solidaire', 'Vélo-école', 'Permis de conduire'].entries()) {
    await service.invoke('applications.create', {
      callId: setup.call.id,
      providerId: provider.id,
      title,
      primaryObjectiveId: leverOne,
      territoryIds: index < 2 && territory ? [territory.id] : [],
      budgetLines: [
        { account: '64', amountCents: 500_000 + index * 100_000 },
        { account: '74-ccas', amountCents: 500_000 + index * 100_000 },
      ],
    });
  }
  const count = (sql: string, ...params: unknown[]) => (database.sqlite.prepare(sql).get(...params) as { n: number }).n;
  const counts = {
    recevable: count("select count(*) as n from applications where call_id = ? and status = 'recevable'", setup.call.id),
    provider: count('select count(*) as n from applications where provider_id = ?', provider.id),
  };
  opened.close();
  return { db: opened.file, dir: opened.dir, setup, providerId: provider.id, territoryId: territory?.id ?? 0, counts };
}

async function exportedIds(file: string): Promise<unknown[]> {
  return dataRows(await readWorkbook(readFileSync(file))).map((row) => row[0]);
}

describe('pacte applications export', () => {
  it('writes the rows `applications list` gives with the same filters, as .xlsx or .csv', async () => {
    const { db, dir, setup, providerId, territoryId, counts } = await seedDatabase();
    const call = String(setup.call.id);
    const cases: { filters: string[]; rows: number }[] = [
      { filters: ['--call', call, '--status', 'recevable'], rows: counts.recevable },
      { filters: ['--avis', 'favorable'], rows: 1 },
      { filters: ['--avis', 'aucun', '--call', call], rows: 3 },
      { filters: ['--lever', '1'], rows: 3 },
      { filters: ['--territory', String(territoryId)], rows: 2 },
      { filters: ['--provider', String(providerId)], rows: counts.provider },
      { filters: ['--search', 'velo'], rows: 2 },
      { filters: ['--call', call, '--sort', 'requested', '--desc'], rows: 7 },
    ];
    expect(counts).toEqual({ recevable: 4, provider: 3 });
    for (const [index, { filters, rows }] of cases.entries()) {
      const out = path.join(dir, `dossiers-${index}.xlsx`);
      const run = await pacte(['--db', db, 'applications', 'export', ...filters, '--out', out]);
      expect(run, filters.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toBe(`Tableau des dossiers écrit dans « ${out} » : ${rows} ligne${rows > 1 ? 's' : ''}.\n`);
      const listed = await pacte(['--db', db, 'applications', 'list', ...filters, '--json']);
      const ids = (JSON.parse(listed.stdout) as { id: number }[]).map((item) => item.id);
      expect(ids).toHaveLength(rows);
      expect(await exportedIds(out), filters.join(' ')).toEqual(ids);
    }

    // The format named, into a folder: the service's file name; --json says what was written.
    const folder = path.join(dir, 'exports');
    mkdirSync(folder);
    const csv = await pacte(['--db', db, 'applications', 'export', '--provider', String(providerId), '--format', 'csv', '--out', folder, '--json']);
    expect(csv.code).toBe(0);
    const [written = ''] = readdirSync(folder);
    expect(written).toMatch(/^dossiers-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(JSON.parse(csv.stdout)).toMatchObject({ file: path.join(folder, written), rows: 3 });
    const parsed = parseCsv(readFileSync(path.join(folder, written)));
    expect(parsed.bom).toBe(true);
    expect(parsed.rows.slice(1).map((row) => row[2])).toEqual(['Roue Libre', 'Roue Libre', 'Roue Libre']);
    expect(parsed.rows.slice(1).map((row) => row[5])).toEqual(['5000,00', '7000,00', '6000,00']);
  });

  it('refuses in French a format it cannot tell or that contradicts the file’s name, and writes nothing', async () => {
    const { db, dir } = await seedDatabase();
    const contradicting = await pacte(['--db', db, 'applications', 'export', '--format', 'csv', '--out', path.join(dir, 'dossiers.xlsx')]);
    expect(contradicting).toMatchObject({ code: 1, stderr: expect.stringContaining('se termine par .xlsx alors que --format demande csv') });
    const unknown = await pacte(['--db', db, 'applications', 'export', '--out', path.join(dir, 'dossiers.txt')]);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('Indiquez le format : --format xlsx ou --format csv') });
    const badChoice = await pacte(['--db', db, 'applications', 'export', '--format', 'ods', '--out', path.join(dir, 'dossiers.ods')]);
    expect(badChoice.code).toBe(1);
    expect(readdirSync(dir).filter((name) => name.startsWith('dossiers'))).toEqual([]);
  });
});

describe('pacte sessions export', () => {
  it('writes the results in the chosen order once revealed, and the progress without a score', async () => {
    const { db, dir, setup } = await seedDatabase();
    const session = String(setup.sessionId);
    const results = path.join(dir, 'resultats.xlsx');
    const ranked = await pacte(['--db', db, 'sessions', 'export', session, '--out', results]);
    expect(ranked).toMatchObject({ code: 0, stdout: `Tableau des résultats écrit dans « ${results} » : 4 lignes.\n` });
    const sheet = await readWorkbook(readFileSync(results));
    expect(String(sheet.getCell('A2').value)).toContain('classés par rang');
    expect(dataRows(sheet).map((row) => row[0])).toEqual([...dataRows(sheet).map((row) => row[0])].sort((a, b) => Number(a) - Number(b)));

    const byPosition = path.join(dir, 'passage.csv');
    const csv = await pacte(['--db', db, 'sessions', 'export', session, '--what', 'results', '--order', 'position', '--disputed-first', '--format', 'csv', '--out', byPosition]);
    expect(csv.code).toBe(0);
    const [header = [], ...rows] = parseCsv(readFileSync(byPosition)).rows;
    expect(header[0]).toBe('Rang');
    const positions = rows.map((row) => Number(row[1]));
    const disputed = rows.map((row) => row[header.indexOf('Désaccord')] === 'oui');
    // Disputed first, each half in discussion order.
    expect(disputed).toEqual([...disputed].sort((a, b) => Number(b) - Number(a)));
    for (const half of [true, false]) {
      const order = positions.filter((_, index) => disputed[index] === half);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }

    const progress = await pacte(['--db', db, 'sessions', 'export', session, '--what', 'progress', '--out', path.join(dir, 'avancement.xlsx'), '--json']);
    expect(progress.code).toBe(0);
    expect(JSON.parse(progress.stdout)).toMatchObject({ rows: 4 });
    const progressSheet = await readWorkbook(readFileSync(path.join(dir, 'avancement.xlsx')));
    expect(dataRows(progressSheet).map((row) => row.slice(2, 6))).toEqual([
      [4, 4, 4, 'Soumise'],
      [4, 4, 4, 'Soumise'],
      [4, 4, 4, 'Soumise'],
      [4, 4, 4, 'Soumise'],
    ]);

    const mixed = await pacte(['--db', db, 'sessions', 'export', session, '--what', 'progress', '--order', 'position', '--out', path.join(dir, 'x.csv')]);
    expect(mixed).toMatchObject({ code: 1, stderr: expect.stringContaining('ne valent que pour les résultats') });
  });

  it('refuses the results while the scores are sealed (exit 1, French), and gives the progress', async () => {
    const opened = openTestService();
    const setup = await startNotation(opened.service, { applications: 2 });
    opened.close();
    const out = path.join(opened.dir, 'resultats.xlsx');
    const sealed = await pacte(['--db', opened.file, 'sessions', 'export', String(setup.sessionId), '--format', 'xlsx', '--out', out]);
    expect(sealed).toMatchObject({ code: 1, stdout: '', stderr: `pacte : ${SEALED_EXPORT_REFUSAL}\n` });
    expect(readdirSync(opened.dir)).not.toContain('resultats.xlsx');
    const progress = await pacte(['--db', opened.file, 'sessions', 'export', String(setup.sessionId), '--what', 'progress', '--out', path.join(opened.dir, 'avancement.csv')]);
    expect(progress).toMatchObject({ code: 0, stdout: expect.stringContaining('Avancement de la notation écrit dans') });
    expect(parseCsv(readFileSync(path.join(opened.dir, 'avancement.csv'))).rows.slice(1).map((row) => row[5])).toEqual(['Pas commencée', 'Pas commencée', 'Pas commencée', 'Pas commencée']);
  });
});
