// Spreadsheet exports people take to meetings (browser-safe): the applications list with its filters, a
// session's results and avis, the jurors' progress; each as .xlsx or as a CSV French Excel opens.
// Named after the data they export ("applications.export"), so that they sit beside the methods that
// show the same rows, and so that the audit log reads them as reads (an "export…" verb writes nothing).
import { z } from 'zod';
import { applicationsMethods } from '../applications/applications-api.ts';
import { defineMethod } from '../define.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The order of the deliberation's table: by rank or in discussion order (the screen's two choices). */
export const RESULTS_ORDERS = ['rank', 'position'] as const;
export type ResultsOrder = (typeof RESULTS_ORDERS)[number];

/** A produced file, handed over as the documents are; rowCount: the data rows (header and title aside). */
export type ExportedFile = { fileName: string; mediaType: string; contentBase64: string; rowCount: number };

const id = z.number().int().positive();
const format = z.enum(EXPORT_FORMATS, { error: 'Format : xlsx ou csv.' });

// The list's own filters and sort, without its page: an export holds every matching row.
const applicationsExportSchema = applicationsMethods['applications.list'].input.omit({ limit: true, offset: true }).extend({ format }).strict();

export const exportsMethods = {
  /** Every application matching the list's filters, in the list's order (never only the rows a screen loaded). */
  'applications.export': defineMethod<ExportedFile>()(applicationsExportSchema),
  /** The revealed results and the avis; refused while the scores are sealed. */
  'sessions.exportResults': defineMethod<ExportedFile>()(
    z.object({ sessionId: id, format, order: z.enum(RESULTS_ORDERS).default('rank'), disputedFirst: z.boolean().default(false) }).strict(),
  ),
  /** Each juror's sheets, complete and submitted, over those to score: never a score, at any stage. */
  'sessions.exportProgress': defineMethod<ExportedFile>()(z.object({ sessionId: id, format }).strict()),
};
