// Node-side access to the stored copies for the hosts: the verified bytes, the verified path, and the
// copy the desktop app hands to the system's viewer.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getAttachment } from '../../../db/queries/attachment-queries.ts';
import { AppError } from '../../domain/app-error.ts';
import { isViewableDocument } from '../../domain/attachment-file.ts';
import type { ServiceContext } from '../context.ts';
import { readVerifiedCopy, sha256Hex, storedCopyPath } from './attachment-store.ts';
import type { AttachmentItem } from './attachments-api.ts';

function integrityError(item: AttachmentItem, attachmentsDir: string): AppError {
  return new AppError(
    'integrity',
    `Le fichier « ${item.fileName} » a été modifié ou supprimé du stockage des pièces jointes (${attachmentsDir}) depuis son ajout : il ne peut pas être ouvert. Restaurez ce dossier depuis une sauvegarde, ou retirez la pièce et ajoutez-la de nouveau.`,
  );
}

/** The recorded row and its bytes, once they hash to the recorded SHA-256; else an 'integrity' error. */
export function verifiedBytes(context: ServiceContext, id: number): { item: AttachmentItem; bytes: Buffer } {
  const item = getAttachment(context.db, id);
  const bytes = readVerifiedCopy(context.attachmentsDir, item.sha256);
  if (!bytes) throw integrityError(item, context.attachmentsDir);
  return { item, bytes };
}

/** The absolute path of the stored copy, once its bytes are checked against the recorded SHA-256. */
export function attachmentPath(context: ServiceContext, id: number): string {
  const { item } = verifiedBytes(context, id);
  return storedCopyPath(context.attachmentsDir, item.sha256);
}

function sameBytes(file: string, sha256: string): boolean {
  try {
    return sha256Hex(readFileSync(file)) === sha256;
  } catch {
    return false;
  }
}

/**
 * What the desktop app opens: a read-only copy, under the file's own name, in viewingDir. Not the stored
 * copy itself: it is named by its hash, without the extension the system needs to choose a viewer, and a
 * viewer that saves in place would change the filed bytes. Only documents are opened (see isViewableDocument).
 */
export function attachmentViewingCopy(context: ServiceContext, id: number, viewingDir: string): string {
  const { item, bytes } = verifiedBytes(context, id);
  if (!isViewableDocument(item.fileName)) {
    throw new AppError(
      'not_viewable',
      `Par sécurité, « ${item.fileName} » ne s'ouvre pas depuis l'application : seuls les documents (PDF, images, textes, tableurs) s'ouvrent ainsi ; enregistrez-en une copie pour l'examiner.`,
    );
  }
  // The name was checked when the file was added; basename guards against a row written by other means.
  const fileName = path.basename(item.fileName);
  const target = path.join(viewingDir, `${item.id}-${item.sha256.slice(0, 16)}`, fileName);
  if (sameBytes(target, item.sha256)) return target;
  // A changed copy (made writable, edited) may still be open, and locked on Windows: a fresh folder, never an overwrite.
  const fresh = existsSync(target) ? path.join(viewingDir, `${item.id}-${randomBytes(6).toString('hex')}`, fileName) : target;
  mkdirSync(path.dirname(fresh), { recursive: true });
  writeFileSync(fresh, bytes, { mode: 0o444, flag: 'wx' });
  return fresh;
}

