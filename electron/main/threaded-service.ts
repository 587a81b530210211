// The main process's handle on the service running in its own thread (service-thread.ts): calls go as
// messages and come back as the same envelopes service.call gives; nothing heavy runs on the main thread.
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/domain/app-error.ts';
import { attachmentViewingCopy } from '../../core/service/attachments/attachment-files.ts';
import { openService, type OpenServiceOptions } from '../../core/service/open-service.ts';
import type { Result } from '../../core/service/result.ts';
import type { ThreadReply, ThreadRequest } from './service-thread-messages.ts';

export type ThreadedService = {
  databaseFile: string;
  call: (method: string, input: unknown) => Promise<Result<unknown>>;
  /** A verified, read-only copy of an attached file for the system's viewer; its path. */
  viewingCopy: (attachmentId: number, viewingDir: string) => Promise<Result<string>>;
  /** Closes the database in its thread, then ends the thread. */
  close: () => Promise<void>;
};

const THREAD_GONE: Result<never> = { ok: false, error: { code: 'unavailable', message: "Le service de l'application s'est arrêté ; l'opération n'a pas été faite. Relancez Pacte CAI." } };

let sourceBundle: Promise<URL> | null = null;

/**
 * The built app runs dist/electron/service-thread.mjs beside main.mjs. Tests run the TypeScript sources:
 * the thread is bundled once per process with esbuild (a devDependency, loaded only then), as the
 * build does; loading the sources through tsx in each thread took seconds per start.
 */
async function serviceThreadUrl(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL('./service-thread.mjs', import.meta.url);
  sourceBundle ??= (async () => {
    const [{ build }, { mkdtempSync, mkdirSync }, path, { fileURLToPath, pathToFileURL }] = await Promise.all([import('esbuild'), import('node:fs'), import('node:path'), import('node:url')]);
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    // Under node_modules so that the bundle's external packages resolve from the repository's.
    const cache = path.join(repo, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const outfile = path.join(mkdtempSync(path.join(cache, 'pacte-service-thread-')), 'service-thread.mjs');
    await build({ entryPoints: [path.join(repo, 'electron', 'main', 'service-thread.ts')], outfile, bundle: true, platform: 'node', target: 'node20', packages: 'external', format: 'esm', logLevel: 'warning' });
    return pathToFileURL(outfile);
  })();
  return sourceBundle;
}

export async function startThreadedService(options: Omit<OpenServiceOptions, 'reportInternalError'>): Promise<ThreadedService> {
  const worker = new Worker(await serviceThreadUrl(), { workerData: options });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let closing: Promise<void> | null = null;
  let alive = true;

  const settleAll = () => {
    for (const resolve of pending.values()) resolve(THREAD_GONE);
    pending.clear();
  };
  const send = <T,>(request: ThreadRequest & { id: number }): Promise<Result<T>> =>
    new Promise((resolve) => {
      if (!alive) {
        resolve(THREAD_GONE);
        return;
      }
      pending.set(request.id, resolve as (result: Result<unknown>) => void);
      worker.postMessage(request);
    });

  return new Promise((resolveStart, rejectStart) => {
    let started = false;
    worker.on('message', (reply: ThreadReply) => {
      if (reply.kind === 'ready') {
        started = true;
        resolveStart({
          databaseFile: reply.databaseFile,
          call: (method, input) => send({ kind: 'call', id: nextId++, method, input }),
          viewingCopy: (attachmentId, viewingDir) => send<string>({ kind: 'viewing-copy', id: nextId++, attachmentId, viewingDir }),
          close: () => {
            closing ??= new Promise<void>((resolveClose) => {
              if (!alive) {
                resolveClose();
                return;
              }
              worker.once('exit', () => resolveClose());
              worker.postMessage({ kind: 'close' } satisfies ThreadRequest);
            });
            return closing;
          },
        });
      } else if (reply.kind === 'open-failed') {
        rejectStart(new AppError(reply.code, reply.message));
        void worker.terminate();
      } else if (reply.kind === 'result') {
        const resolve = pending.get(reply.id);
        pending.delete(reply.id);
        resolve?.(reply.result);
      }
    });
    worker.on('error', (error) => {
      console.error('[pacte] service thread:', error);
      if (!started) rejectStart(error);
    });
    worker.on('exit', () => {
      alive = false;
      settleAll();
      if (!started) rejectStart(new Error('Le service de l’application s’est arrêté avant d’ouvrir la base.'));
    });
  });
}

/**
 * The same handle over a service opened in this thread. For tests of the main process that check the
 * window, the protocol or the menu: a thread costs a second of module loading per start, which they
 * do not need; the tests of the database's life go through the thread.
 */
export function startInProcessService(options: Omit<OpenServiceOptions, 'reportInternalError'>): ThreadedService {
  const opened = openService({ ...options, reportInternalError: (method, error) => console.error(`[pacte] internal error in ${method}:`, error) });
  return {
    databaseFile: opened.database.file,
    call: (method, input) => opened.service.call(method, input),
    viewingCopy: async (attachmentId, viewingDir) => {
      try {
        return { ok: true, value: attachmentViewingCopy(opened.service.context, attachmentId, viewingDir) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    },
    close: async () => opened.close(),
  };
}
