// The service's own thread in the desktop app. Electron's main process draws no pixel, but it routes
// every event of the window: a 2,000-row import or a batch of PDFs run there froze the window until
// they ended, and a provider's pathological file could stall it. Here the database and every method
// run beside it; the main process only forwards messages (threaded-service.ts). No electron import:
// a worker thread cannot load it.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/domain/app-error.ts';
import { attachmentViewingCopy } from '../../core/service/attachments/attachment-files.ts';
import { openService, type OpenedService, type OpenServiceOptions } from '../../core/service/open-service.ts';
import type { ThreadReply, ThreadRequest } from './service-thread-messages.ts';

function serve(port: NonNullable<typeof parentPort>, options: Omit<OpenServiceOptions, 'reportInternalError'>): void {
  let opened: OpenedService;
  try {
    opened = openService({ ...options, reportInternalError: (method, error) => console.error(`[pacte] internal error in ${method}:`, error) });
  } catch (error) {
    // The main process shows it in its error box, with the code that picks the advice.
    const reply: ThreadReply = { kind: 'open-failed', code: error instanceof AppError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
    return;
  }
  const ready: ThreadReply = { kind: 'ready', databaseFile: opened.database.file };
  port.postMessage(ready);
  port.on('message', (request: ThreadRequest) => {
    if (request.kind === 'close') {
      opened.close();
      port.postMessage({ kind: 'closed' } satisfies ThreadReply);
      port.close();
      return;
    }
    if (request.kind === 'call') {
      void opened.service.call(request.method, request.input).then((result) => port.postMessage({ kind: 'result', id: request.id, result } satisfies ThreadReply));
      return;
    }
    try {
      const file = attachmentViewingCopy(opened.service.context, request.attachmentId, request.viewingDir);
      port.postMessage({ kind: 'result', id: request.id, result: { ok: true, value: file } } satisfies ThreadReply);
    } catch (error) {
      const result = error instanceof AppError ? { ok: false as const, error: { code: error.code, message: error.message } } : { ok: false as const, error: { code: 'internal', message: "Erreur interne de l'application ; la pièce n'a pas été ouverte." } };
      if (!(error instanceof AppError)) console.error('[pacte] viewing copy:', error);
      port.postMessage({ kind: 'result', id: request.id, result } satisfies ThreadReply);
    }
  });
}

if (parentPort) serve(parentPort, workerData as Omit<OpenServiceOptions, 'reportInternalError'>);
