// The app:// handler on real files: a built renderer folder with a secret beside it (checklist points 7 and 18).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, handleAppProtocol, registerAppScheme } from '../../electron/main/app-protocol-handler.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/web-content.ts';

let dir: string;
let renderer: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-app-protocol-'));
  renderer = path.join(dir, 'dist', 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Pacte CAI</title>');
  writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log("pacte")');
  writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(dir, 'dist', 'secret.txt'), 'SECRET-NEXT-TO-RENDERER');
  writeFileSync(path.join(dir, 'pacte-cai.sqlite'), 'SECRET-DATABASE');
  handle = createAppRequestHandler(renderer);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serving the renderer from app://', () => {
  it('serves the page and its assets with their MIME types and the CSP header', async () => {
    const page = await handle(new Request('app://pacte/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>Pacte CAI</title>');

    const script = await handle(new Request('app://pacte/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("pacte")');
    const style = await handle(new Request('app://pacte/assets/index-abc.css'));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('never answers with a file outside the renderer folder, however the path is written', async () => {
    const attempts = [
      'app://pacte/../secret.txt',
      'app://pacte/../../pacte-cai.sqlite',
      'app://pacte/%2e%2e/secret.txt',
      'app://pacte/%2E%2E/%2E%2E/pacte-cai.sqlite',
      'app://pacte/assets/..%2f..%2fsecret.txt',
      'app://pacte/..%5csecret.txt',
      `app://pacte/${encodeURIComponent(path.join(dir, 'pacte-cai.sqlite'))}`,
      `app://pacte/${path.join(dir, 'pacte-cai.sqlite')}`,
      'app://evil/../secret.txt',
    ];
    for (const url of attempts) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      const body = await response.text();
      expect(body, url).not.toContain('SECRET');
      // Refusals carry the policy too.
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for a missing file or a folder, 405 for anything but GET and HEAD', async () => {
    expect((await handle(new Request('app://pacte/absent.js'))).status).toBe(404);
    expect((await handle(new Request('app://pacte/assets'))).status).toBe(404);
    const post = await handle(new Request('app://pacte/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await handle(new Request('app://pacte/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('never hands the reader a path outside the root (the URL parser clamps dot segments, the rules refuse the rest)', async () => {
    const read = vi.fn(async (_file: string) => new Uint8Array(new ArrayBuffer(0)));
    const guarded = createAppRequestHandler(renderer, read);
    const attempts = ['app://pacte/%2e%2e/secret.txt', 'app://pacte/../../pacte-cai.sqlite', 'app://pacte/..%2f..%2fsecret.txt', 'app://pacte/..%5C..%5Cpacte-cai.sqlite', 'app://pacte/%2F..%2Fsecret.txt'];
    for (const url of attempts) await guarded(new Request(url));
    for (const [file] of read.mock.calls) expect(path.relative(renderer, file).startsWith('..'), file).toBe(false);
    await guarded(new Request('app://pacte/index.html'));
    expect(read).toHaveBeenLastCalledWith(path.join(renderer, 'index.html'));
  });
});

describe('wiring into Electron', () => {
  it('registers app as a privileged scheme, and handles it with the renderer folder', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    handleAppProtocol(protocol as unknown as Protocol, renderer);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://pacte/index.html'))).status).toBe(200);
  });
});
