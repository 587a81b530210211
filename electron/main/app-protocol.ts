// The app:// scheme the window is served from (pure part: request URL → file of the built renderer,
// response headers, which URLs are our page). No I/O here, so that every rule is unit-tested.
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../common/web-content.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pacte';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads; the router lives in the hash, so this is the only page there is. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin (app://pacte) for 'self' in the CSP and for storage;
 * secure: a secure context, as https would be; supportFetchAPI: the page may fetch its own assets.
 * Deliberately not bypassCSP, corsEnabled, allowServiceWorkers or stream: nothing needs them.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export type AppFileResolution =
  | { ok: true; file: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

// Longer than any asset name vite writes; a bound on what is decoded and joined.
const MAX_URL_LENGTH = 2048;
// Windows strips trailing dots and spaces ("..." or ".. " become ".."), and treats these names as devices.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const FORBIDDEN_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f]/u;

const refused = (status: 400 | 403 | 404, reason: string): AppFileResolution => ({ ok: false, status, reason });

/**
 * The file of `rootDir` (the built renderer) that `requestUrl` names, or why it is refused.
 * Chromium hands over a canonical URL, whose `..` and `%2e%2e` segments already stop at the root;
 * this does not count on it: it reads the string as given and refuses rather than repairs a dot
 * segment (literal or percent-encoded), an encoded slash or backslash, an empty segment (`//`), a
 * drive letter, a hidden file or a Windows device name. The joined path is then checked to lie
 * inside the root, whatever the rules above missed. `paths` lets tests run the Windows rules on Linux.
 */
export function resolveAppFile(requestUrl: string, rootDir: string, paths: path.PlatformPath = path): AppFileResolution {
  if (requestUrl.length > MAX_URL_LENGTH) return refused(400, 'URL too long');
  // Exact origin: no other host, no port, no user info, no upper case (Chromium sends canonical URLs).
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return refused(404, 'not the app origin');
  const end = requestUrl.search(/[?#]/);
  const rawPath = requestUrl.slice(prefix.length, end === -1 ? undefined : end);
  const segments = rawPath === '' ? ['index.html'] : rawPath.split('/');

  const decoded: string[] = [];
  for (const segment of segments) {
    if (segment === '') return refused(404, 'empty path segment');
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return refused(400, 'malformed percent-encoding');
    }
    if (name.startsWith('.')) return refused(403, 'dot segment or hidden file');
    if (name.endsWith('.') || name.endsWith(' ')) return refused(403, 'trailing dot or space');
    if (FORBIDDEN_CHARACTERS.test(name)) return refused(403, 'forbidden character in a path segment');
    if (WINDOWS_DEVICE.test(name)) return refused(403, 'device name');
    decoded.push(name);
  }

  const root = paths.resolve(rootDir);
  const file = paths.resolve(root, ...decoded);
  const relative = paths.relative(root, file);
  if (relative === '' || relative.startsWith('..') || paths.isAbsolute(relative)) return refused(403, 'outside the renderer folder');
  return { ok: true, file, contentType: contentTypeOf(file) };
}

/** Every app:// response carries the policy: as a header, it also covers what a <meta> cannot (frame-ancestors). */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // A rebuilt renderer (a new version installed) is picked up at the next start, never a stale copy.
    'Cache-Control': 'no-cache',
  };
}

/**
 * True when `url` is our page (app://pacte/index.html, or app://pacte/ which serves it), whatever
 * its query or hash (the router lives in the hash). The navigation guards and the IPC sender checks
 * rely on it: any other page, file:// included, is not the app.
 */
export function isAppPageUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    (parsed.pathname === '/index.html' || parsed.pathname === '/')
  );
}
