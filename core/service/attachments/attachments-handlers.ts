// Attachments: copy a file into the app's storage and record it, list what a file has and lacks,
// withdraw one with a reason, and give the bytes back only when they are still the ones recorded.
import {
  applicationDocumentFacts,
  getAttachment,
  insertAttachment,
  isStoredCopyReferenced,
  listAttachments,
  markAttachmentRemoved,
} from '../../../db/queries/attachment-queries.ts';
import { recordPendingCopies } from './pending-copies.ts';
import { AppError } from '../../domain/app-error.ts';
import { guessMediaType } from '../../domain/attachment-file.ts';
import { requiredDocuments } from '../../domain/eligibility.ts';
import type { Handlers } from '../handlers.ts';
import { verifiedBytes } from './attachment-files.ts';
import { deleteCopy, sha256Hex, storeCopy } from './attachment-store.ts';
import { DOCUMENT_TYPE_LABELS, MAX_ATTACHMENT_BYTES, type attachmentsMethods, type AttachmentItem, type DocumentChecklistItem } from './attachments-api.ts';

/** The types a checklist shows, in the order a manager reads a file; "autre" is never required. */
const CHECKLIST_ORDER = ['statuts', 'rib', 'budget', 'contrat_engagement_republicain', 'compte_rendu_financier'] as const;

function checklist(facts: { isAssociation: boolean; isRenewal: boolean }, items: AttachmentItem[]): DocumentChecklistItem[] {
  const required = new Set<string>(requiredDocuments(facts));
  const present = new Set<string>(items.filter((item) => !item.isRemoved).map((item) => item.documentType));
  return CHECKLIST_ORDER.map((documentType) => ({
    documentType,
    label: DOCUMENT_TYPE_LABELS[documentType],
    isRequired: required.has(documentType),
    isPresent: present.has(documentType),
  }));
}

export const attachmentsHandlers: Handlers<keyof typeof attachmentsMethods> = {
  'attachments.add': ({ applicationId, documentType, fileName, mediaType, contentBase64 }, { db, attachmentsDir, now, actor }) => {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length === 0) throw new AppError('validation', 'Le fichier est vide.', [{ path: 'contentBase64', message: 'Le fichier est vide.' }]);
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('validation', 'Fichier trop volumineux (20 Mo au plus).', [{ path: 'contentBase64', message: 'Fichier trop volumineux (20 Mo au plus).' }]);
    // Before any byte is written: an unknown application leaves neither a row nor a stray copy.
    if (!applicationDocumentFacts(db, applicationId)) {
      throw new AppError('validation', `Aucun dossier n° ${applicationId} : la pièce n'a pas été ajoutée.`, [{ path: 'applicationId', message: 'Dossier inconnu.' }]);
    }
    const sha256 = sha256Hex(bytes);
    let wroteCopy: boolean;
    let pending = { release: () => undefined as void };
    try {
      pending = recordPendingCopies(attachmentsDir, [sha256]);
      wroteCopy = storeCopy(attachmentsDir, bytes, sha256);
    } catch (error) {
      pending.release();
      const reason = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'disque plein' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      throw new AppError('storage', `Le fichier « ${fileName} » n'a pas pu être copié dans le stockage des pièces jointes (${attachmentsDir}) : ${reason}.`);
    }
    try {
      const id = insertAttachment(db, {
        applicationId,
        documentType,
        fileName,
        mediaType: mediaType || guessMediaType(fileName),
        sizeBytes: bytes.length,
        sha256,
        addedAt: now().toISOString(),
        addedBy: actor,
      });
      return getAttachment(db, id);
    } catch (error) {
      // A copy this call wrote and no row names would only take space: it goes with the failed insert.
      if (wroteCopy && !isStoredCopyReferenced(db, sha256)) deleteCopy(attachmentsDir, sha256);
      pending.release();
      throw error;
    }
  },
  'attachments.list': ({ applicationId }, { db }) => {
    const facts = applicationDocumentFacts(db, applicationId);
    if (!facts) throw new AppError('not_found', `Aucun dossier n° ${applicationId}.`);
    const items = listAttachments(db, applicationId);
    return { applicationId, items, required: checklist(facts, items) };
  },
  'attachments.remove': ({ id, reason }, { db, now, actor }) => {
    const item = getAttachment(db, id);
    if (!markAttachmentRemoved(db, { id, at: now().toISOString(), by: actor, reason })) {
      throw new AppError('conflict', `La pièce « ${item.fileName} » a déjà été retirée${item.removedBy ? ` par ${item.removedBy}` : ''}.`);
    }
    return getAttachment(db, id);
  },
  'attachments.content': ({ id }, context) => {
    const { item, bytes } = verifiedBytes(context, id);
    return { fileName: item.fileName, mediaType: item.mediaType, contentBase64: bytes.toString('base64') };
  },
};
