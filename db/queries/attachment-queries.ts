// Rows of the attached files: what is attached to an application, and the soft removal that keeps the trace.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { AttachmentItem, DocumentType } from '../../core/service/attachments/attachments-api.ts';
import type { Db } from '../open-database.ts';
import { applications } from '../schema/applications.ts';
import { applicationAttachments, DOCUMENT_TYPES } from '../schema/attachments.ts';
import { providers } from '../schema/providers.ts';

// The API's list and the schema's must stay one list: each assignment fails to compile if one gains a type.
const _schemaTypesAreApiTypes: readonly DocumentType[] = DOCUMENT_TYPES;
const _apiTypesAreSchemaTypes: readonly (typeof DOCUMENT_TYPES)[number][] = [] as DocumentType[];

const itemColumns = {
  id: applicationAttachments.id,
  applicationId: applicationAttachments.applicationId,
  documentType: applicationAttachments.documentType,
  fileName: applicationAttachments.fileName,
  mediaType: applicationAttachments.mediaType,
  sizeBytes: applicationAttachments.sizeBytes,
  sha256: applicationAttachments.sha256,
  addedAt: applicationAttachments.addedAt,
  addedBy: applicationAttachments.addedBy,
  isRemoved: sql<boolean>`${applicationAttachments.removedAt} is not null`.mapWith(Boolean),
  removedAt: applicationAttachments.removedAt,
  removedBy: applicationAttachments.removedBy,
  removedReason: applicationAttachments.removedReason,
};

/** What decides the required documents: the provider's legal form and whether the action is renewed. */
export function applicationDocumentFacts(db: Db, applicationId: number): { isAssociation: boolean; isRenewal: boolean } | undefined {
  const row = db
    .select({ legalForm: providers.legalForm, isRenewal: applications.isRenewal })
    .from(applications)
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .where(eq(applications.id, applicationId))
    .get();
  return row && { isAssociation: row.legalForm === 'association', isRenewal: row.isRenewal };
}

/** Oldest first, withdrawn ones included. */
export function listAttachments(db: Db, applicationId: number): AttachmentItem[] {
  return db.select(itemColumns).from(applicationAttachments).where(eq(applicationAttachments.applicationId, applicationId)).orderBy(asc(applicationAttachments.id)).all();
}

export function getAttachment(db: Db, id: number): AttachmentItem {
  const row = db.select(itemColumns).from(applicationAttachments).where(eq(applicationAttachments.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucune pièce jointe n° ${id}.`);
  return row;
}

export type NewAttachment = Omit<AttachmentItem, 'id' | 'isRemoved' | 'removedAt' | 'removedBy' | 'removedReason'>;

export function insertAttachment(db: Db, attachment: NewAttachment): number {
  return db.transaction((tx) => {
    // Checked here rather than left to the foreign key: the person gets a French sentence, not a SQLite code.
    const application = tx.select({ id: applications.id }).from(applications).where(eq(applications.id, attachment.applicationId)).get();
    if (!application) {
      throw new AppError('validation', `Aucun dossier n° ${attachment.applicationId} : la pièce n'a pas été ajoutée.`, [{ path: 'applicationId', message: 'Dossier inconnu.' }]);
    }
    return tx.insert(applicationAttachments).values(attachment).returning({ id: applicationAttachments.id }).get().id;
  });
}

/** Only a file still attached is withdrawn: a second removal would overwrite who removed it and why. */
export function markAttachmentRemoved(db: Db, change: { id: number; at: string; by: string; reason: string }): boolean {
  const result = db
    .update(applicationAttachments)
    .set({ removedAt: change.at, removedBy: change.by, removedReason: change.reason })
    .where(and(eq(applicationAttachments.id, change.id), isNull(applicationAttachments.removedAt)))
    .run();
  return result.changes === 1;
}

/** Whether any row, withdrawn or not, names this stored copy (withdrawn files keep their bytes). */
export function isStoredCopyReferenced(db: Db, sha256: string): boolean {
  return db.select({ id: applicationAttachments.id }).from(applicationAttachments).where(eq(applicationAttachments.sha256, sha256)).limit(1).get() !== undefined;
}
