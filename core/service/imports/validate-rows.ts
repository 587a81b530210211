// The checks shared by every import sheet: headers matched to our columns before any row is read,
// and each problem of a row placed at its column. Rows are only read here, never written.
import type { z } from 'zod';
import { matchHeaders } from '../../domain/header-matching.ts';
import type { CellValue } from './cell-values.ts';
import type { ImportColumn } from './columns.ts';
import type { ImportIssue } from './imports-api.ts';
import type { ImportSheet, SheetRow } from './read-file.ts';
import { controlCharacterMessage } from '../validation.ts';

/** A sheet whose headers are understood: cells are read by column key. */
export type MatchedSheet<K extends string> = {
  sheet: ImportSheet;
  /** The sheet's name in the report ("Prestataires", "Dossiers"). */
  label: string;
  has: (key: K) => boolean;
  /** The keys of the columns the sheet has. */
  keys: K[];
  cell: (row: SheetRow, key: K) => CellValue;
  header: (key: K) => string | null;
};

export type SheetMatch<K extends string> = { matched: MatchedSheet<K> | null; errors: ImportIssue[]; warnings: ImportIssue[] };

const quoted = (names: readonly string[]): string => names.map((name) => `« ${name} »`).join(', ');

/**
 * Matches the header row. A missing required column or a column given twice stops the sheet (every
 * row would be wrong, or read from a guessed column); an unknown column is reported, then ignored.
 */
export function matchSheet<K extends string>(sheet: ImportSheet, label: string, columns: readonly ImportColumn<K>[]): SheetMatch<K> {
  const sheetIssue = (message: string, column: string | null = null): ImportIssue => ({ sheet: label, row: 1, column, field: null, message });
  if (sheet.headers.every((header) => header.trim() === '')) {
    return { matched: null, errors: [sheetIssue('Aucune ligne d’en-tête : la ligne 1 doit nommer les colonnes (partez du modèle d’import).')], warnings: [] };
  }
  const match = matchHeaders(sheet.headers, columns);
  const errors: ImportIssue[] = [];
  if (match.missing.length > 0) {
    const names = match.missing.map((column) => column.label);
    errors.push(sheetIssue(`${names.length > 1 ? 'Colonnes obligatoires absentes' : 'Colonne obligatoire absente'} : ${quoted(names)}.`));
  }
  for (const duplicate of match.duplicates) {
    const headers = duplicate.indexes.map((index) => sheet.headers[index] ?? '');
    errors.push(sheetIssue(`Colonnes en double : ${quoted(headers)} désignent la même donnée ; gardez-en une seule.`, headers[0] ?? null));
  }
  const warnings = match.unknown.map(({ header }) => sheetIssue(`Colonne inconnue « ${header} » : elle n’a pas été lue.`, header));
  if (errors.length > 0) return { matched: null, errors, warnings };

  const index = (key: K): number | undefined => match.columns[key];
  return {
    matched: {
      sheet,
      label,
      has: (key) => index(key) !== undefined,
      keys: (Object.keys(match.columns) as K[]).filter((key) => index(key) !== undefined),
      cell: (row, key) => {
        const at = index(key);
        return at === undefined ? null : (row.cells[at] ?? null);
      },
      header: (key) => {
        const at = index(key);
        return at === undefined ? null : (sheet.headers[at] ?? null);
      },
    },
    errors,
    warnings,
  };
}

/** The problems of one row, each at most once per column: a cell refused once is not refused again by the schema. */
export class RowIssues<K extends string> {
  readonly list: ImportIssue[] = [];
  private readonly columnsInError = new Set<string>();

  constructor(
    private readonly matched: MatchedSheet<K>,
    private readonly row: number,
  ) {}

  add(key: K | null, message: string, field: string | null = key): void {
    if (key !== null && this.columnsInError.has(key)) return;
    if (key !== null) this.columnsInError.add(key);
    this.list.push({ sheet: this.matched.label, row: this.row, column: key === null ? null : this.matched.header(key), field, message });
  }

  /** A text cell holding a control character (a NUL, a form feed…) is refused at its column. */
  refuseControlCharacters(row: SheetRow): void {
    for (const key of this.matched.keys) {
      const value = this.matched.cell(row, key);
      const message = typeof value === 'string' ? controlCharacterMessage(value) : null;
      if (message !== null) this.add(key, message);
    }
  }

  /** Schema issues, placed by `columnOf` (the path of a field → the column it was read from). */
  addSchemaIssues(error: z.ZodError, columnOf: (path: readonly PropertyKey[]) => K | null): void {
    for (const issue of error.issues) {
      const key = columnOf(issue.path);
      // A rule spanning fields that no column feeds still names its field, for code to place it.
      this.add(key, issue.message, key ?? (issue.path.map(String).join('.') || null));
    }
  }

  get hasErrors(): boolean {
    return this.list.length > 0;
  }
}
