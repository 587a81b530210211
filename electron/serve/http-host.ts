// The browser mode: the built renderer and the API over HTTP, on 127.0.0.1 only, guarded by a per-run token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Service } from '../../core/service/create-service.ts';
import type { Result } from '../../core/service/result.ts';

export const TOKEN_HEADER = 'x-pacte-token';
// 30 Mo: a 20 Mo attachment or spreadsheet travels as base64 (4/3 of its size) inside the JSON body.
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The preview of a generated PDF: a blob the page made itself, shown by the browser's PDF viewer.
  'frame-src blob:',
  'object-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const STATUS_BY_ERROR_CODE: Record<string, number> = {
  forbidden: 403,
  unknown_method: 404,
  not_found: 404,
  validation: 400,
  bad_request: 400,
  conflict: 409,
  internal: 500,
};

export type HttpHost = { url: string; port: number; token: string; close: () => Promise<void> };

export type HttpHostOptions = {
  service: Service;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
};

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[pacte serve]', error);
      if (!response.headersSent) sendEnvelope(response, { ok: false, error: { code: 'internal', message: 'Erreur interne du serveur.' } });
      else response.end();
    });
  });

  let origin = '';
  const allowedHosts = new Set<string>();

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach us.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendEnvelope(response, forbidden('Hôte non autorisé.'));
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, decodeURIComponent(url.pathname.slice('/api/'.length)));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    return serveStatic(response, url.pathname);
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Les appels à l’API se font en POST.' } });
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return sendEnvelope(response, forbidden('Appel refusé : il vient d’une autre origine que l’application.'));
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return sendEnvelope(response, forbidden('Appel refusé : il vient d’un autre site.'));
    if (!tokenMatches(request.headers[TOKEN_HEADER])) return sendEnvelope(response, forbidden('Appel refusé : jeton de session absent ou invalide. Rechargez la page ouverte depuis l’adresse affichée par « pacte serve ».'));
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).' } });
    }
    const body = await readBody(request);
    if (body === null) return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Requête trop volumineuse (30 Mo au plus).' } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Le corps de la requête n’est pas un JSON valide.' } });
    }
    sendEnvelope(response, await options.service.call(method, input));
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const expected = Buffer.from(token);
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  async function serveStatic(response: http.ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(options.rendererDir, relative);
    if (!file.startsWith(path.resolve(options.rendererDir) + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      if (relative === 'index.html') {
        response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' }).end(
          '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Pacte CAI</title><p>L’interface n’est pas construite : lancez <code>npm run build</code> puis relancez le serveur.</p></html>',
        );
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
      return;
    }
    const extension = path.extname(file);
    if (relative === 'index.html') {
      const html = content.toString('utf8').replace(/<meta name="pacte-token" content="[^"]*"\s*\/?>/, `<meta name="pacte-token" content="${token}" />`);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' }).end(html);
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream' }).end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);

  return {
    url: `${origin}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forbidden(message: string): Result<never> {
  return { ok: false, error: { code: 'forbidden', message } };
}

function setSecurityHeaders(response: http.ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendEnvelope(response: http.ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : (STATUS_BY_ERROR_CODE[result.error.code] ?? 422);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(result));
}

function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
