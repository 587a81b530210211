// Workbook import: providers and their applications in one file, Excel's own cell types (dates,
// numbers), idempotence, updates, and all-or-nothing writes.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeImport } from '../../db/queries/import-write.ts';
import { filledWorkbook, openImportApp, type SheetRows } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure } from '../support/test-app.ts';

const MOBILICLES = { name: 'Mobiliclés', legalForm: 'Association', siret: '44306184100047', postalCode: 35000, city: 'Rennes', contactPhone: 299123456 };
const ENVIE = { name: 'Envie 35', legalForm: 'SIAE', siret: '326 300 357 00026' };

const BIKE = {
  providerSiret: 44306184100047,
  title: 'Vélo-école',
  primaryObjective: '6.4.1',
  publics: 'rsa, femmes',
  expectedParticipants: 40,
  expectedRsaParticipants: 25,
  territories: 'Le Blosne (QPV)',
  startsOn: new Date(Date.UTC(2018, 0, 8)),
  endsOn: 43448, // 14/12/2018 as an Excel serial day number
  'budget:64': 30000,
  'budget:60': 5000,
  'budget:74-ccas': '20 000,00 €',
  'budget:74-departement': 10000,
  'budget:70': 5000,
};
const REPAIR = { providerName: 'ENVIE 35', title: 'Atelier de réparation', primaryObjective: '1.1.1', expectedParticipants: 12, 'budget:64': 12345.67, 'budget:74-ccas': 12345.67, isRenewal: 'Oui', duration: 'Pluriannuelle' };

const VALID: SheetRows = { providers: [MOBILICLES, ENVIE], applications: [BIKE, REPAIR] };

