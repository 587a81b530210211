// The main side of pacte:open-attachment: the same sender checks as pacte:invoke, then a verified,
// read-only copy of the file goes to the system's viewer (shell.openPath).
import type { IpcMain } from 'electron';
import { AppError } from '../../core/domain/app-error.ts';
import { attachmentViewingCopy } from '../../core/service/attachments/attachment-files.ts';
import type { Service } from '../../core/service/create-service.ts';
import type { Result } from '../../core/service/result.ts';
import { OPEN_ATTACHMENT_CHANNEL } from '../preload/ipc-channels.ts';
import { refuseSender, type InvokeEvent } from './ipc.ts';

export type OpenAttachmentOptions = {
  /** Read at each call: the service exists only once the database is open. */
  getService: () => AttachmentViewer | null;
  /** Where the copies handed to the viewer go (a folder of the system's temporary directory). */
  viewingDir: string;
  /** shell.openPath: resolves to '' on success, else the system's reason. */
  openPath: (file: string) => Promise<string>;
};

/** Makes the viewer's copy where the database is: the service's thread in the app, the service itself in tests. */
export type AttachmentViewer = { viewingCopy: (attachmentId: number, viewingDir: string) => Promise<Result<string>> };

/** A viewer over a service in this thread (the CLI's and tests' way). */
export function inProcessViewer(service: Pick<Service, 'context'>): AttachmentViewer {
  return {
    viewingCopy: async (attachmentId, viewingDir) => {
      try {
        return { ok: true, value: attachmentViewingCopy(service.context, attachmentId, viewingDir) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    },
  };
}

const failure = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Never throws, like the invoke handler: the page always gets an envelope with a French message. */
export function createOpenAttachmentHandler(options: OpenAttachmentOptions) {
  return async (event: InvokeEvent, id: unknown): Promise<Result<null>> => {
    try {
      const refusal = refuseSender(event);
      if (refusal) return refusal;
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return failure('bad_request', 'Appel refusé : le numéro de la pièce doit être un entier positif.');
      const service = options.getService();
      if (!service) return failure('unavailable', "La base de données n'est pas ouverte ; la pièce n'a pas été ouverte.");
      const copy = await service.viewingCopy(id, options.viewingDir);
      if (!copy.ok) return copy;
      const file = copy.value;
      const reason = await options.openPath(file);
      if (reason) return failure('open_failed', `La pièce n'a pas pu être ouverte avec l'application du système : ${reason}. Vérifiez qu'une application sait ouvrir ce type de fichier.`);
      return { ok: true, value: null };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message);
      console.error(`[pacte] IPC ${OPEN_ATTACHMENT_CHANNEL}:`, error);
      return failure('internal', "Erreur interne de l'application ; la pièce n'a pas été ouverte.");
    }
  };
}

export function registerOpenAttachmentHandler(ipcMain: IpcMain, options: OpenAttachmentOptions): () => void {
  ipcMain.handle(OPEN_ATTACHMENT_CHANNEL, createOpenAttachmentHandler(options));
  return () => ipcMain.removeHandler(OPEN_ATTACHMENT_CHANNEL);
}
