import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/serve/http-host.ts';
import { hardenSession, hardenWebContents, withContentSecurityPolicy } from '../../electron/main/security.ts';
import { createMainWindow } from '../../electron/main/window.ts';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, fakeEvent, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

const indexFile = path.resolve('/opt/Pacte CAI/resources/app/dist/renderer/index.html');
const indexUrl = pathToFileURL(indexFile).href;

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, indexFile, (url) => fakeElectron.shell.openExternal(url));
  return contents;
}

beforeEach(() => resetFakeElectron());

describe('the main window', () => {
  it('is isolated, sandboxed, without Node nor <webview>, with the CommonJS preload', () => {
    const preloadFile = path.resolve('/app/dist/electron/preload.cjs');
    createMainWindow({ preloadFile, indexFile, devTools: false, onLoadFailure: () => undefined });
    const window = FakeBrowserWindow.instances[0];
    const prefs = window?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(prefs?.preload)).toMatch(/preload\.cjs$/);
    expect(window?.options.title).toBe('Pacte CAI');
  });

  it('loads the built renderer and shows itself only once painted', () => {
    createMainWindow({ preloadFile: '/p/preload.cjs', indexFile, devTools: false, onLoadFailure: () => undefined });
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.options.show).toBe(false);
    expect(window.loadFile).toHaveBeenCalledWith(indexFile);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('reports a renderer that cannot be loaded instead of staying hidden', async () => {
    const onLoadFailure = vi.fn();
    const failure = new Error('ERR_FILE_NOT_FOUND');
    FakeBrowserWindow.loadFailure = failure;
    createMainWindow({ preloadFile: '/p/preload.cjs', indexFile, devTools: false, onLoadFailure });
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
    const event = fakeEvent({ url: `${indexUrl}#/pacte/levier/2` });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented()).toBe(false);
  });

  it('refuses another local file and redirects away from the app', () => {
    const contents = hardenedContents();
    const other = fakeEvent({ url: pathToFileURL('/etc/passwd').href });
    contents.emit('will-navigate', other);
    expect(other.defaultPrevented()).toBe(true);
    const redirect = fakeEvent({ url: 'https://example.org/' });
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented()).toBe(true);
  });

  it('denies window.open, opening only https URLs in the system browser', () => {
    const contents = hardenedContents();
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://example.org/', frameName: '', features: '' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd', frameName: '', features: '' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.org/', frameName: '', features: '' })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([['https://example.org/']]);
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
    session.headersListener!({ url: indexUrl, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
