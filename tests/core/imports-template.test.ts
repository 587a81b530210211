// The import template: what a manager hands out must open in Excel with French headers and a help
// sheet, and the CSV must be what French Excel opens without garbling accents.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BUDGET_ACCOUNTS } from '../../core/domain/budget.ts';
import { openImportApp } from '../fixtures/imports/import-fixtures.ts';

async function template(format: 'xlsx' | 'csv') {
  const app = await openImportApp();
  const file = await app.service.invoke('imports.template', { format });
  return { app, file, bytes: Buffer.from(file.contentBase64, 'base64') };
}

function headerTexts(worksheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  worksheet.getRow(1).eachCell((cell) => texts.push(String(cell.value)));
  return texts;
}

describe('import template', () => {
  it('the workbook opens with the sheets Prestataires, Dossiers and Aide, French headers in bold on a frozen row', async () => {
    const { file, bytes } = await template('xlsx');
    expect(file).toMatchObject({ fileName: 'modele-import-pacte-cai.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Prestataires', 'Dossiers', 'Aide']);

    const providers = workbook.getWorksheet('Prestataires');
    const applications = workbook.getWorksheet('Dossiers');
    if (!providers || !applications) throw new Error('missing sheet');
    expect(headerTexts(providers)).toEqual([
      'Nom *', 'Forme juridique *', 'SIRET', 'RNA', 'Adresse', 'Code postal', 'Ville', 'Civilité du représentant', 'Représentant légal', 'Qualité du représentant', 'Contact', 'E-mail', 'Téléphone', 'Notes',
    ]);
    const applicationHeaders = headerTexts(applications);
    expect(applicationHeaders.slice(0, 4)).toEqual(['SIRET du prestataire', 'Nom du prestataire', 'Intitulé de l’action *', 'Résumé']);
    expect(applicationHeaders).toContain('Date de début');
    expect(applicationHeaders).toContain('74 – Commune / CCAS');
    expect(applicationHeaders).toContain('64 – Charges de personnel');
    expect(applicationHeaders.at(-1)).toBe('Indicateurs proposés');
    // One column per account of the Cerfa budget.
    expect(applicationHeaders.filter((header) => BUDGET_ACCOUNTS.some((account) => header.endsWith(account.label)))).toHaveLength(BUDGET_ACCOUNTS.length);

    for (const sheet of [providers, applications]) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThan(10);
      // Nothing but headers: an untouched template imports nothing.
      expect(sheet.actualRowCount).toBe(1);
    }
    // SIRET typed as text, or Excel turns it into 4,43062E+13.
    expect(providers.getColumn(3).numFmt).toBe('@');
    // Legal forms offered as a drop-down list, over one range (not overlapping ones Excel would "repair").
    expect(providers.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Association,Structure d')] });
    expect(providers.getCell('B500').dataValidation?.type).toBe('list');
  });

  it('the help sheet explains every column: meaning, required or not, format and example, and lists the territories', async () => {
    const { bytes } = await template('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const help = workbook.getWorksheet('Aide');
    if (!help) throw new Error('missing sheet');
    expect(headerTexts(help)).toEqual(['Feuille', 'Colonne', 'Obligatoire', 'Signification', 'Format', 'Exemple']);
    const rows: string[][] = [];
    // Array.from, not map: row.values is sparse, and map would keep the holes of empty cells.
    help.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (value) => (value === undefined || value === null ? '' : String(value)))));
    const siret = rows.find((row) => row[0] === 'Prestataires' && row[1] === 'SIRET');
    expect(siret).toEqual(['Prestataires', 'SIRET', 'non', expect.stringContaining('identifie'), expect.stringContaining('14 chiffres'), '443 061 841 00047']);
    expect(rows.find((row) => row[1] === 'Date de début')?.[4]).toContain('jj/mm/aaaa');
    expect(rows.find((row) => row[1] === 'Nom *')?.[2]).toBe('oui');
    expect(rows).toContainEqual(['', 'Territoires', '', 'Le Blosne (QPV) (ou « qpv-le-blosne »)']);
  });

  it('the CSV template is the Dossiers header line, UTF-8 with a BOM, separated by semicolons, ending in CRLF', async () => {
    const { file, bytes } = await template('csv');
    expect(file).toMatchObject({ fileName: 'modele-import-dossiers.csv', mediaType: 'text/csv;charset=utf-8' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(2);
    const headers = text.trimEnd().split(';');
    expect(headers.slice(0, 3)).toEqual(['SIRET du prestataire', 'Nom du prestataire', 'Intitulé de l’action *']);
    // A header holding a comma is quoted, so that the ';' file also reads as one in tools that split on ','.
    expect(text).toContain('"70 – Vente de produits finis, de marchandises, prestations de services"');
  });

  it('the untouched template imports without error and without writing anything', async () => {
    const { app, file } = await template('xlsx');
    const report = await app.service.invoke('imports.run', { fileName: file.fileName, contentBase64: file.contentBase64, callId: app.callId, mode: 'commit' });
    expect(report).toMatchObject({ errors: [], warnings: [], rows: [], committed: true, created: { providers: 0, applications: 0 } });
  });
});
