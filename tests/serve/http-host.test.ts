// The browser mode's host: the renderer and the API on 127.0.0.1 only; the page and the API need the
// session opened with this run's printed URL (or, for a script, the token in a header) and must come
// from the app's own origin and host name; no file outside the renderer leaks.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ApiError, Result } from '../../core/service/api.ts';
import { latestSchemaVersion } from '../../db/open-database.ts';
import { MAX_ATTACHMENT_BYTES } from '../../core/service/attachments/attachments-api.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/web-content.ts';
import { MAX_BODY_BYTES, MAX_JSON_KEYS, sessionCookieName, startHttpHost, TOKEN_HEADER, type HttpHost } from '../../electron/serve/http-host.ts';
import { FRENCH, migrationsFolder, openTestService, repoRoot, tempDir } from '../support/test-app.ts';

const INDEX_HTML = '<!doctype html><html lang="fr"><head></head><body>Pacte CAI</body></html>';
const SECRET = 'secret-hors-du-dossier-renderer';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request: node's http keeps the path and the Host header exactly as written (fetch would normalise them). */
function request(host: HttpHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function callApi(host: HttpHost, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(host, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(input),
  });
}

const errorOf = (reply: Reply) => (JSON.parse(reply.body) as { ok: false; error: ApiError }).error;

