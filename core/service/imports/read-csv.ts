// Reads a CSV the way French offices save them: UTF-8 with or without BOM, or Windows-1252 (Excel's
// "CSV (séparateur : point-virgule)"), ';' or ',' between fields, quotes around fields that need them.
import Papa from 'papaparse';
import { AppError } from '../../domain/app-error.ts';
import type { CellValue } from './cell-values.ts';
import type { RawSheet } from './read-file.ts';
import { columnLetters, formatCount, MAX_CELL_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './spreadsheet-limits.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * The text of a CSV file. A BOM settles UTF-8; otherwise a file that is valid UTF-8 is UTF-8 (a
 * Windows-1252 file with any accent is almost never valid UTF-8), and anything else is read as
 * Windows-1252, which every byte decodes in.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('validation', 'Fichier CSV en UTF-16 (« Texte Unicode ») non pris en charge : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The field separator, read from the header line only (data may hold commas: "12 345,67", "a, b"),
 * and outside quotes: French Excel writes ';', most other tools ','. Ties go to ';'.
 */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character === ';') semicolons += 1;
    else if (!quoted && character === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/** One CSV file as one sheet: the header on row 1, then every record numbered as a spreadsheet would show it. */
export function readCsv(bytes: Uint8Array, name: string): RawSheet {
  const { text } = decodeCsv(bytes);
  const delimiter = detectSeparator(text);
  // Blank lines are kept here and skipped later, so that record numbers stay those of the file.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    throw new AppError('validation', `Fichier CSV illisible : guillemet non refermé à partir de la ligne ${fatal.row === undefined ? '?' : fatal.row + 1}.`);
  }
  const [header = [], ...records] = parsed.data;
  checkCsvBounds(parsed.data);
  return {
    name,
    headers: header.map((cell) => cell.trim()),
    rows: records.map((cells, index) => ({ row: index + 2, cells: cells.map((cell): CellValue => cell) })),
  };
}

/** The same bounds as a workbook's, with the place of the first problems (line and column as a spreadsheet shows them). */
function checkCsvBounds(lines: string[][]): void {
  // Blank lines (the one after the last line break, for one) are not rows a person would count.
  const dataRows = lines.filter((cells) => !(cells.length === 1 && cells[0] === '')).length - 1;
  if (dataRows > MAX_SHEET_ROWS) {
    throw new AppError('validation', `Fichier CSV refusé : ${formatCount(dataRows)} lignes (${formatCount(MAX_SHEET_ROWS)} au plus) ; importez-le en plusieurs fichiers.`);
  }
  const problems: string[] = [];
  let total = 0;
  lines.forEach((cells, index) => {
    cells.forEach((cell, column) => {
      const place = `ligne ${index + 1}, colonne ${columnLetters(column + 1)}`;
      let problem: string | null = null;
      if (column >= MAX_SHEET_COLUMNS && cell.trim() !== '') problem = `${place} : valeur au-delà de la colonne ${columnLetters(MAX_SHEET_COLUMNS)} (${MAX_SHEET_COLUMNS} colonnes au plus).`;
      else if (cell.length > MAX_CELL_CHARS) problem = `${place} : texte de ${formatCount(cell.length)} caractères (${formatCount(MAX_CELL_CHARS)} au plus).`;
      if (problem === null) return;
      total += 1;
      if (problems.length < 20) problems.push(problem);
    });
  });
  if (total > 0) {
    const more = total > problems.length ? `\n… et ${formatCount(total - problems.length)} autre(s).` : '';
    throw new AppError('validation', `Fichier CSV refusé, rien n’a été importé :\n${problems.join('\n')}${more}`);
  }
}
