// The browser mode: the built renderer and the API over HTTP, on 127.0.0.1 only. Like Jupyter's token
// login: the per-run token appears only in the URL printed to the terminal of whoever started the
// host; opening that URL exchanges it for an HttpOnly, SameSite=Strict session cookie, and the page
// itself never holds the token (another local account reading `GET /` learns nothing).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Service } from '../../core/service/create-service.ts';
import type { Result } from '../../core/service/result.ts';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES, contentTypeOf } from '../common/web-content.ts';

export const TOKEN_HEADER = 'x-pacte-token';
/** Cookies are shared by every port of a host name: the port in the name keeps two hosts (the chair's, a juror's laptop test) apart. */
export const sessionCookieName = (port: number): string => `pacte_session_${port}`;
/** Keys in one JSON body: a pact referential has a few thousand; 300,000 unknown keys blocked the host for 8 s. */
export const MAX_JSON_KEYS = 50_000;
// 30 Mo: a 20 Mo attachment or spreadsheet travels as base64 (4/3 of its size) inside the JSON body.
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

const STATUS_BY_ERROR_CODE: Record<string, number> = {
  forbidden: 403,
  unknown_method: 404,
  not_found: 404,
  validation: 400,
  bad_request: 400,
  conflict: 409,
  internal: 500,
};

export type HttpHost = {
  /** The app's base address, what the page and the API live under. */
  url: string;
  /** The address to open once: it carries the token, exchanged for the session cookie. */
  loginUrl: string;
  port: number;
  token: string;
  close: () => Promise<void>;
};

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
  const allowedOrigins = new Set<string>();
  /** Session secrets handed out for this run; a restart of the host asks for the printed URL again. */
  const sessions = new Set<string>();
  let cookieName = '';

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach us.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendEnvelope(response, forbidden('Hôte non autorisé.'));
    }
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url ?? '/', origin);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Adresse mal formée.' } });
    }
    if (pathname.startsWith('/api/')) return handleApi(request, response, pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const offered = url.searchParams.get('token');
    if (offered !== null) return logIn(response, offered);
    return serveStatic(request, response, pathname);
  }

  function logIn(response: http.ServerResponse, offered: string): void {
    if (!tokenMatches(offered)) {
      response.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(pageOf('Jeton invalide : ouvrez l’adresse complète affichée dans le terminal par « pacte serve » lors de ce lancement.'));
      return;
    }
    const session = randomBytes(32).toString('base64url');
    sessions.add(session);
    // The token leaves the address bar at once: the redirect drops it (the #/route, if any, is kept by the browser).
    response.writeHead(303, { Location: '/', 'Set-Cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' }).end();
  }

  function hasSession(request: http.IncomingMessage): boolean {
    const cookies = (request.headers.cookie ?? '').split(';').map((part) => part.trim());
    return cookies.some((cookie) => cookie.startsWith(`${cookieName}=`) && sessions.has(cookie.slice(cookieName.length + 1)));
  }

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Les appels à l’API se font en POST.' } });
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)) return sendEnvelope(response, forbidden('Appel refusé : il vient d’une autre origine que l’application.'));
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return sendEnvelope(response, forbidden('Appel refusé : il vient d’un autre site.'));
    // The page's calls carry the session cookie; a script may send the token itself in the header.
    if (!hasSession(request) && !tokenMatches(request.headers[TOKEN_HEADER])) {
      return sendEnvelope(response, forbidden('Appel refusé : session absente ou expirée. Ouvrez l’adresse complète affichée dans le terminal par « pacte serve ».'));
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).' } });
    }
    const body = await readBody(request);
    if (body === null) return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message: 'Requête trop volumineuse (30 Mo au plus).' } });
    let input: unknown;
    let keys = 0;
    try {
      input =
        body.length === 0
          ? {}
          : JSON.parse(body, function countKeys(this: unknown, _key: string, value: unknown) {
              keys += 1;
              if (keys > MAX_JSON_KEYS) throw new TooManyKeys();
              return value;
            });
    } catch (error) {
      const message = error instanceof TooManyKeys ? `Requête refusée : plus de ${MAX_JSON_KEYS.toLocaleString('fr-FR')} valeurs dans le corps.` : 'Le corps de la requête n’est pas un JSON valide.';
      return sendEnvelope(response, { ok: false, error: { code: 'bad_request', message } });
    }
    sendEnvelope(response, await options.service.call(method, input));
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const expected = Buffer.from(token);
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  async function serveStatic(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    // The scripts and styles are the same for everyone; the page, which opens the data, needs the session.
    if (relative === 'index.html' && !hasSession(request)) {
      response.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(pageOf('Pour ouvrir Pacte CAI, utilisez l’adresse complète (avec <code>?token=…</code>) affichée dans le terminal où « pacte serve » a été lancé. Elle ne sert qu’une fois par navigateur et par lancement.'));
      return;
    }
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
    if (relative === 'index.html') {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' }).end(content);
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypeOf(file) }).end(content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
  for (const host of allowedHosts) allowedOrigins.add(`http://${host}`);
  cookieName = sessionCookieName(port);

  return {
    url: `${origin}/`,
    loginUrl: `${origin}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

class TooManyKeys extends Error {}

function pageOf(message: string): string {
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Pacte CAI</title><p>${message}</p></html>`;
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
