// `pacte calls|providers|applications|search`: French amounts and dates, French refusals, nothing written then.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallDetail } from '../../core/service/api.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, openTestService, repoRoot, tempDir } from '../support/test-app.ts';

const newDbFile = () => path.join(tempDir(), 'pacte.sqlite');

describe('pacte calls', () => {
  it('create reads French amounts and dates, and list shows the call', async () => {
    const db = newDbFile();
    const created = await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'Appel à projets 2018', '--enveloppe', '420 000,00 €', '--ouverture', '01/09/2017', '--cloture', '15/10/2017', '--levier', '6=50 000', '--json']);
    expect(created.code).toBe(0);
    const call = JSON.parse(created.stdout) as CallDetail;
    expect(call).toMatchObject({ year: 2018, envelopeCents: 42_000_000, opensOn: '2017-09-01', closesOn: '2017-10-15', pactCode: 'PRI-2017-2021' });
    expect(call.leverEnvelopes).toMatchObject([{ leverNumber: 6, envelopeCents: 5_000_000 }]);

    const list = await pacte(['--db', db, 'calls', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Appel à projets 2018');
    expect(list.stdout).toContain('420\u00a0000,00\u00a0€'); // no-break spaces, as French typography wants
    expect(list.stdout).toContain('du 01/09/2017 au 15/10/2017');
  });

  it.each([
    [['--enveloppe', '12,345'], 'Montant illisible'],
    [['--enveloppe', '100', '--cloture', '31/02/2018'], 'Date impossible'],
    [['--enveloppe', '100', '--levier', 'six'], 'NUMÉRO=MONTANT'],
    [['--enveloppe', '100', '--levier', '6=200'], "dépasse l'enveloppe totale"],
    [['--enveloppe', '100', '--statut', 'fini'], 'valeurs permises'],
  ])('refuses %j in French (exit 1) and creates nothing', async (args, message) => {
    const db = newDbFile();
    const run = await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'X', ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(FRENCH);
    expect((await pacte(['--db', db, 'calls', 'list', '--json'])).stdout.trim()).toBe('[]');
  });

  it('a missing required option is named', async () => {
    const run = await pacte(['--db', newDbFile(), 'calls', 'create', '--titre', 'X']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--annee');
  });
});

describe('pacte providers', () => {
  it('list says when there is none, and lists by name with --json', async () => {
    const db = newDbFile();
    const empty = await pacte(['--db', db, 'providers', 'list']);
    expect(empty).toMatchObject({ code: 0, stdout: 'Aucun prestataire enregistré.\n' });
    const json = await pacte(['--db', db, 'providers', 'list', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});

describe('pacte applications and pacte search', () => {
  it('list, show and search find an application recorded through the service, accents ignored', async () => {
    const db = newDbFile();
    await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'Appel 2018', '--enveloppe', '100 000']);
    const { service, close } = openTestService({ file: db });
    const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    const created = await service.invoke('applications.create', { callId: 1, providerId: provider.id, title: 'Vélo-école en équipe', budgetLines: [{ account: '74-ccas', amountCents: 1_000_000 }] });
    close();

    const list = await pacte(['--db', db, 'applications', 'list', '--call', '1']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Vélo-école en équipe');
    expect(list.stdout).toContain('1 dossier,');
    expect(JSON.parse((await pacte(['--db', db, 'applications', 'show', String(created.id), '--json'])).stdout)).toMatchObject({ id: created.id, requestedCents: 1_000_000 });
    const search = await pacte(['--db', db, 'search', 'equipe', '--json']);
    expect(JSON.parse(search.stdout)).toMatchObject({ applications: { total: 1 }, providers: { total: 0 } });
    const missing = await pacte(['--db', db, 'applications', 'show', '99']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Aucun dossier n° 99');
  });
});

describe('spreadsheet template and import from the command line', () => {
  const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'imports', name);

  it('writes the template in the format its extension names', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    expect((await pacte(['--db', db, 'applications', 'template', '--out', path.join(dir, 'modele.xlsx')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'modele.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: an .xlsx
    expect((await pacte(['--db', db, 'applications', 'template', '--out', path.join(dir, 'modele.csv')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'modele.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const wrong = await pacte(['--db', db, 'applications', 'template', '--out', path.join(dir, 'modele.ods')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('.xlsx ou .csv');
  });

  it('a file with wrong rows exits 1, lists each row and column, and writes nothing; a good file imports once', async () => {
    const db = newDbFile();
    await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'AAP 2018', '--enveloppe', '100 000']);
    await pacte(['--db', db, 'providers', 'import', fixture('prestataires-utf8-bom.csv')]);

    const refused = await pacte(['--db', db, 'applications', 'import', fixture('dossiers-erreurs.csv'), '--call', '1', '--json']);
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout) as { committed: boolean; errors: { row: number; column: string }[] };
    expect(report.committed).toBe(false);
    expect(report.errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7]);
    expect(JSON.parse((await pacte(['--db', db, 'applications', 'list', '--json'])).stdout)).toEqual([]);

    const imported = await pacte(['--db', db, 'applications', 'import', fixture('dossiers-utf8-bom.csv'), '--call', '1']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('créés : 0 prestataire(s), 3 dossier(s)');
    const again = await pacte(['--db', db, 'applications', 'import', fixture('dossiers-windows-1252.csv'), '--call', '1']);
    expect(again.stdout).toContain('inchangés : 0 prestataire(s), 3 dossier(s)');
  });

  it('--valid-only imports the good rows of a file with errors, and exits 0', async () => {
    const db = newDbFile();
    await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'AAP 2018', '--enveloppe', '100 000']);
    await pacte(['--db', db, 'providers', 'import', fixture('prestataires-utf8-bom.csv')]);
    const run = await pacte(['--db', db, 'applications', 'import', fixture('dossiers-erreurs.csv'), '--call', '1', '--valid-only']);
    expect(run.code).toBe(0);
    expect(JSON.parse((await pacte(['--db', db, 'applications', 'list', '--json'])).stdout).length).toBeGreaterThan(0);
  });

  it('a file of applications without --call is refused in French', async () => {
    const run = await pacte(['--db', newDbFile(), 'applications', 'import', fixture('dossiers-utf8-bom.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--call');
  });
});
