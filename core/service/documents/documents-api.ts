// PDF documents of a CAI session: schemas and result types (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

export type GeneratedDocument = {
  fileName: string;
  contentBase64: string;
  /** Full SHA-256 of the data the document was built from; its first 16 digits are printed in the footer. */
  dataSha256: string;
  reference: string;
};

const id = z.number().int().positive();

export const documentsMethods = {
  /** The minutes of the session: needs the scores revealed and an avis on every application of the agenda. */
  'documents.releve': defineMethod<GeneratedDocument>()(z.object({ sessionId: id }).strict()),
};
