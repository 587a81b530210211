// Reads the cells of an .xlsx workbook as plain values: what a person sees in a cell, not how Excel
// stores it (formulas give their result, rich text its text, booleans "oui"/"non").
import ExcelJS, { type CellValue as ExcelCellValue, type Row, type Worksheet } from 'exceljs';
import { AppError } from '../../domain/app-error.ts';
import type { CellValue } from './cell-values.ts';
import type { RawSheet } from './read-file.ts';

function plainValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text);
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: ExcelCellValue }).result ?? null);
  return null;
}

function readWorksheet(worksheet: Worksheet): RawSheet {
  const header = worksheet.getRow(1);
  const width = Math.max(worksheet.columnCount, header.cellCount);
  const cellsOf = (row: Row): CellValue[] => Array.from({ length: Math.max(width, row.cellCount) }, (_, index) => plainValue(row.getCell(index + 1).value));
  const rows: RawSheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ row: rowNumber, cells: cellsOf(row) });
  });
  return { name: worksheet.name, headers: cellsOf(header).map((cell) => (cell === null ? '' : String(cell instanceof Date ? cell.toISOString() : cell).trim())), rows };
}

export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types declare their own Buffer (an ArrayBuffer); at run time it takes Node's Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'Classeur Excel illisible : le fichier est abîmé ou n’est pas un vrai fichier .xlsx (un .xls renommé, par exemple).');
  }
  return workbook.worksheets.map(readWorksheet);
}
