// The window and every web contents, with electron mocked (checklist points 2–4, 6, 8–14 of docs/security.md).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE_URL } from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/web-content.ts';
import { hardenSession, hardenWebContents, isExternalLinkAllowed, withContentSecurityPolicy } from '../../electron/main/security.ts';
import { createMainWindow } from '../../electron/main/window.ts';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, fakeEvent, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

// Where the packaged renderer sits: its file:// URL is no longer the app's page.
const rendererIndexFile = path.resolve('/opt/Pacte CAI/resources/app.asar/dist/renderer/index.html');

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, (url) => fakeElectron.shell.openExternal(url));
  return contents;
}

beforeEach(() => resetFakeElectron());

describe('the main window', () => {
  it('is isolated, sandboxed, without Node (nor in workers or subframes), <webview>, experimental or Blink features', () => {
    const preloadFile = path.resolve('/app/dist/electron/preload.cjs');
    createMainWindow({ preloadFile, pageUrl: APP_PAGE_URL, devTools: false, onLoadFailure: () => undefined });
    const window = FakeBrowserWindow.instances[0];
    const prefs = window?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(String(prefs?.preload)).toMatch(/preload\.cjs$/);
    expect(window?.options.title).toBe('Pacte CAI');
  });

  it('loads the page from app://pacte, never from file://, and shows itself only once painted', () => {
    createMainWindow({ preloadFile: '/p/preload.cjs', pageUrl: APP_PAGE_URL, devTools: false, onLoadFailure: () => undefined });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(APP_PAGE_URL).toBe('app://pacte/index.html');
    expect(window.loadURL).toHaveBeenCalledWith('app://pacte/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('reports a renderer that cannot be loaded instead of staying hidden', async () => {
    const onLoadFailure = vi.fn();
    const failure = new Error('ERR_FILE_NOT_FOUND');
    FakeBrowserWindow.loadFailure = failure;
    createMainWindow({ preloadFile: '/p/preload.cjs', pageUrl: APP_PAGE_URL, devTools: false, onLoadFailure });
    await vi.waitFor(() => expect(onLoadFailure).toHaveBeenCalledWith(failure));
  });
});

describe('navigation and new windows', () => {
  it('prevents navigating the page away from the app, and opens nothing', () => {
    const contents = hardenedContents();
    const event = fakeEvent({ url: 'http://evil.example/' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented()).toBe(true);
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends a clicked https link to the system browser, never into the window', () => {
    const contents = hardenedContents();
    const event = fakeEvent({ url: 'https://www.legifrance.gouv.fr/' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented()).toBe(true);
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://www.legifrance.gouv.fr/');
  });

  it('lets the page reload itself, whatever its hash', () => {
    const contents = hardenedContents();
    for (const url of [`${APP_PAGE_URL}#/pacte/levier/2`, 'app://pacte/', `${APP_PAGE_URL}?reload=1`]) {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented(), url).toBe(false);
    }
  });

  it('refuses every other page: local files (our renderer’s file:// too), other app:// hosts or pages, javascript:', () => {
    const contents = hardenedContents();
    const refused = [
      pathToFileURL('/etc/passwd').href,
      pathToFileURL(rendererIndexFile).href,
      'app://evil/index.html',
      'app://pacte/assets/index.js',
      'app://pacte:1/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ];
    for (const url of refused) {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented(), url).toBe(true);
    }
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('stops a redirect away from the app page', () => {
    const contents = hardenedContents();
    for (const url of ['https://example.org/', pathToFileURL(rendererIndexFile).href, 'app://pacte/secret.html']) {
      const redirect = fakeEvent({ url });
      contents.emit('will-redirect', redirect);
      expect(redirect.defaultPrevented(), url).toBe(true);
    }
    const home = fakeEvent({ url: APP_PAGE_URL });
    contents.emit('will-redirect', home);
    expect(home.defaultPrevented()).toBe(false);
  });

  it('denies window.open, our own app:// page included, opening only https URLs in the system browser', () => {
    const contents = hardenedContents();
    const open = contents.windowOpenHandler!;
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'http://example.org/', APP_PAGE_URL, 'about:blank']) {
      expect(open({ url, frameName: '', features: '' }), url).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('hands only https URLs to shell.openExternal: no file:, smb:, custom scheme, program or javascript:', () => {
    expect(isExternalLinkAllowed('https://www.legifrance.gouv.fr/')).toBe(true);
    const refused = [
      'http://example.org/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share/x.exe',
      '\\\\server\\share\\x.exe',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'app://pacte/index.html',
      'mailto:x@example.org',
      '',
      'https//missing-colon',
    ];
    for (const url of refused) expect(isExternalLinkAllowed(url), url).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardenedContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented()).toBe(true);
  });
});

describe('the session', () => {
  function hardened() {
    const session = fakeElectron.session.defaultSession;
    hardenSession(session as unknown as Session);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'file://', {})).toBe(false);
    }
  });

  it('sets the strict Content-Security-Policy on responses, replacing any other', () => {
    const session = hardened();
    const callback = vi.fn();
    session.headersListener!({ url: APP_PAGE_URL, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
