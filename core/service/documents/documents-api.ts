// PDF documents of a CAI session: schemas and result types (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type GeneratedDocument = {
  fileName: string;
  contentBase64: string;
  /** Full SHA-256 of the data the document was built from; its first 16 digits are printed in the footer, under which the audit log's head is. */
  dataSha256: string;
  reference: string;
};

/** All the avis of a session: one PDF holding them all (each from a new page), or one file per application. */
export type AvisSeries = { combined: true; document: GeneratedDocument; count: number } | { combined: false; files: GeneratedDocument[] };

const id = z.number().int().positive();

export const documentsMethods = {
  /** The minutes of the session: needs the scores revealed and an avis on every application of the agenda. */
  'documents.releve': defineMethod<GeneratedDocument>()(z.object({ sessionId: id }).strict()),
  /** The avis technique of one application: needs the scores revealed, the application on the agenda and its avis given. */
  'documents.avis': defineMethod<GeneratedDocument>()(z.object({ sessionId: id, applicationId: id }).strict()),
  /** Every avis technique of the session, in agenda order: refused while any application lacks its avis (named). */
  'documents.avisAll': defineMethod<AvisSeries>()(z.object({ sessionId: id, combined: z.boolean() }).strict()),
  /** The report to the board of directors: needs the session closed and an avis on every application. */
  'documents.rapportCa': defineMethod<GeneratedDocument>()(z.object({ sessionId: id }).strict()),
  /** One juror's paper scoring sheet, blank or filled with their submitted answers: filled once the scores are revealed, before only on that juror's own laptop. */
  'documents.fiche': defineMethod<GeneratedDocument>()(z.object({ sessionId: id, jurorId: id, blank: z.boolean().default(false) }).strict()),
};
