// The provider's workbook on real files: written by the app, filled with exceljs as a spreadsheet would,
// imported back. Accepted once, the same file again changes nothing, and every refusal says where
// (sheet, row, column) and leaves the whole database as it was.
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBilanContent } from '../../../db/queries/bilan-content.ts';
import type { BilanWorkbookImport } from '../../../core/service/api.ts';
import { auditActionsAfter, lastAuditSeq, snapshotTables } from '../../support/db-snapshot.ts';
import { openTestService, FRENCH } from '../../support/test-app.ts';
import { buildRollupBase, copyOfBase, insertTarget, type RollupBase } from '../../support/validated-bilans.ts';
import { fillWorkbook, GOOD_FILL, indicatorRow, loadWorkbook, type Fill } from './workbook-fill.ts';

/**
 * A one-entry zip whose part inflates to `size` bytes of spaces, deflated by zlib (native, fast) and framed
 * by hand: a zip library would spend seconds compressing in JavaScript. The CRC is left at 0: the guard
 * under test reads without checking it, as the import does.
 */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

let base: RollupBase;
beforeAll(async () => {
  base = await buildRollupBase();
}, 60_000);
afterAll(() => base.remove());

function open() {
  const opened = openTestService({ file: copyOfBase(base), now: () => new Date('2019-03-01T09:00:00.000Z') });
  const conventionId = base.conventions[0]?.id ?? 0;
  const workbook = async (year = 2018, id = conventionId) => Buffer.from((await opened.service.invoke('bilans.workbook', { conventionId: id, year })).contentBase64, 'base64');
  const importFile = async (bytes: Buffer, extra: { dryRun?: boolean; expected?: { conventionId: number; year: number } } = {}) =>
    (await opened.service.invoke('bilans.importWorkbook', { fileName: 'retour.xlsx', contentBase64: bytes.toString('base64'), ...extra })) as BilanWorkbookImport;
  return { ...opened, conventionId, workbook, importFile };
}

