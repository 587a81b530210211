// Issue 11, finding 2: a provider's workbook must not be able to exhaust the app. Each bound is
// refused in French with the place of the problem, and nothing is written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES, columnLetters } from '../../core/service/imports/spreadsheet-limits.ts';
import { filledWorkbook, openImportApp, type ImportFile } from '../fixtures/imports/import-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure } from '../support/test-app.ts';

const PROVIDER = { name: 'Mobiliclés', legalForm: 'Association', siret: '44306184100047' };

async function edited(file: ImportFile, edit: (sheet: ExcelJS.Worksheet) => void): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Prestataires');
  if (!sheet) throw new Error('template without Prestataires');
  edit(sheet);
  return { fileName: file.fileName, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

async function refusal(file: ImportFile) {
  const app = await openImportApp();
  const before = snapshotTables(app.database.sqlite);
  const result = await app.service.call('imports.run', { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), callId: app.callId, mode: 'commit' });
  const error = expectFailure(result);
  expect(snapshotTables(app.database.sqlite)).toEqual(before);
  app.close();
  return error;
}

describe('bounded workbook reading', () => {
  it('names column letters as Excel does', () => {
    expect([1, 26, 27, 52, 53, 200, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'GR', 'XFD']);
  });

  it('refuses a value in column XFD with its cell, instead of building every row 16,384 cells wide', async () => {
    const file = await edited(await filledWorkbook({ providers: [PROVIDER] }), (sheet) => {
      sheet.getCell('XFD2').value = 'x';
      for (let row = 3; row < 300; row += 1) sheet.getCell(row, 16_384).value = row;
    });
    const error = await refusal(file);
    expect(error.code).toBe('validation');
    expect(error.message).toContain('cellule XFD2');
    expect(error.message).toContain('200 colonnes au plus');
    // 298 problems: the first 20 listed, the rest counted.
    expect(error.message).toContain('… et 278 autre(s).');
  });

  it('refuses a huge number shown with a date format, naming the cell, instead of an internal error', async () => {
    const file = await edited(await filledWorkbook({ providers: [PROVIDER] }), (sheet) => {
      const cell = sheet.getCell('B2');
      cell.value = 1e15;
      cell.numFmt = 'dd/mm/yyyy';
    });
    const error = await refusal(file);
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/cellule B2 : la valeur est mise en forme comme une date/u);
  });

  it(`refuses a sheet of more than ${MAX_SHEET_ROWS} rows`, async () => {
    const file = await edited(await filledWorkbook({ providers: [PROVIDER] }), (sheet) => {
      for (let row = 2; row <= MAX_SHEET_ROWS + 2; row += 1) sheet.getCell(row, 1).value = `P${row}`;
    });
    const error = await refusal(file);
    expect(error.message).toContain('Feuille « Prestataires » : 50 001 lignes (50 000 au plus)');
  }, 60_000);

  it('refuses a zip bomb after inflating no more than the bound, whatever the sizes its directory claims', async () => {
    const template = await filledWorkbook({ providers: [PROVIDER] });
    const zip = await JSZip.loadAsync(template.bytes);
    // One part of zeros inflating past the bound: deflate shrinks it about a thousandfold.
    zip.file('xl/media/padding.bin', new Uint8Array(MAX_UNCOMPRESSED_BYTES + 1));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(MAX_UNCOMPRESSED_BYTES / 200);
    const error = await refusal({ fileName: 'bombe.xlsx', bytes });
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/une fois décompressé il dépasse 64 Mo/u);
  }, 60_000);

  it('still reads a workbook within the bounds', async () => {
    const app = await openImportApp();
    const report = await app.run(await filledWorkbook({ providers: [PROVIDER] }));
    expect(report).toMatchObject({ errors: [], committed: true, created: { providers: 1 } });
    app.close();
  });
});

describe('bounded CSV reading', () => {
  async function csvRefusal(text: string) {
    return refusal({ fileName: 'dossiers.csv', bytes: new TextEncoder().encode(text) });
  }

  it('refuses a value beyond the 200th column and a cell longer than Excel allows, with their place', async () => {
    const wide = `Titre${';'.repeat(250)}x\n`;
    expect((await csvRefusal(wide)).message).toContain('ligne 1, colonne IQ : valeur au-delà de la colonne GR');
    const long = `Titre;Prestataire\n${'a'.repeat(40_000)};P\n`;
    expect((await csvRefusal(long)).message).toContain('ligne 2, colonne A : texte de 40 000 caractères (32 767 au plus)');
  });

  it(`refuses a file of more than ${MAX_SHEET_ROWS} lines`, async () => {
    const error = await csvRefusal(`Titre\n${'x\n'.repeat(MAX_SHEET_ROWS + 1)}`);
    expect(error.message).toContain('Fichier CSV refusé : 50 001 lignes (50 000 au plus)');
  });
});
