// The app:// rules, pure: which file a request URL names, what is refused, the headers (checklist points 7 and 18).
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_PAGE_URL,
  APP_SCHEME_PRIVILEGES,
  appResponseHeaders,
  isAppPageUrl,
  resolveAppFile,
} from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../electron/common/web-content.ts';

const posixRoot = '/opt/Pacte CAI/resources/app.asar/dist/renderer';
const windowsRoot = 'C:\\Program Files\\Pacte CAI\\resources\\app.asar\\dist\\renderer';

/** Strictly inside root (never root itself), with the given platform's rules. */
function isInside(file: string, root: string, paths: path.PlatformPath): boolean {
  const relative = paths.relative(paths.resolve(root), file);
  return relative !== '' && !relative.startsWith('..') && !paths.isAbsolute(relative);
}

describe('the app:// scheme', () => {
  it('is standard, secure and fetchable, and bypasses nothing (no CSP bypass, no service workers, no CORS)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});

describe('resolving a request to a file of the renderer folder', () => {
  it('serves index.html for the page and the root, and the assets vite writes', () => {
    expect(resolveAppFile('app://pacte/index.html', posixRoot)).toEqual({ ok: true, file: `${posixRoot}/index.html`, contentType: 'text/html; charset=utf-8' });
    expect(resolveAppFile('app://pacte/', posixRoot)).toMatchObject({ ok: true, file: `${posixRoot}/index.html` });
    expect(resolveAppFile('app://pacte/assets/index-B4x_9.js', posixRoot)).toEqual({ ok: true, file: `${posixRoot}/assets/index-B4x_9.js`, contentType: 'text/javascript; charset=utf-8' });
    expect(resolveAppFile('app://pacte/assets/index-C1.css?v=2#x', posixRoot)).toEqual({ ok: true, file: `${posixRoot}/assets/index-C1.css`, contentType: 'text/css; charset=utf-8' });
    expect(resolveAppFile('app://pacte/index.html#/seances/3?x=../../etc/passwd', posixRoot)).toMatchObject({ ok: true, file: `${posixRoot}/index.html` });
    // Percent-encoded names that are plain names once decoded.
    expect(resolveAppFile('app://pacte/assets/r%C3%A9f%C3%A9rentiel%20pacte.json', posixRoot)).toMatchObject({ ok: true, file: `${posixRoot}/assets/référentiel pacte.json` });
  });

  it('refuses path traversal, literal or percent-encoded, on Linux and Windows rules alike', () => {
    const attempts = [
      'app://pacte/../../etc/passwd',
      'app://pacte/assets/../../../etc/passwd',
      'app://pacte/%2e%2e/%2e%2e/etc/passwd',
      'app://pacte/%2E%2E/secret',
      'app://pacte/.%2e/secret',
      'app://pacte/%2e./secret',
      'app://pacte/..%2f..%2fetc%2fpasswd',
      'app://pacte/..%5c..%5cwindows%5cwin.ini',
      'app://pacte/..\\..\\windows\\win.ini',
      'app://pacte/./index.html',
      'app://pacte/%2e/index.html',
      'app://pacte/...',
      'app://pacte/.. /x',
      'app://pacte/..%20/x',
      'app://pacte/x%00.html',
    ];
    for (const url of attempts) {
      for (const [root, paths] of [[posixRoot, path.posix], [windowsRoot, path.win32]] as const) {
        expect(resolveAppFile(url, root, paths), url).toMatchObject({ ok: false });
      }
    }
    // Double encoding is decoded once: "%2e%2e" stays a file name inside the root, never a parent folder.
    const doubled = resolveAppFile('app://pacte/assets/%252e%252e/x', posixRoot);
    expect(!doubled.ok || isInside(doubled.file, posixRoot, path.posix)).toBe(true);
  });

  it('refuses absolute paths, drive letters, UNC and device names, empty segments and hidden files', () => {
    const attempts = [
      'app://pacte//etc/passwd',
      'app://pacte/%2Fetc%2Fpasswd',
      'app://pacte/C:/Windows/win.ini',
      'app://pacte/C%3A%5CWindows%5Cwin.ini',
      'app://pacte/%5C%5Cserver%5Cshare%5Cx',
      'app://pacte/assets//index.js',
      'app://pacte/assets/',
      'app://pacte/.env',
      'app://pacte/NUL',
      'app://pacte/con.txt',
      'app://pacte/index.html:stream',
    ];
    for (const url of attempts) {
      expect(resolveAppFile(url, windowsRoot, path.win32), url).toMatchObject({ ok: false });
      expect(resolveAppFile(url, posixRoot, path.posix), url).toMatchObject({ ok: false });
    }
  });

  it('refuses other schemes, hosts, ports, user info, malformed escapes and overlong URLs', () => {
    const attempts: [string, number][] = [
      ['file:///etc/passwd', 404],
      ['https://pacte/index.html', 404],
      ['app://evil/index.html', 404],
      ['app://pacte.evil/index.html', 404],
      ['app://pacte:80/index.html', 404],
      ['app://user@pacte/index.html', 404],
      ['APP://PACTE/index.html', 404],
      ['app://pacte', 404],
      ['app://pacte/%E0%A4%A', 400],
      ['app://pacte/%', 400],
      [`app://pacte/${'a'.repeat(3000)}.js`, 400],
    ];
    for (const [url, status] of attempts) expect(resolveAppFile(url, posixRoot), url.slice(0, 60)).toMatchObject({ ok: false, status });
  });

  it('property: whatever the URL, the file resolved lies inside the root, or the request is refused (Linux and Windows rules)', () => {
    // Segments built from the characters traversal is made of, so that the runs hit the dangerous cases often.
    const piece = fc.constantFrom('.', '..', '%2e', '%2E', '%2f', '%2F', '%5c', '%5C', '/', '\\', ':', 'C:', '%3A', '%00', '%', 'a', 'index.html', 'assets', ' ', '%20', '~', 'é', '%C3%A9', 'NUL', '?', '#');
    const rawPath = fc.array(piece, { minLength: 0, maxLength: 12 }).map((pieces) => pieces.join(''));
    const anyPath = fc.oneof(rawPath, fc.string({ maxLength: 40 }), fc.webPath());
    fc.assert(
      fc.property(anyPath, (tail) => {
        const url = `app://pacte/${tail}`;
        for (const [root, paths] of [[posixRoot, path.posix], [windowsRoot, path.win32]] as const) {
          const resolved = resolveAppFile(url, root, paths);
          if (resolved.ok && !isInside(resolved.file, root, paths)) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it('property: a path of plain names resolves to exactly that file under the root', () => {
    const name = fc.stringMatching(/^[a-zA-Z0-9_-][a-zA-Z0-9_.-]{0,20}[a-zA-Z0-9_-]$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        const resolved = resolveAppFile(`app://pacte/${names.join('/')}`, posixRoot, path.posix);
        return resolved.ok && resolved.file === path.posix.join(posixRoot, ...names);
      }),
    );
  });
});

describe('content types and headers', () => {
  it('gives each asset its MIME type, and unknown ones plain bytes', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.wasm')).toBe('application/wasm');
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('Makefile')).toBe('application/octet-stream');
  });

  it('sends the strict Content-Security-Policy as a header, with nosniff, on every response', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; script-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // Only load secure content: the policy names no remote source at all.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|ws:|wss:|\*|'unsafe-eval'/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});

describe('which URL is the app page', () => {
  it('is app://pacte/index.html (or app://pacte/), whatever the hash or query', () => {
    for (const url of [APP_PAGE_URL, `${APP_PAGE_URL}#/seances/2/jure`, 'app://pacte/', 'app://pacte/index.html?x=1']) expect(isAppPageUrl(url), url).toBe(true);
  });

  it('is nothing else: file://, other hosts, ports, user info, other pages, blob:, about:blank', () => {
    const others = [
      'file:///opt/Pacte%20CAI/resources/app.asar/dist/renderer/index.html',
      'app://evil/index.html',
      'app://PACTE/index.html',
      'app://pacte:1/index.html',
      'app://u:p@pacte/index.html',
      'app://pacte/assets/index.js',
      'app://pacte/index.html/',
      'blob:app://pacte/2f1c',
      'about:blank',
      'https://pacte/index.html',
      '',
      'index.html',
    ];
    for (const url of others) expect(isAppPageUrl(url), url).toBe(false);
  });
});
