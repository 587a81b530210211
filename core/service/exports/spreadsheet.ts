// The one writer of every export: a table (title, columns, rows) as an .xlsx workbook or as a CSV that
// French Excel opens as it is, so that amounts, dates and headers look the same in all of them.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { formatScore } from '../../domain/jury/results.ts';
import type { ExportFormat, ExportedFile } from './exports-api.ts';
import { calendarDay, frenchDateTime, wallClock } from './local-time.ts';

/** money: integer cents; score: a figure with decimals (means on 20); date: 'YYYY-MM-DD'; datetime: an ISO instant. */
export type ColumnKind = 'text' | 'integer' | 'money' | 'score' | 'date' | 'datetime';
export type ExportColumn = { header: string; kind: ColumnKind; width: number };
/** null: an empty cell (no avis, no rank), never a zero. */
export type ExportCell = string | number | null;

export type ExportTable = {
  /** The tab's name (31 characters at most, no []:*?/\). */
  sheetName: string;
  /** What, and when: the first row of the sheet. */
  title: string;
  /** The filters, the order and the totals: the second row. */
  subtitle: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
};

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv';

/**
 * Number formats as the file stores them (the invariant codes: ',' groups, '.' marks decimals); French
 * Excel and LibreOffice show them as "12 345,67 €" and "12/03/2018" (jj/mm/aaaa). Writing "# ##0,00 €"
 * itself would make a different, broken format.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  integer: '0',
  money: '#,##0.00 "€"',
  score: '0.00',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Rows above the data: the title, the subtitle, then the header. */
export const HEADER_ROW = 3;

// A text starting like a formula is written with a leading apostrophe in the CSV (a title typed by a
// provider must not run in the manager's Excel); a negative amount such as "-12,50" stays a number.
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:,\d+)?$))/u;

function kindMismatch(column: ExportColumn, value: ExportCell): Error {
  return new TypeError(`Column "${column.header}" (${column.kind}) cannot hold ${JSON.stringify(value)}.`);
}

function numberOf(column: ExportColumn, value: ExportCell): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw kindMismatch(column, value);
  return value;
}

function textOf(column: ExportColumn, value: ExportCell): string {
  if (typeof value !== 'string') throw kindMismatch(column, value);
  return value;
}

/** The value exceljs writes: numbers as numbers (euros from cents), dates as dates. */
function xlsxValue(column: ExportColumn, value: ExportCell): ExcelJS.CellValue {
  if (value === null) return null;
  switch (column.kind) {
    case 'text':
      // An empty cell, not an empty text: Excel counts and filters it as blank.
      return textOf(column, value) === '' ? null : value;
    case 'integer':
    case 'score':
      return numberOf(column, value);
    case 'money':
      return numberOf(column, value) / 100;
    case 'date':
      return calendarDay(textOf(column, value));
    case 'datetime':
      return wallClock(textOf(column, value));
  }
}

/** "12345,67": no group separator (Excel would read "12 345,67" as text), a decimal comma. */
export function csvCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Cents must be a safe integer: ${String(cents)}`);
  const magnitude = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${String(Math.trunc(magnitude / 100))},${String(magnitude % 100).padStart(2, '0')}`;
}

function csvValue(column: ExportColumn, value: ExportCell): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'text':
      return textOf(column, value);
    case 'integer':
      return String(numberOf(column, value));
    case 'money':
      return csvCents(numberOf(column, value));
    case 'score':
      // Two decimals with a comma, rounded as the screen rounds them ("12,35").
      return formatScore(numberOf(column, value));
    case 'date':
      return formatFrenchDate(textOf(column, value));
    case 'datetime':
      return frenchDateTime(textOf(column, value));
  }
}

function checkWidths(table: ExportTable): void {
  for (const row of table.rows) {
    if (row.length !== table.columns.length) throw new RangeError(`A row of "${table.sheetName}" has ${row.length} cells for ${table.columns.length} columns.`);
  }
}

/** Title and subtitle on top, a bold frozen header with filters, widths and formats per column, printable on A4. */
export async function tableToXlsx(table: ExportTable, createdAt: Date): Promise<Uint8Array> {
  checkWidths(table);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pacte CAI';
  workbook.title = table.title;
  workbook.created = createdAt;
  workbook.modified = createdAt;
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    const numFmt = NUMBER_FORMATS[column.kind];
    if (numFmt) sheetColumn.numFmt = numFmt;
  });
  const title = sheet.getCell(1, 1);
  title.value = table.title;
  title.font = { bold: true, size: 14 };
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = table.subtitle;
  subtitle.font = { italic: true, color: { argb: 'FF4A4F57' } };

  const header = sheet.getRow(HEADER_ROW);
  header.values = table.columns.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  table.columns.forEach((_, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A6' } } };
  });
  for (const row of table.rows) {
    sheet.addRow(row.map((value, index) => xlsxValue(table.columns[index] as ExportColumn, value)));
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(table.rows.length, 1), column: table.columns.length } };
  // exceljs's types declare their own Buffer; at run time it is Node's.
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

/** UTF-8 with a BOM, ';' between fields, CRLF, decimal commas and jj/mm/aaaa: what French Excel opens without asking. */
export function tableToCsv(table: ExportTable): Uint8Array {
  checkWidths(table);
  const text = Papa.unparse(
    { fields: table.columns.map((column) => column.header), data: table.rows.map((row) => row.map((value, index) => csvValue(table.columns[index] as ExportColumn, value))) },
    { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/** The file as the renderer and the CLI receive it. */
export async function exportTable(table: ExportTable, format: ExportFormat, baseName: string, createdAt: Date): Promise<ExportedFile> {
  const bytes = format === 'xlsx' ? await tableToXlsx(table, createdAt) : tableToCsv(table);
  return {
    fileName: `${baseName}.${format}`,
    mediaType: format === 'xlsx' ? XLSX_MEDIA_TYPE : CSV_MEDIA_TYPE,
    contentBase64: Buffer.from(bytes).toString('base64'),
    rowCount: table.rows.length,
  };
}
