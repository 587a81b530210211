// Fills a provider's workbook the way a spreadsheet program would: exceljs loads the file the app wrote,
// cells are set by what the sheet shows (code, breakdown key, category key; account), the file is saved.
// Not the app's code path: the rows are found in the file, not computed from the layout.
import ExcelJS, { type Worksheet } from 'exceljs';

export type Fill = {
  values?: { code: string; dimension?: string; category?: string; value: ExcelJS.CellValue }[];
  actual?: { account: string; euros: ExcelJS.CellValue }[];
  extraLines?: { side: string; account: string; label: string; planned: number; actual: number }[];
  outcome?: string;
  qualitative?: string;
  /** Anything else, on the loaded workbook, before it is saved. */
  edit?: (workbook: ExcelJS.Workbook) => void;
};

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

export function indicatorRow(workbook: ExcelJS.Workbook, code: string, dimension = 'total', category = ''): number {
  let found = 0;
  sheet(workbook, 'Indicateurs').eachRow((row, rowNumber) => {
    if (row.getCell(1).value === code && row.getCell(8).value === dimension && String(row.getCell(9).value ?? '') === category) found = rowNumber;
  });
  if (found === 0) throw new Error(`No row for ${code}/${dimension}/${category}`);
  return found;
}

export async function fillWorkbook(bytes: Buffer, fill: Fill): Promise<Buffer> {
  const workbook = await loadWorkbook(bytes);
  const indicators = sheet(workbook, 'Indicateurs');
  for (const entry of fill.values ?? []) indicators.getCell(indicatorRow(workbook, entry.code, entry.dimension, entry.category), 6).value = entry.value;
  const financial = sheet(workbook, 'Compte rendu financier');
  for (const entry of fill.actual ?? []) {
    let done = false;
    financial.eachRow((row) => {
      if (!done && row.getCell(2).value === entry.account) {
        row.getCell(5).value = entry.euros;
        done = true;
      }
    });
    if (!done) throw new Error(`No line for account ${entry.account}`);
  }
  for (const line of fill.extraLines ?? []) {
    let target = 0;
    financial.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (target === 0 && row.getCell(8).value === 'ligne' && (row.getCell(1).value ?? null) === null) target = rowNumber;
    });
    const row = financial.getRow(target);
    row.getCell(1).value = line.side;
    row.getCell(2).value = line.account;
    row.getCell(3).value = line.label;
    row.getCell(4).value = line.planned;
    row.getCell(5).value = line.actual;
  }
  const outcome = sheet(workbook, 'Résultat');
  if (fill.outcome !== undefined) outcome.getCell('B3').value = fill.outcome;
  if (fill.qualitative !== undefined) outcome.getCell('A6').value = fill.qualitative;
  fill.edit?.(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What the provider of the first test convention returns: consistent figures, the CRF filled. */
export const GOOD_FILL: Fill = {
  values: [
    { code: 'IC01', value: 12 },
    { code: 'IC01', dimension: 'sex', category: 'F', value: 5 },
    { code: 'IC01', dimension: 'sex', category: 'H', value: 6 },
    { code: 'IC01', dimension: 'sex', category: 'nr', value: 1 },
    { code: 'IC01', dimension: 'territory', category: 'le-blosne', value: 7 },
    { code: 'IC01', dimension: 'territory', category: 'nr', value: 5 },
    { code: 'IC02', value: 3 },
    { code: 'IC08', value: 150.5 },
    { code: 'IC16', value: 180 },
    { code: 'IC10', value: 8 },
    { code: 'IC12', value: 4 },
    { code: 'IC13', value: 2 },
  ],
  actual: [
    { account: '64', euros: 17_500 },
    { account: '74-ccas', euros: 15_000 },
  ],
  extraLines: [{ side: 'Charges', account: '60', label: 'Petit matériel', planned: 0, actual: 1_234.56 }],
  outcome: 'réalisée',
  qualitative: 'Douze participants, huit sortis dont quatre en emploi.',
};
