// Files attached to an application (statuts, RIB, budget…): the bytes live in the app's storage, named by SHA-256.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { applications } from './applications.ts';

export const DOCUMENT_TYPES = ['statuts', 'rib', 'compte_rendu_financier', 'contrat_engagement_republicain', 'budget', 'autre'] as const;

export const applicationAttachments = sqliteTable(
  'application_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    documentType: text('document_type', { enum: DOCUMENT_TYPES }).notNull(),
    /** The name the file had on the user's disk, shown and used when it is saved back. */
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Also the name of the stored copy: two identical files share one copy, a changed copy is detected. */
    sha256: text('sha256').notNull(),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by').notNull(),
    /** Withdrawn files stay listed in the history (who, when, why); their bytes are kept. */
    removedAt: text('removed_at'),
    removedBy: text('removed_by'),
    removedReason: text('removed_reason').notNull().default(''),
  },
  (t) => [
    index('application_attachments_application').on(t.applicationId),
    check('application_attachments_size', sql`${t.sizeBytes} >= 0`),
    check('application_attachments_sha256', sql`length(${t.sha256}) = 64`),
  ],
);
