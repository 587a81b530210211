// The documents and the open-data export of the conventions (browser-safe: zod and types only).
import { z } from 'zod';
import { defineMethod } from '../define.ts';
import type { GeneratedDocument } from '../documents/documents-api.ts';
import type { ScdlExport } from './conventions-api.ts';

const id = z.number().int().positive();
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const yearSchema = z.number().int().min(2000).max(2100);

export type ConventionSeries = { combined: true; document: GeneratedDocument; count: number } | { combined: false; files: GeneratedDocument[] };

export const conventionDocumentsMethods = {
  'documents.convention': defineMethod<GeneratedDocument>()(z.object({ conventionId: id }).strict()),
  'documents.avenant': defineMethod<GeneratedDocument>()(z.object({ conventionId: id, rank: z.number().int().positive() }).strict()),
  'documents.certificat': defineMethod<GeneratedDocument>()(z.object({ paymentId: id }).strict()),
  /** Every convention drafted from a session: one combined PDF or one file each. */
  'documents.conventionsAll': defineMethod<ConventionSeries>()(
    z.object({ sessionId: id, combined: z.boolean() }).strict(),
  ),
  /** The SCDL "subventions" 2.1.1 CSV of the conventions signed in a year (or between two dates); all or nothing. */
  'conventions.exportScdl': defineMethod<ScdlExport>()(
    z
      .object({ year: yearSchema.optional(), from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((input) => (input.year !== undefined) !== (input.from !== undefined && input.to !== undefined), { message: 'Indiquez une année, ou une date de début et une date de fin.', path: ['year'] }),
  ),
};
