// CSV import as French offices save files: the same content in UTF-8 with BOM (';') and in
// Windows-1252 (',') gives the same applications; a wrong row stops the file and writes nothing.
import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../core/service/api.ts';
import { encodeWindows1252, importFixture, openImportApp, type ImportTestApp } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH } from '../support/test-app.ts';

async function withProviders(): Promise<ImportTestApp> {
  const app = await openImportApp();
  const report = await app.run(importFixture('prestataires-utf8-bom.csv'), { csvKind: 'providers' });
  expect(report).toMatchObject({ errors: [], committed: true, created: { providers: 3, applications: 0 } });
  return app;
}

/** What a person reads of an application, without the ids and times that differ between two databases. */
async function readable(app: ImportTestApp): Promise<unknown[]> {
  const list = await app.service.invoke('applications.list', { callId: app.callId });
  const details = await Promise.all(list.items.map((item) => app.service.invoke('applications.get', { id: item.id })));
  return details.map((detail: ApplicationDetail) => ({
    title: detail.title,
    provider: detail.providerName,
    objectives: detail.objectives.map((objective) => [objective.code, objective.isPrimary]),
    publics: [...detail.publics].sort(),
    territories: detail.territories.map((territory) => territory.name),
    ...Object.fromEntries(['summary', 'publicOther', 'expectedParticipants', 'expectedRsaParticipants', 'startsOn', 'endsOn', 'isRenewal', 'duration', 'mobility', 'indicators', 'budget'].map((key) => [key, detail[key as keyof ApplicationDetail]])),
    budgetLines: detail.budgetLines.map((line) => [line.account, line.amountCents]),
  }));
}

