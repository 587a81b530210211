// Reads the cells of an .xlsx workbook as plain values: what a person sees in a cell, not how Excel
// stores it (formulas give their result, rich text its text, booleans "oui"/"non"). Bounded: the
// archive is checked before it is inflated, and only the cells that hold something are visited, so
// a value in column XFD costs one cell, not 16,384 per row.
import ExcelJS, { type CellValue as ExcelCellValue, type Row, type Worksheet } from 'exceljs';
import { AppError } from '../../domain/app-error.ts';
import { isBlank, type CellValue } from './cell-values.ts';
import type { RawSheet } from './read-file.ts';
import { columnLetters, formatCount, MAX_CELL_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './spreadsheet-limits.ts';
import { checkXlsxArchive } from './xlsx-archive.ts';

/** Problems beyond this many are counted, not listed: the first ones say what to fix. */
const MAX_LISTED_PROBLEMS = 20;

type Problems = { listed: string[]; total: number };

function addProblem(problems: Problems, message: string): void {
  problems.total += 1;
  if (problems.listed.length < MAX_LISTED_PROBLEMS) problems.listed.push(message);
}

/** A date Excel cannot have stored for real (a huge serial shown with a date format): null means refused. */
function isUsableDate(value: Date): boolean {
  const year = value.getUTCFullYear();
  return !Number.isNaN(value.getTime()) && year >= 1900 && year <= 9999;
}

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

/** The cells of a row that hold something, within the bounds; what lies beyond is reported with its place. */
function boundedCells(sheetName: string, row: Row, problems: Problems): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = plainValue(cell.value);
    if (isBlank(value)) return;
    const place = `Feuille « ${sheetName} », cellule ${columnLetters(column)}${row.number}`;
    if (column > MAX_SHEET_COLUMNS) {
      addProblem(problems, `${place} : valeur au-delà de la colonne ${columnLetters(MAX_SHEET_COLUMNS)} (${MAX_SHEET_COLUMNS} colonnes au plus) ; videz cette cellule.`);
    } else if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
      addProblem(problems, `${place} : texte de ${formatCount(value.length)} caractères (${formatCount(MAX_CELL_CHARS)} au plus).`);
    } else if (value instanceof Date && !isUsableDate(value)) {
      addProblem(problems, `${place} : la valeur est mise en forme comme une date mais ne correspond à aucune date (nombre trop grand) ; tapez la date en jj/mm/aaaa.`);
    } else {
      cells[column - 1] = value;
    }
  });
  return cells;
}

function padded(cells: CellValue[], width: number): CellValue[] {
  return Array.from({ length: Math.max(width, cells.length) }, (_, index) => cells[index] ?? null);
}

function readWorksheet(worksheet: Worksheet, problems: Problems): RawSheet {
  // actualRowCount counts the rows holding a value, so empty formatted rows do not count against the bound.
  if (worksheet.actualRowCount > MAX_SHEET_ROWS + 1) {
    addProblem(problems, `Feuille « ${worksheet.name} » : ${formatCount(worksheet.actualRowCount - 1)} lignes (${formatCount(MAX_SHEET_ROWS)} au plus) ; importez-la en plusieurs fichiers.`);
    return { name: worksheet.name, headers: [], rows: [] };
  }
  const header = boundedCells(worksheet.name, worksheet.getRow(1), problems);
  const rows: Array<{ row: number; cells: CellValue[] }> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > 1) rows.push({ row: rowNumber, cells: boundedCells(worksheet.name, row, problems) });
  });
  const width = Math.max(header.length, ...rows.map((row) => row.cells.length));
  return {
    name: worksheet.name,
    headers: padded(header, width).map((cell) => (cell === null ? '' : String(cell instanceof Date ? cell.toISOString() : cell).trim())),
    rows: rows.map((row) => ({ row: row.row, cells: padded(row.cells, width) })),
  };
}

export async function readXlsx(bytes: Uint8Array): Promise<RawSheet[]> {
  await checkXlsxArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types declare their own Buffer (an ArrayBuffer); at run time it takes Node's Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'Classeur Excel illisible : le fichier est abîmé ou n’est pas un vrai fichier .xlsx (un .xls renommé, par exemple).');
  }
  const problems: Problems = { listed: [], total: 0 };
  const sheets = workbook.worksheets.map((worksheet) => readWorksheet(worksheet, problems));
  if (problems.total > 0) {
    const more = problems.total > problems.listed.length ? `\n… et ${formatCount(problems.total - problems.listed.length)} autre(s).` : '';
    throw new AppError('validation', `Classeur refusé, rien n’a été importé :\n${problems.listed.join('\n')}${more}`);
  }
  return sheets;
}
