// The main side of the generic IPC channel: checks who calls, then hands over to the service.
import type { IpcMain } from 'electron';
import type { Service } from '../../core/service/create-service.ts';
import type { Result } from '../../core/service/result.ts';
import { INVOKE_CHANNEL } from '../preload/ipc-channels.ts';
import { isAppPageUrl } from './app-protocol.ts';

/** What the handlers read of IpcMainInvokeEvent: the frame that called, if it still exists. */
export type InvokeEvent = { readonly senderFrame: { readonly url: string; readonly parent: unknown } | null };

export type InvokeHandlerOptions = {
  /** Read at each call: the service exists only once the database is open. */
  getService: () => Pick<Service, 'call'> | null;
};

const INTERNAL_ERROR: Result<never> = {
  ok: false,
  error: { code: 'internal', message: "Erreur interne de l'application ; l'opération n'a pas été faite." },
};

/**
 * Never throws: a rejected ipcRenderer.invoke would reach the page as a bare Error with the main
 * process's message, while the envelope gives it a code and a French message.
 */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (event: InvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    try {
      const refusal = refuseSender(event);
      if (refusal) return refusal;
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'bad_request', message: "Appel refusé : le nom de l'opération doit être un texte." } };
      }
      const service = options.getService();
      if (!service) {
        return { ok: false, error: { code: 'unavailable', message: "La base de données n'est pas ouverte ; l'opération n'a pas été faite." } };
      }
      return await service.call(method, input);
    } catch (error) {
      console.error(`[pacte] IPC ${String(method)}:`, error);
      return INTERNAL_ERROR;
    }
  };
}

/**
 * Only our own page (app://pacte/index.html), in the top frame, may call: not an iframe, not a page
 * navigated elsewhere, not a file:// page, whatever it holds. Every channel checks it. The URL is
 * checked rather than the origin: about:blank, blob: or srcdoc frames inherit an origin, not our URL.
 */
export function refuseSender(event: InvokeEvent): Result<never> | null {
  const gone = forbidden("la page qui l'a fait n'existe plus.");
  let frame: InvokeEvent['senderFrame'];
  let parentIsNull: boolean;
  let url: string;
  try {
    frame = event.senderFrame;
    if (!frame) return gone;
    parentIsNull = frame.parent === null;
    url = frame.url;
  } catch {
    // Electron throws when a frame is read after it was disposed (the page reloaded meanwhile).
    return gone;
  }
  if (!parentIsNull) return forbidden("il vient d'un cadre intégré.");
  if (!isAppPageUrl(url)) return forbidden("il ne vient pas de la page de l'application.");
  return null;
}

function forbidden(reason: string): Result<never> {
  return { ok: false, error: { code: 'forbidden', message: `Appel refusé : ${reason}` } };
}

export function registerInvokeHandler(ipcMain: IpcMain, options: InvokeHandlerOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(options));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
