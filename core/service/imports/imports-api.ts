// Spreadsheet import of providers and applications: schemas and result types (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type ImportSheetKind = 'providers' | 'applications';

/** One problem, placed where the person will look for it: sheet, row and column of their file. */
export type ImportIssue = {
  /** "Prestataires" or "Dossiers". */
  sheet: string;
  /** Spreadsheet row number (the header is row 1); null for the file as a whole. */
  row: number | null;
  /** The header as written in the file; null when the problem is not one column's. */
  column: string | null;
  /** The column's key in our template (e.g. "siret", "startsOn", "budget:64"), for code. */
  field: string | null;
  /** French, for a person. */
  message: string;
};

export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'error';
export type ImportRowReport = { sheet: string; row: number; status: ImportRowStatus; label: string };
export type ImportCounts = { providers: number; applications: number };

/**
 * What an import did, or would do (preview, or a refused commit: `committed` false). Counts and row
 * statuses describe the valid rows; nothing is written unless `committed` is true.
 */
export type ImportReport = {
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  rows: ImportRowReport[];
  committed: boolean;
};

export type ImportTemplate = { fileName: string; mediaType: string; contentBase64: string };

// 20 Mo: far beyond a year of applications, short of what would stall the app while it is read.
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;

export const importRunSchema = z
  .object({
    fileName: z.string().trim().min(1, 'Nom de fichier requis.').max(260),
    contentBase64: z
      .string()
      .max(MAX_BASE64_CHARS, 'Fichier trop volumineux (20 Mo au plus).')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Contenu du fichier mal encodé (base64 attendu).'),
    /** The call the applications join; not needed for a file of providers only. */
    callId: z.number().int().positive().optional(),
    mode: z.enum(['preview', 'commit'], { error: 'Mode : preview ou commit.' }),
    /** Write the valid rows and leave the others, instead of writing nothing when a row is wrong. */
    validOnly: z.boolean().default(false),
    /** What a CSV file holds (an .xlsx says it by its sheet names). */
    csvKind: z.enum(['providers', 'applications']).default('applications'),
  })
  .strict();

export const importsMethods = {
  'imports.template': defineMethod<ImportTemplate>()(z.object({ format: z.enum(['xlsx', 'csv'], { error: 'Format : xlsx ou csv.' }) }).strict()),
  'imports.run': defineMethod<ImportReport>()(importRunSchema),
};
