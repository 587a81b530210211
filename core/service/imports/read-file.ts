// From the bytes of an uploaded file to the sheets we import: which sheet holds what, its header
// row and its data rows, each with the row number the person sees in their spreadsheet.
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { normalizeHeader } from '../../domain/header-matching.ts';
import { isBlank, type CellValue } from './cell-values.ts';
import { SHEET_NAMES, type SheetKind } from './columns.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';

export type SheetRow = { row: number; cells: CellValue[] };

/** A sheet as read, before we know what it holds. */
export type RawSheet = { name: string; headers: string[]; rows: SheetRow[] };

export type ImportSheet = RawSheet & { kind: SheetKind };

// Names people give these sheets besides ours; compared ignoring case, accents and spacing.
const SHEET_ALIASES: Readonly<Record<SheetKind, readonly string[]>> = {
  providers: [SHEET_NAMES.providers, 'Prestataire', 'Porteurs'],
  applications: [SHEET_NAMES.applications, 'Dossier', 'Dossiers de demande', 'Demandes'],
};

function sheetKind(name: string): SheetKind | null {
  const wanted = normalizeHeader(name);
  for (const kind of ['providers', 'applications'] as const) {
    if (SHEET_ALIASES[kind].some((alias) => normalizeHeader(alias) === wanted)) return kind;
  }
  return null;
}

function withoutBlankRows(sheet: RawSheet): RawSheet {
  return { ...sheet, rows: sheet.rows.filter((row) => !row.cells.every(isBlank)) };
}

/**
 * The sheets of an .xlsx (those named "Prestataires" and "Dossiers"; others, like the template's
 * "Aide", are not ours to read) or of a .csv (one sheet, whose kind the caller knows).
 */
export async function readImportFile(bytes: Uint8Array, fileName: string, csvKind: SheetKind): Promise<ImportSheet[]> {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.csv') {
    return [{ ...withoutBlankRows(readCsv(bytes, SHEET_NAMES[csvKind])), kind: csvKind }];
  }
  if (extension === '.xlsx') {
    const found: ImportSheet[] = [];
    for (const sheet of await readXlsx(bytes)) {
      const kind = sheetKind(sheet.name);
      if (kind === null) continue;
      if (found.some((other) => other.kind === kind)) {
        throw new AppError('validation', `Le classeur a plusieurs feuilles « ${SHEET_NAMES[kind]} » : gardez-en une seule.`);
      }
      found.push({ ...withoutBlankRows(sheet), kind });
    }
    if (found.length === 0) {
      throw new AppError('validation', `Le classeur n’a ni feuille « ${SHEET_NAMES.providers} » ni feuille « ${SHEET_NAMES.applications} » : partez du modèle d’import.`);
    }
    // Providers first: the applications of the same file may name providers it creates.
    return found.sort((left, right) => (left.kind === right.kind ? 0 : left.kind === 'providers' ? -1 : 1));
  }
  if (extension === '.xls' || extension === '.ods' || extension === '.xlsm') {
    throw new AppError('validation', `Format « ${extension} » non pris en charge : enregistrez le classeur au format .xlsx (Excel) ou .csv.`);
  }
  throw new AppError('validation', `Fichier « ${path.basename(fileName)} » non pris en charge : seuls les fichiers .xlsx et .csv peuvent être importés.`);
}