describe('CSV import', () => {
  it('a providers file then an applications file import every field, with budget totals', async () => {
    const app = await withProviders();
    const providers = await app.service.invoke('providers.list', {});
    const mobilicles = providers.items.find((provider) => provider.name === 'Mobiliclés');
    expect(mobilicles).toMatchObject({ legalForm: 'association', siret: '44306184100047', city: 'Rennes' });
    expect(await app.service.invoke('providers.get', { id: mobilicles?.id ?? 0 })).toMatchObject({
      rna: 'W352012345',
      postalCode: '35000',
      representativeRole: 'Présidente',
      contactEmail: 'contact@mobilicles.fr',
      notes: 'Vélo-école ; location de vélos',
    });
    expect(providers.items.find((provider) => provider.name === 'Envie 35')?.legalForm).toBe('siae');

    const report = await app.run(importFixture('dossiers-utf8-bom.csv'));
    expect(report).toMatchObject({ errors: [], warnings: [], committed: true, created: { providers: 0, applications: 3 }, updated: { applications: 0 }, unchanged: { applications: 0 } });
    expect(report.rows.map((row) => [row.sheet, row.row, row.status])).toEqual([
      ['Dossiers', 2, 'created'],
      ['Dossiers', 3, 'created'],
      ['Dossiers', 4, 'created'],
    ]);
    const applications = (await readable(app)) as { title: string }[];
    const byTitle = (start: string) => applications.find((application) => application.title.startsWith(start));
    const [bike, repair, gardens] = [byTitle('Vélo-école'), byTitle('Atelier de réparation'), byTitle('Jardins partagés')] as Record<string, unknown>[];
    expect(bike).toMatchObject({
      title: 'Vélo-école : apprendre à faire du vélo en équipe',
      provider: 'Mobiliclés',
      objectives: [['6.4.1', true], ['6.1.1', false]],
      publics: ['femmes', 'rsa'],
      territories: ['Maurepas – Bellangerais', 'Le Blosne (QPV)'],
      expectedParticipants: 40,
      expectedRsaParticipants: 25,
      startsOn: '2018-01-08',
      endsOn: '2018-12-14',
      isRenewal: false,
      duration: 'annuelle',
      mobility: 'C’est l’objet même de l’action.',
      indicators: [{ label: 'Participants autonomes à vélo', target: '30' }, { label: 'Sorties vers l’emploi', target: '' }],
      budget: expect.objectContaining({ chargesCents: 3_500_000, incomeCents: 3_500_000, balanced: true, requestedFromCcasCents: 2_000_000, coFundersCents: 1_000_000 }),
    });
    expect(repair).toMatchObject({ provider: 'Envie 35', isRenewal: true, duration: 'pluriannuelle', publics: ['autre', 'jeunes', 'qpv'], publicOther: 'Personnes sortant de détention' });
    expect(repair?.budget).toMatchObject({ chargesCents: 1_234_567, requestedFromCcasCents: 1_234_567 });
    expect(gardens).toMatchObject({ provider: 'Les Jardins du Blosne', territories: ['Le Blosne'], budgetLines: [['60', 100_050], ['64', 800_000], ['74-ccas', 900_050]] });
  });

  it('importing the same file a second time changes nothing and says every row is unchanged', async () => {
    const app = await withProviders();
    await app.run(importFixture('dossiers-utf8-bom.csv'));
    const before = snapshotTables(app.database.sqlite);
    const again = await app.run(importFixture('dossiers-utf8-bom.csv'));
    expect(again).toMatchObject({ errors: [], committed: true, created: { providers: 0, applications: 0 }, updated: { providers: 0, applications: 0 }, unchanged: { applications: 3 } });
    expect(again.rows.every((row) => row.status === 'unchanged')).toBe(true);
    const providersAgain = await app.run(importFixture('prestataires-utf8-bom.csv'), { csvKind: 'providers' });
    expect(providersAgain.unchanged).toEqual({ providers: 3, applications: 0 });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('the Windows-1252 file with commas and the UTF-8 file with BOM and semicolons give the same applications', async () => {
    const utf8 = await withProviders();
    const windows = await withProviders();
    expect((await utf8.run(importFixture('dossiers-utf8-bom.csv'))).errors).toEqual([]);
    expect((await windows.run(importFixture('dossiers-windows-1252.csv'))).errors).toEqual([]);
    expect(await readable(windows)).toEqual(await readable(utf8));

    // And one after the other in the same database: the second is the first, unchanged.
    const before = snapshotTables(utf8.database.sqlite);
    expect((await utf8.run(importFixture('dossiers-windows-1252.csv'))).unchanged.applications).toBe(3);
    expect(snapshotTables(utf8.database.sqlite)).toEqual(before);
  });

  it('a file with errors lists each by row, column and French reason, and leaves the database exactly as it was', async () => {
    const app = await withProviders();
    const before = snapshotTables(app.database.sqlite);
    const report = await app.run(importFixture('dossiers-erreurs.csv'));
    expect(report.committed).toBe(false);
    expect(report.errors.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 3, column: 'SIRET du prestataire', field: 'providerSiret' },
      { row: 4, column: 'Date de début', field: 'startsOn' },
      { row: 5, column: '64 – Charges de personnel', field: 'budget:64' },
      { row: 6, column: 'Objectif principal', field: 'primaryObjective' },
      { row: 7, column: 'Intitulé de l’action *', field: 'title' },
    ]);
    const messages = report.errors.map((error) => error.message);
    expect(messages[0]).toBe('Clé de contrôle du SIRET invalide : vérifiez les chiffres.');
    expect(messages[1]).toBe('Date impossible : « 31/02/2018 ».');
    expect(messages[2]).toMatch(/^Montant illisible : « 12 34,5 »/);
    expect(messages[3]).toBe('Objectif « 9.9.9 » absent du référentiel du pacte de l’appel « Appel à projets 2018 ».');
    expect(messages[4]).toBe('L\'intitulé de l\'action est requis.');
    for (const error of report.errors) expect(error).toMatchObject({ sheet: 'Dossiers', message: expect.stringMatching(FRENCH) });
    expect(report.rows.map((row) => row.status)).toEqual(['created', 'error', 'error', 'error', 'error', 'error', 'created']);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);

    // A preview of the same file says the same and writes nothing either.
    expect(await app.run(importFixture('dossiers-erreurs.csv'), { mode: 'preview' })).toEqual(report);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('with "valid rows only", the good rows of the file with errors are imported and the others reported', async () => {
    const app = await withProviders();
    const report = await app.run(importFixture('dossiers-erreurs.csv'), { validOnly: true });
    expect(report).toMatchObject({ committed: true, created: { applications: 2 } });
    expect(report.errors).toHaveLength(5);
    const list = await app.service.invoke('applications.list', { callId: app.callId });
    expect(list.items.map((item) => item.title).sort()).toEqual(['Atelier de réparation « Répar’Acteurs »', 'Vélo-école : apprendre à faire du vélo en équipe']);
  });

  it('headers in another case, without accents and with extra spaces are matched', async () => {
    const app = await withProviders();
    const text = new TextDecoder().decode(importFixture('dossiers-utf8-bom.csv').bytes).replace(/^\uFEFF/u, '');
    const [header = '', ...rest] = text.split('\r\n');
    const retyped = header
      .split(';')
      .map((name) => `  ${name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toUpperCase().replace(/ /gu, '   ')} `)
      .join(';');
    expect(retyped).toContain('  INTITULE   DE   L’ACTION   * ');
    const report = await app.run({ fileName: 'dossiers.csv', bytes: encodeWindows1252([retyped, ...rest].join('\r\n')) });
    expect(report).toMatchObject({ errors: [], warnings: [], created: { applications: 3 } });
  });

  it('an unknown column is reported as a warning, not silently dropped; a missing required one stops the sheet', async () => {
    const app = await withProviders();
    const withExtra = await app.run({ fileName: 'dossiers.csv', bytes: new TextEncoder().encode('Nom du prestataire;Intitulé de l’action;Couleur préférée\r\nEnvie 35;Atelier;bleu\r\n') });
    expect(withExtra.errors).toEqual([]);
    expect(withExtra.warnings).toEqual([{ sheet: 'Dossiers', row: 1, column: 'Couleur préférée', field: null, message: 'Colonne inconnue « Couleur préférée » : elle n’a pas été lue.' }]);

    const before = snapshotTables(app.database.sqlite);
    const missing = await app.run({ fileName: 'prestataires.csv', bytes: new TextEncoder().encode('SIRET;Ville\r\n;Rennes\r\n') }, { csvKind: 'providers' });
    expect(missing.errors).toEqual([{ sheet: 'Prestataires', row: 1, column: null, field: null, message: 'Colonnes obligatoires absentes : « Nom », « Forme juridique ».' }]);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('a provider row without SIRET is the stored provider of that name, and leaves its SIRET alone', async () => {
    const app = await withProviders();
    const csv = 'Nom;Forme juridique;SIRET;Ville\r\nMOBILICLES;association;;Rennes\r\nLes Jardins du Blosne;Association;;Rennes\r\n';
    const report = await app.run({ fileName: 'prestataires.csv', bytes: new TextEncoder().encode(csv) }, { csvKind: 'providers' });
    expect(report).toMatchObject({ errors: [], created: { providers: 0 } });
    const providers = (await app.service.invoke('providers.list', {})).items;
    expect(providers).toHaveLength(3);
    expect(providers.find((provider) => provider.siret === '44306184100047')?.name).toBe('MOBILICLES');
  });

  it('a file that is neither .xlsx nor .csv is refused in French', async () => {
    const app = await openImportApp();
    const error = expectFailure(await app.service.call('imports.run', { fileName: 'dossiers.pdf', contentBase64: 'JVBERi0=', callId: app.callId, mode: 'preview' }));
    expect(error).toMatchObject({ code: 'validation', message: 'Fichier « dossiers.pdf » non pris en charge : seuls les fichiers .xlsx et .csv peuvent être importés.' });
    const xls = expectFailure(await app.service.call('imports.run', { fileName: 'Dossiers.XLS', contentBase64: '', callId: app.callId, mode: 'preview' }));
    expect(xls.message).toMatch(/^Format « \.xls » non pris en charge/);
  });
});
