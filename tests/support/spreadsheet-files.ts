// Reading back the spreadsheets the exports produce: the .xlsx with exceljs, the CSV with papaparse.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportedFile } from '../../core/service/api.ts';

export async function readWorkbook(file: ExportedFile | Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = file instanceof Uint8Array ? Buffer.from(file) : Buffer.from(file.contentBase64, 'base64');
  // exceljs's types declare their own Buffer; at run time it takes Node's.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('No sheet in the workbook');
  return sheet;
}

/** The data rows under the header (row 3), as exceljs read them: cell A first, an empty cell as null. */
export function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const width = headerOf(sheet).length;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 3) rows.push(Array.from({ length: width }, (_, index) => row.getCell(index + 1).value ?? null));
  });
  return rows;
}

/** The header row's labels. */
export function headerOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[] {
  return (sheet.getRow(3).values as ExcelJS.CellValue[]).slice(1);
}

export type CsvFile = { bom: boolean; rows: string[][]; errors: unknown[] };

export function parseCsv(file: ExportedFile | Uint8Array): CsvFile {
  const text = (file instanceof Uint8Array ? Buffer.from(file) : Buffer.from(file.contentBase64, 'base64')).toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { delimiter: ';', skipEmptyLines: true });
  return { bom: text.startsWith('\uFEFF'), rows: parsed.data, errors: parsed.errors };
}
