// The app:// scheme wired to Electron's protocol module: privileged before 'ready', then handled by
// reading files of the built renderer only (the rules are in app-protocol.ts).
import fs from 'node:fs';
import type { Protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponseHeaders, resolveAppFile } from './app-protocol.ts';

/** Must run before the app is ready: Chromium fixes the list of privileged schemes at start. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export type ReadAppFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

// Looked up at each call on the fs module object, which Electron patches to read inside app.asar
// (a named import of node:fs/promises would bind whatever existed when the bundle was linked).
const readRendererFile: ReadAppFile = (file) => fs.promises.readFile(file);

const TEXT = 'text/plain; charset=utf-8';

/**
 * Answers GET and HEAD with a file of `rendererDir` and the app's headers (the CSP among them);
 * anything else gets a short refusal with the same headers. The packaged renderer stays inside app.asar.
 */
export function createAppRequestHandler(rendererDir: string, read: ReadAppFile = readRendererFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Méthode non autorisée', { status: 405, headers: { ...appResponseHeaders(TEXT), Allow: 'GET, HEAD' } });
    }
    const resolved = resolveAppFile(request.url, rendererDir);
    if (!resolved.ok) return new Response('Introuvable', { status: resolved.status, headers: appResponseHeaders(TEXT) });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(resolved.file);
    } catch {
      // Missing, a folder, unreadable: the page learns nothing more than "not here".
      return new Response('Introuvable', { status: 404, headers: appResponseHeaders(TEXT) });
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(resolved.contentType) });
  };
}

/** After 'ready', before the window loads its page. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, read?: ReadAppFile): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, read));
}