/** A host on a fresh service and a renderer folder of one page, with a file beside (not inside) it. */
async function startTestHost(): Promise<HttpHost> {
  const { service, dir } = openTestService();
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("pacte");');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  const host = await startHttpHost({ service, rendererDir, port: 0 });
  onTestFinished(() => host.close());
  return host;
}

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const host = await startTestHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  /** Opens the printed URL as a browser would: the session cookie it sets. */
  async function logIn(host: HttpHost): Promise<string> {
    const reply = await request(host, { path: new URL(host.loginUrl).pathname + new URL(host.loginUrl).search });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']?.[0] ?? '');
    expect(cookie).toMatch(new RegExp(`^${sessionCookieName(host.port)}=[\\w-]{40,}; HttpOnly; SameSite=Strict; Path=/$`, 'u'));
    return cookie.split(';')[0] ?? '';
  }

  it('prints a login URL holding the token; opening it sets an HttpOnly, SameSite=Strict cookie and drops the token from the address', async () => {
    const host = await startTestHost();
    expect(host.loginUrl).toBe(`${host.url}?token=${host.token}`);
    const cookie = await logIn(host);
    expect(cookie).not.toContain(host.token);
    const page = await request(host, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const reply = await request(host, { method: 'POST', path: '/api/pacts.list', headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: host.url.slice(0, -1) }, body: '{}' });
    expect(reply.status).toBe(200);
  });

  it('gives the page to no one without the session: GET / explains how to open the app and holds no token', async () => {
    const host = await startTestHost();
    const page = await request(host, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.body).not.toContain(host.token);
    expect(page.body).toContain('?token=');
    expect(page.body).toMatch(FRENCH);
    const forged = await request(host, { path: '/', headers: { Cookie: `${sessionCookieName(host.port)}=${host.token}` } });
    expect(forged.status).toBe(401);
  });

  it('refuses a wrong token in the login URL, with no cookie', async () => {
    const host = await startTestHost();
    const reply = await request(host, { path: `/?token=${host.token.slice(0, -1)}x` });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('answers a malformed percent escape with 400, not an internal error', async () => {
    const host = await startTestHost();
    for (const path of ['/%E0%A4%A', '/api/%ZZ', '/assets/%']) {
      const reply = await request(host, { path });
      expect(reply.status).toBe(400);
      expect(reply.body).not.toMatch(/at .*\.ts|URIError/u);
      expect(errorOf(reply)).toEqual({ code: 'bad_request', message: 'Adresse mal formée.' });
    }
  });

  it(`refuses a body of more than ${MAX_JSON_KEYS} keys without echoing them`, async () => {
    const host = await startTestHost();
    const keys = Object.fromEntries(Array.from({ length: 300_000 }, (_, index) => [`k${index}`, 1]));
    const reply = await callApi(host, 'pacts.list', keys);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('bad_request');
    expect(reply.body.length).toBeLessThan(300);
  });

  it('accepts the localhost origin when the page was opened under the localhost host name', async () => {
    const host = await startTestHost();
    const reply = await callApi(host, 'pacts.list', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(reply.status).toBe(200);
  });

  it('serves the renderer’s assets with their content type', async () => {
    const host = await startTestHost();
    const asset = await request(host, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body).toBe('console.log("pacte");');
  });

  it('gives each run its own token', async () => {
    const first = await startTestHost();
    const second = await startTestHost();
    expect(first.token).not.toBe(second.token);
    expect(first.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an API call with the token, from the app, with the envelope', async () => {
    const host = await startTestHost();
    const reply = await callApi(host, 'pacts.list', {}, { Origin: `http://127.0.0.1:${host.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as Result<{ code: string }[]>;
    expect(result.ok && result.value.map((pact) => pact.code)).toEqual(['PRI-2017-2021']);
  });

  it.each([
    ['without the token', () => ({ [TOKEN_HEADER]: '' })],
    ['with a wrong token', (host: HttpHost) => ({ [TOKEN_HEADER]: `${host.token.slice(0, -1)}x` })],
    ['from another origin', () => ({ Origin: 'http://evil.example' })],
    ['from a page of another site', () => ({ 'Sec-Fetch-Site': 'cross-site' })],
    ['under a foreign host name (DNS rebinding)', (host: HttpHost) => ({ Host: `evil.example:${host.port}` })],
  ])('refuses an API call %s with 403 forbidden and a French message', async (_label, headers) => {
    const host = await startTestHost();
    const reply = await callApi(host, 'settings.saveOrganisation', { name: 'Pirate' }, headers(host));
    expect(reply.status).toBe(403);
    expect(errorOf(reply).code).toBe('forbidden');
    expect(errorOf(reply).message).toMatch(FRENCH);
  });

  it('refuses a request without token: nothing is written', async () => {
    const host = await startTestHost();
    await callApi(host, 'settings.saveOrganisation', { name: 'Pirate', department: '', address: '', postalCode: '', city: '', phone: '', email: '', logoDataUrl: null, signatories: [] }, { [TOKEN_HEADER]: '' });
    const settings = JSON.parse((await callApi(host, 'settings.getOrganisation', {})).body) as Result<{ name: string }>;
    expect(settings.ok && settings.value.name).toBe('');
  });

  it('refuses the page itself under a foreign host name', async () => {
    const host = await startTestHost();
    const reply = await request(host, { path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain(host.token);
  });

  it('refuses an API call with a session cookie it never handed out', async () => {
    const host = await startTestHost();
    const reply = await callApi(host, 'pacts.list', {}, { [TOKEN_HEADER]: '', Cookie: `${sessionCookieName(host.port)}=${'a'.repeat(43)}` });
    expect(reply.status).toBe(403);
  });

  it('refuses an API call made with GET', async () => {
    const host = await startTestHost();
    const reply = await request(host, { path: '/api/pacts.list', headers: { [TOKEN_HEADER]: host.token } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('bad_request');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/../../package.json'])(
    'never serves a file outside the renderer folder: GET %s → 404',
    async (traversal) => {
      const host = await startTestHost();
      const reply = await request(host, { path: traversal });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain(SECRET);
      expect(reply.body).not.toContain('"name": "pacte-cai"');
    },
  );

  it('answers an unknown method with 404 unknown_method', async () => {
    const host = await startTestHost();
    const reply = await callApi(host, 'pacts.drop', {});
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('unknown_method');
  });

  it('answers a malformed JSON body with 400 and a French message', async () => {
    const host = await startTestHost();
    const reply = await request(host, {
      method: 'POST',
      path: '/api/pacts.search',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{"text": "velo"',
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toEqual({ code: 'bad_request', message: 'Le corps de la requête n’est pas un JSON valide.' });
  });

  it('takes a 20 Mo file sent as base64, and refuses a body over 30 Mo before parsing it', async () => {
    const host = await startTestHost();
    // Just under 20 Mo of bytes: the body is ~26,7 Mo once encoded; it reaches the service, which answers about the application.
    const contentBase64 = Buffer.alloc(MAX_ATTACHMENT_BYTES - 3, 1).toString('base64');
    const carried = await callApi(host, 'attachments.add', { applicationId: 999_999, documentType: 'rib', fileName: 'rib.pdf', contentBase64 });
    expect(errorOf(carried)).toMatchObject({ code: 'validation', issues: [{ path: 'applicationId' }] });

    const tooLarge = await request(host, {
      method: 'POST',
      path: '/api/pacts.search',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
      body: `{"text": "${'a'.repeat(MAX_BODY_BYTES)}"}`,
    });
    expect(tooLarge.status).toBe(400);
    expect(errorOf(tooLarge)).toEqual({ code: 'bad_request', message: 'Requête trop volumineuse (30 Mo au plus).' });
  });

  it('answers an invalid payload with 400 validation and its issues', async () => {
    const host = await startTestHost();
    const reply = await callApi(host, 'pacts.export', { format: 'xml' });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'validation', issues: [{ path: 'format' }] });
  });
});

describe('pacte serve, the real command in its own process', () => {
  /**
   * An installed app's layout (package.json, the code, the migrations, resources and a built
   * renderer) in a temp folder, so that the test does not depend on `npm run build` having run:
   * the code is linked, the renderer is one page.
   */
  function installedApp(): string {
    const root = path.join(tempDir(), 'app');
    mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), INDEX_HTML);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'pacte-cai', version: '9.9.9-test', type: 'module' }));
    for (const folder of ['core', 'db', 'electron', 'resources', 'node_modules']) symlinkSync(path.join(repoRoot, folder), path.join(root, folder), 'dir');
    return root;
  }

  it('prints its 127.0.0.1 login URL, answers API calls of the session it opens, and exits 0 on SIGTERM', async () => {
    const root = installedApp();
    const db = path.join(path.dirname(root), 'pacte.sqlite');
    // --preserve-symlinks-main: the app root is found from the script's own path, which must stay inside `root`.
    const child = spawn(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', '--import', 'tsx', path.join(root, 'electron', 'cli', 'main.ts'), '--db', db, 'serve', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });

    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
        if (found) resolve(found[0]);
      });
      child.once('exit', (code) => reject(new Error(`pacte serve exited (${code}) before printing its URL: ${stderr}`)));
    });

    const login = await fetch(url, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^pacte_session_\d+=/u);
    const page = await fetch(new URL('/', url), { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const info = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({ ok: true, value: { name: 'Pacte CAI', version: '9.9.9-test', databaseFile: db, schemaVersion: latestSchemaVersion(migrationsFolder) } });
    const refused = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(403);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The daily backup at start, and one on the way out.
    const backups = readdirSync(path.join(path.dirname(db), 'pacte-sauvegardes')).filter((name) => name.endsWith('.sqlite'));
    expect(backups.map((name) => /-(\w+)\.sqlite$/u.exec(name)?.[1]).sort()).toEqual(['fermeture', 'quotidienne']);
    expect(stderr).toBe('');
  });
});