describe('the written workbook', () => {
  it('has its sheets, protected, with only the Valeur cells unlocked, targets and forecast pre-filled, rates as formulas', async () => {
    const app = open();
    insertTarget(app.database.sqlite, app.conventionId, 2018, 'IC01', 15);
    const book = await loadWorkbook(await app.workbook());
    expect(book.worksheets.map((sheet) => `${sheet.name}:${sheet.state}`)).toEqual(['Action:visible', 'Indicateurs:visible', 'Compte rendu financier:visible', 'Résultat:visible', 'Aide:visible', 'Identification:hidden']);
    for (const sheet of book.worksheets) expect((sheet as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(true);
    const indicators = book.getWorksheet('Indicateurs');
    const ic01 = indicatorRow(book, 'IC01');
    expect(indicators?.getCell(ic01, 5).value).toBe(15);
    expect(indicators?.getCell(ic01, 6).protection?.locked).toBe(false);
    expect(indicators?.getCell(ic01, 6).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    expect(indicators?.getCell(indicatorRow(book, 'IC08'), 6).dataValidation).toMatchObject({ type: 'decimal' });
    expect(indicators?.getCell(ic01, 1).protection?.locked ?? true).toBe(true);
    const rate = indicators?.getCell(indicatorRow(book, 'IC09'), 6).value as { formula: string };
    expect(rate.formula).toBe(`IF(N(F${indicatorRow(book, 'IC16')})>0,N(F${indicatorRow(book, 'IC08')})/F${indicatorRow(book, 'IC16')},"")`);
    expect(indicators?.getCell(indicatorRow(book, 'IC09'), 6).protection?.locked ?? true).toBe(true);
    const financial = book.getWorksheet('Compte rendu financier');
    expect([financial?.getCell('A4').value, financial?.getCell('B4').value, financial?.getCell('D4').value]).toEqual(['Charges', '64', 18_000]);
    expect(financial?.getCell('F4').value).toMatchObject({ formula: 'IF(AND(D4="",E4=""),"",N(E4)-N(D4))' });
    expect(book.getWorksheet('Résultat')?.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"réalisée,non réalisée,dates modifiées"'] });
    const identity = book.getWorksheet('Identification');
    expect([identity?.getCell('B3').value, identity?.getCell('B4').value, identity?.getCell('B5').value]).toEqual([app.conventionId, 'CONV-2018-001', 2018]);
  });

  it('is refused in French for a year the convention does not cover', async () => {
    const app = open();
    const result = await app.service.call('bilans.workbook', { conventionId: app.conventionId, year: 2019 });
    expect(result.ok ? '' : result.error.message).toMatch(/ne couvre pas l’année 2019/u);
  });
});

describe('importing a filled workbook', () => {
  it('saves the figures, the CRF, the outcome and the text; the same file again changes nothing', async () => {
    const app = open();
    const filled = await fillWorkbook(await app.workbook(), GOOD_FILL);
    const seq = lastAuditSeq(app.database.sqlite);
    const first = await app.importFile(filled);
    expect(first).toMatchObject({ ok: true, changed: true, conventionNumber: 'CONV-2018-001', year: 2018, valueCount: 12, lineCount: 3, problems: [] });
    const content = readBilanContent(app.database.db, first.bilanId ?? 0);
    expect(content.values).toContainEqual({ code: 'IC08', dimension: 'total', category: '', value: 150.5 });
    expect(content.values).toContainEqual({ code: 'IC01', dimension: 'territory', category: 'le-blosne', value: 7 });
    expect(content.financialLines).toContainEqual({ side: 'charge', position: 2, account: '60', label: 'Petit matériel', plannedCents: 0, actualCents: 123_456 });
    expect(content.financialLines).toContainEqual({ side: 'produit', position: 1, account: '74-ccas', label: 'Commune / CCAS', plannedCents: 1_800_000, actualCents: 1_500_000 });
    const bilan = app.database.sqlite.prepare('select status, outcome, qualitative, received_on as receivedOn from bilans where id = ?').get(first.bilanId);
    expect(bilan).toEqual({ status: 'recu', outcome: 'realisee', qualitative: GOOD_FILL.qualitative, receivedOn: '2019-03-01' });
    expect(auditActionsAfter(app.database.sqlite, seq)).toEqual(['bilans.importWorkbook']);

    const before = snapshotTables(app.database.sqlite);
    const second = await app.importFile(filled);
    expect(second).toMatchObject({ ok: true, changed: false, bilanId: first.bilanId });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  it('a dry run reports without writing', async () => {
    const app = open();
    const filled = await fillWorkbook(await app.workbook(), GOOD_FILL);
    const before = snapshotTables(app.database.sqlite);
    expect(await app.importFile(filled, { dryRun: true })).toMatchObject({ ok: true, dryRun: true, changed: true, problems: [] });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });

  const change = (fill: Partial<Fill>): Fill => ({ ...GOOD_FILL, ...fill });
  const valuesWith = (code: string, dimension: string, category: string, value: ExcelJS.CellValue) => [
    ...(GOOD_FILL.values ?? []).filter((entry) => !(entry.code === code && (entry.dimension ?? 'total') === dimension && (entry.category ?? '') === category)),
    { code, dimension, category, value },
  ];
  const refusals: [string, Fill, RegExp, { expected?: { conventionId: number; year: number } }?][] = [
    ['a breakdown that does not sum', change({ values: valuesWith('IC01', 'sex', 'nr', 2) }), /^Indicateurs, ligne \d+, colonne F : IC01 : la ventilation « sexe » fait 13 au lieu du total 12/u],
    ['a typed rate', change({ values: valuesWith('IC09', 'total', '', 0.8) }), /^Indicateurs, ligne \d+, colonne F : IC09 : les taux sont calculés, ne les saisissez pas$/u],
    ['text in a number cell', change({ values: valuesWith('IC02', 'total', '', 'douze') }), /^Indicateurs, ligne \d+, colonne F : IC02 : un nombre est attendu, pas « douze »$/u],
    ['a fraction of a person', change({ values: valuesWith('IC02', 'total', '', 2.5) }), /^Indicateurs, ligne \d+, colonne F : IC02 : un nombre entier est attendu/u],
    ['a negative amount', change({ actual: [{ account: '64', euros: -3 }] }), /^Compte rendu financier, ligne 4, colonne E : le montant réalisé doit être positif ou nul/u],
    ['an amount in text that is no amount', change({ actual: [{ account: '64', euros: 'beaucoup' }] }), /^Compte rendu financier, ligne 4, colonne E : Montant illisible/u],
    ['no outcome chosen', change({ outcome: '' }), /^Résultat, ligne 3, colonne B : choisissez le résultat/u],
    ['a protected code changed', change({ edit: (book) => (book.getWorksheet('Indicateurs')!.getCell('A4').value = 'IC99') }), /^Indicateurs, ligne 4, colonne A : cellule protégée modifiée/u],
    ['a forecast changed', change({ edit: (book) => (book.getWorksheet('Compte rendu financier')!.getCell('D4').value = 1) }), /^Compte rendu financier, ligne 4, colonne D : cellule protégée modifiée/u],
    ['a figure typed beside the table', change({ edit: (book) => (book.getWorksheet('Indicateurs')!.getCell('K5').value = 4) }), /^Indicateurs, ligne 5, colonne K : valeur hors des lignes/u],
    ['the convention number changed on the action sheet', change({ edit: (book) => (book.getWorksheet('Action')!.getCell('B4').value = 'CONV-2018-002') }), /^Action, ligne 4, colonne B : cellule protégée modifiée/u],
    ['a workbook of another convention', GOOD_FILL, /pas le bilan 2018 de la convention CONV-2018-002/u, { expected: { conventionId: 2, year: 2018 } }],
    ['a workbook of another year', GOOD_FILL, /pas le bilan 2019 de la convention CONV-2018-001/u, { expected: { conventionId: 1, year: 2019 } }],
    ['a year the convention does not cover', change({ edit: (book) => (book.getWorksheet('Identification')!.getCell('B5').value = 2019) }), /ne couvre pas l’année 2019/u],
    ['a convention this base does not have', change({ edit: (book) => (book.getWorksheet('Identification')!.getCell('B3').value = 99) }), /CONV-2018-001 de ce classeur n’existe pas dans cette base/u],
    ['a workbook that is not a bilan', change({ edit: (book) => book.removeWorksheet(book.getWorksheet('Identification')!.id) }), /n’est pas un bilan préparé par Pacte CAI/u],
  ];
  for (const [what, fill, message, extra] of refusals) {
    it(`refuses ${what}, with its place, and writes nothing`, async () => {
      const app = open();
      const filled = await fillWorkbook(await app.workbook(), fill);
      const before = snapshotTables(app.database.sqlite);
      const result = await app.importFile(filled, extra ?? {});
      expect(result.ok).toBe(false);
      expect(result.changed).toBe(false);
      expect(result.problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
      expect(result.problems.every((problem) => FRENCH.test(problem.message))).toBe(true);
      expect(snapshotTables(app.database.sqlite)).toEqual(before);
    });
  }

  it('refuses a file that is no workbook, and a zip bomb, in French, before inflating it', async () => {
    const app = open();
    const before = snapshotTables(app.database.sqlite);
    const garbage = await app.importFile(Buffer.from('ceci n’est pas un classeur'));
    expect(garbage.problems[0]?.message).toMatch(/Classeur Excel illisible/u);
    const bomb = zipBomb(65 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await app.importFile(bomb);
    expect(refused.problems[0]?.message).toMatch(/une fois décompressé il dépasse 64 Mo/u);
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  }, 20_000);

  it('whatever consistent figures and amounts the provider types, the bilan holds exactly them after the round trip', async () => {
    const app = open();
    const blank = await app.workbook();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 1_000_000 }).map((hundredths) => hundredths / 100),
        fc.integer({ min: 0, max: 10_000_000 }),
        async ([f = 0, h = 0, nr = 0], hours, actualCents) => {
          const fill: Fill = {
            values: [
              { code: 'IC01', value: f + h + nr },
              { code: 'IC01', dimension: 'sex', category: 'F', value: f },
              { code: 'IC01', dimension: 'sex', category: 'H', value: h },
              { code: 'IC01', dimension: 'sex', category: 'nr', value: nr },
              { code: 'IC08', value: hours },
            ],
            actual: [{ account: '64', euros: actualCents / 100 }],
            outcome: 'dates modifiées',
            qualitative: 'Texte',
          };
          const result = await app.importFile(await fillWorkbook(blank, fill));
          expect(result.problems).toEqual([]);
          const content = readBilanContent(app.database.db, result.bilanId ?? 0);
          expect(content.values).toContainEqual({ code: 'IC08', dimension: 'total', category: '', value: hours });
          expect(content.values.filter((value) => value.code === 'IC01' && value.dimension === 'sex').map((value) => value.value)).toEqual([f, h, nr]);
          expect(content.financialLines.find((line) => line.account === '64')?.actualCents).toBe(actualCents);
        },
      ),
      { numRuns: 3 },
    );
  }, 30_000);
});