describe('workbook import', () => {
  it('creates the providers of the file and their applications, reading Excel dates, serials and numbers', async () => {
    const app = await openImportApp();
    const report = await app.run(await filledWorkbook(VALID));
    expect(report).toMatchObject({ errors: [], warnings: [], committed: true, created: { providers: 2, applications: 2 } });
    expect(report.rows).toEqual([
      { sheet: 'Prestataires', row: 2, status: 'created', label: 'Mobiliclés' },
      { sheet: 'Prestataires', row: 3, status: 'created', label: 'Envie 35' },
      { sheet: 'Dossiers', row: 2, status: 'created', label: 'Vélo-école — Mobiliclés' },
      { sheet: 'Dossiers', row: 3, status: 'created', label: 'Atelier de réparation — Envie 35' },
    ]);
    const providers = (await app.service.invoke('providers.list', {})).items;
    const mobilicles = await app.service.invoke('providers.get', { id: providers.find((provider) => provider.name === 'Mobiliclés')?.id ?? 0 });
    // Excel dropped the leading zero of the phone number typed in a number cell; it is put back.
    expect(mobilicles).toMatchObject({ siret: '44306184100047', postalCode: '35000', contactPhone: '02 99 12 34 56' });
    expect(providers.find((provider) => provider.name === 'Envie 35')).toMatchObject({ legalForm: 'siae', siret: '32630035700026' });

    const list = await app.service.invoke('applications.list', { callId: app.callId, sort: 'title' });
    const bike = await app.service.invoke('applications.get', { id: list.items.find((item) => item.title === 'Vélo-école')?.id ?? 0 });
    expect(bike).toMatchObject({ providerName: 'Mobiliclés', startsOn: '2018-01-08', endsOn: '2018-12-14', publics: expect.arrayContaining(['rsa', 'femmes']), primaryObjectiveCode: '6.4.1' });
    expect(bike.budget).toMatchObject({ chargesCents: 3_500_000, incomeCents: 3_500_000, balanced: true, requestedFromCcasCents: 2_000_000 });
    expect(bike.costPerParticipantCents).toBe(87_500);
    const repair = await app.service.invoke('applications.get', { id: list.items.find((item) => item.title === 'Atelier de réparation')?.id ?? 0 });
    expect(repair).toMatchObject({ providerName: 'Envie 35', isRenewal: true, duration: 'pluriannuelle', requestedCents: 1_234_567 });
  });

  it('a second import of the same workbook writes nothing and reports every row unchanged', async () => {
    const app = await openImportApp();
    const file = await filledWorkbook(VALID);
    await app.run(file);
    const before = snapshotTables(app.database.sqlite);
    const again = await app.run(file);
    expect(again).toMatchObject({ errors: [], committed: true, created: { providers: 0, applications: 0 }, updated: { providers: 0, applications: 0 }, unchanged: { providers: 2, applications: 2 } });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('a changed cell updates that record only; a column the file lacks keeps what is stored', async () => {
    const app = await openImportApp();
    await app.run(await filledWorkbook(VALID));
    const changed = await app.run(await filledWorkbook({ providers: [{ ...MOBILICLES, city: 'Saint-Jacques-de-la-Lande' }, ENVIE], applications: [{ ...BIKE, 'budget:74-ccas': 19000, 'budget:75': 1000 }, REPAIR] }));
    expect(changed).toMatchObject({ errors: [], updated: { providers: 1, applications: 1 }, unchanged: { providers: 1, applications: 1 } });
    expect(changed.rows.filter((row) => row.status === 'updated').map((row) => row.label)).toEqual(['Mobiliclés', 'Vélo-école — Mobiliclés']);

    // A CSV with only the title and the CCAS amount changes that amount and nothing else.
    const before = (await app.service.invoke('applications.list', { callId: app.callId })).items.find((item) => item.title === 'Vélo-école');
    const csv = 'Nom du prestataire;Intitulé de l’action;74 – Commune / CCAS\r\nMobiliclés;VELO-ECOLE;18 000\r\n';
    const partial = await app.run({ fileName: 'montants.csv', bytes: new TextEncoder().encode(csv) });
    expect(partial).toMatchObject({ errors: [], updated: { applications: 1 } });
    const bike = await app.service.invoke('applications.get', { id: before?.id ?? 0 });
    expect(bike).toMatchObject({ title: 'VELO-ECOLE', startsOn: '2018-01-08', expectedParticipants: 40, primaryObjectiveCode: '6.4.1' });
    expect(bike.budgetLines.map((line) => [line.account, line.amountCents])).toEqual([['60', 500_000], ['64', 3_000_000], ['70', 500_000], ['74-departement', 1_000_000], ['74-ccas', 1_800_000], ['75', 100_000]]);
  });

  it('errors in both sheets are all listed; an application of a refused provider is refused too; nothing is written', async () => {
    const app = await openImportApp();
    const before = snapshotTables(app.database.sqlite);
    const file = await filledWorkbook({
      providers: [{ ...MOBILICLES, siret: '44306184100048' }, ENVIE, { name: 'Sans forme' }],
      applications: [BIKE, REPAIR, { ...REPAIR, title: 'Atelier bis', endsOn: '31/02/2018', 'budget:60': 'beaucoup' }],
    });
    const report = await app.run(file);
    expect(report.committed).toBe(false);
    expect(report.errors.map(({ sheet, row, column, message }) => [sheet, row, column, message])).toEqual([
      ['Prestataires', 2, 'SIRET', 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.'],
      ['Prestataires', 4, 'Forme juridique *', expect.stringMatching(/^Forme juridique requise : Association, /u)],
      ['Dossiers', 2, 'SIRET du prestataire', 'Aucun prestataire de SIRET 44306184100047 : ajoutez-le à la feuille « Prestataires » ou enregistrez-le d’abord.'],
      ['Dossiers', 4, 'Date de fin', 'Date impossible : « 31/02/2018 ».'],
      ['Dossiers', 4, '60 – Achats', 'Montant illisible : « beaucoup » (attendu par exemple 12 345,67 €).'],
    ]);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);

    const validOnly = await app.run(file, { validOnly: true });
    expect(validOnly).toMatchObject({ committed: true, created: { providers: 1, applications: 1 } });
    expect((await app.service.invoke('applications.list', {})).items.map((item) => item.title)).toEqual(['Atelier de réparation']);
  });

  it('sheet names and headers are matched whatever their case and accents', async () => {
    const app = await openImportApp();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('PRESTATAIRES').addRows([['  NOM ', 'forme juridique', 'Siret'], ['Envie 35', 'siae', '32630035700026']]);
    workbook.addWorksheet('dossiers').addRows([['nom du prestataire', 'INTITULE DE L’ACTION', 'date de debut', 'objectif  principal'], ['Envie 35', 'Atelier', '05/02/2018', '1.1.1']]);
    const report = await app.run({ fileName: 'a-la-main.XLSX', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(report).toMatchObject({ errors: [], warnings: [], created: { providers: 1, applications: 1 } });
  });

  it('a preview writes nothing, whatever the file', async () => {
    const app = await openImportApp();
    const before = snapshotTables(app.database.sqlite);
    const report = await app.run(await filledWorkbook(VALID), { mode: 'preview' });
    expect(report).toMatchObject({ committed: false, errors: [], created: { providers: 2, applications: 2 } });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('a damaged workbook, or one without our sheets, is refused in French', async () => {
    const app = await openImportApp();
    const damaged = expectFailure(await app.service.call('imports.run', { fileName: 'x.xlsx', contentBase64: Buffer.from('pas un classeur').toString('base64'), callId: app.callId, mode: 'preview' }));
    expect(damaged.message).toMatch(/^Classeur Excel illisible/u);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Feuil1').addRow(['Nom']);
    const foreign = expectFailure(
      await app.service.call('imports.run', { fileName: 'x.xlsx', contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'), callId: app.callId, mode: 'preview' }),
    );
    expect(foreign.message).toBe('Le classeur n’a ni feuille « Prestataires » ni feuille « Dossiers » : partez du modèle d’import.');
  });

  it('an unexpected failure halfway through the writes leaves the database as it was', async () => {
    const app = await openImportApp();
    const before = snapshotTables(app.database.sqlite);
    const provider = { name: 'Mobiliclés', legalForm: 'association' as const, siret: null, rna: null, address: '', postalCode: '', city: '', representativeCivility: '' as const, representativeName: '', representativeRole: '', contactName: '', contactEmail: '', contactPhone: '', notes: '' };
    const application = { callId: app.callId, providerId: 0, title: 'Vélo-école', summary: '', description: '', primaryObjectiveId: null, secondaryObjectiveIds: [], publics: [], publicOther: '', expectedParticipants: 0, expectedRsaParticipants: 0, territoryIds: [], startsOn: null, endsOn: null, isRenewal: false, duration: 'annuelle' as const, mobility: '', budgetLines: [], indicators: [] };
    // The second application names an objective that does not exist: saveApplication throws after
    // the provider and the first application were written.
    const writes = {
      providers: [{ existingId: null, unchanged: false, fields: provider }],
      applications: [
        { existingId: null, provider: { planIndex: 0 }, fields: application },
        { existingId: null, provider: { planIndex: 0 }, fields: { ...application, title: 'Autre', primaryObjectiveId: 999_999 } },
      ],
    };
    expect(() => writeImport(app.database.db, writes, '2018-01-01T00:00:00.000Z', 'test')).toThrow(/Objectif/u);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });
});
