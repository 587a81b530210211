// The optional "Civilité du représentant" column of the providers sheet: Madame, Monsieur, Mme, M. or
// blank are read; anything else is refused at its row and column, in French, and nothing is written.
import { describe, expect, it } from 'vitest';
import { filledWorkbook, openImportApp } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';

const csv = (lines: string[]) => ({ fileName: 'prestataires.csv', bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) });
const HEADER = 'Nom;Forme juridique;Civilité du représentant;Représentant légal;Qualité du représentant';

describe('import of the representative’s civility', () => {
  it('reads Madame, Monsieur and their abbreviations in any case; a blank cell is "not given"', async () => {
    const app = await openImportApp();
    const report = await app.run(
      csv([HEADER, 'Mobiliclés;Association;Mme;Claire Martin;Présidente', 'Envie 35;Entreprise;m.;Jean Dupuis;Directeur', 'Les Jardins;Association;MONSIEUR;Paul Le Goff;Président', 'Répar’Acteurs;Association;;Dominique Pichon;Présidente']),
      { csvKind: 'providers' },
    );
    expect(report).toMatchObject({ errors: [], committed: true, created: { providers: 4 } });
    const providers = (await app.service.invoke('providers.list', {})).items;
    const civilities = await Promise.all(providers.map(async (provider) => [provider.name, (await app.service.invoke('providers.get', { id: provider.id })).representativeCivility]));
    expect(Object.fromEntries(civilities)).toEqual({ Mobiliclés: 'madame', 'Envie 35': 'monsieur', 'Les Jardins': 'monsieur', 'Répar’Acteurs': '' });
  });

  it('refuses an unknown civility at its row and column, in French, and writes nothing', async () => {
    const app = await openImportApp();
    const before = snapshotTables(app.database.sqlite);
    const report = await app.run(csv([HEADER, 'Mobiliclés;Association;Madame;Claire Martin;Présidente', 'Envie 35;Entreprise;Docteur;Jean Dupuis;Directeur']), { csvKind: 'providers' });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      { sheet: 'Prestataires', row: 3, column: 'Civilité du représentant', field: 'representativeCivility', message: 'Civilité inconnue : « Docteur » (attendu : Madame, Monsieur, Mme, M. ou vide).' },
    ]);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('a file without the column keeps the civility stored; importing the same row again changes nothing', async () => {
    const app = await openImportApp();
    const { provider } = await app.service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association', representativeCivility: 'madame', representativeName: 'Claire Martin' });
    const again = await app.run(csv(['Nom;Forme juridique;Représentant légal', 'Mobiliclés;Association;Claire Martin']), { csvKind: 'providers' });
    expect(again).toMatchObject({ errors: [], unchanged: { providers: 1 } });
    expect((await app.service.invoke('providers.get', { id: provider.id })).representativeCivility).toBe('madame');
  });

  it('is a column of the template workbook too, read back from .xlsx', async () => {
    const app = await openImportApp();
    const workbook = await filledWorkbook({ providers: [{ name: 'Mobiliclés', legalForm: 'Association', representativeCivility: 'Madame', representativeName: 'Claire Martin' }] });
    expect(await app.run(workbook)).toMatchObject({ errors: [], created: { providers: 1 } });
    const [stored] = (await app.service.invoke('providers.list', {})).items;
    expect((await app.service.invoke('providers.get', { id: stored?.id ?? 0 })).representativeCivility).toBe('madame');
  });
});
