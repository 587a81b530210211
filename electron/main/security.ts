// Hardening of every web contents and of the session (as Actual's security.ts): the page is untrusted.
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../common/web-content.ts';
import { isAppPageUrl } from './app-protocol.ts';

export type OpenExternal = (url: string) => Promise<void>;

/** Only https links leave the app, and only to the system browser: never file:, smb:, a custom scheme or a program. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function openInSystemBrowser(url: string, openExternal: OpenExternal): void {
  if (!isExternalLinkAllowed(url)) return;
  openExternal(url).catch((error: unknown) => console.error('[pacte] openExternal failed:', error));
}

/**
 * Called for every web contents the app creates (app 'web-contents-created'), so that no window,
 * including one we forget about later, escapes the rules.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // The page stays app://pacte/index.html: a clicked https link opens in the browser, anything else
  // (file:// included, our own renderer folder's file:// URL too) is dropped.
  contents.on('will-navigate', (event) => {
    if (isAppPageUrl(event.url)) return;
    event.preventDefault();
    openInSystemBrowser(event.url, openExternal);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url, openExternal);
    return { action: 'deny' };
  });
  // <webview> is off in webPreferences; this also stops one smuggled in by another window's options.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No camera, microphone, notifications, geolocation…: the app needs none of them. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // app:// responses carry the policy themselves (app-protocol.ts); this also sets it on any other
  // response the session might get, replacing whatever policy came with it. The <meta> copy in
  // index.html is now redundant (both apply; they are the same policy bar frame-ancestors).
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** Ours replaces any policy the response had, whatever the case of its header name. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
