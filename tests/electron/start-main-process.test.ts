import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../core/service/result.ts';
import { openService } from '../../core/service/open-service.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { APP_PAGE_URL } from '../../electron/main/app-protocol.ts';
import { startMainProcess } from '../../electron/main/start-main-process.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/web-content.ts';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, fakeEvent, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

const appRoot = findAppRoot(import.meta.dirname);
const preloadFile = path.join(appRoot, 'dist', 'electron', 'preload.cjs');
const { app, dialog, ipcMain } = fakeElectron;

let userData: string;

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(path.join(os.tmpdir(), 'pacte-main-'));
  app.appPath = appRoot;
  app.userData = userData;
});

/**
 * Quits as Electron does: before-quit first (the app holds it for its backup on quit, which also waits
 * for a backup still running), then will-quit, which closes the database. Emitting will-quit alone
 * closed the database under the daily backup of the start, whose error then outlived the test.
 */
async function quitLikeElectron(): Promise<void> {
  const event = { preventDefault: vi.fn() };
  app.emit('before-quit', event);
  if (event.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(app.quit).toHaveBeenCalled(), { timeout: 20_000 });
  app.emit('will-quit');
}

afterEach(async () => {
  await quitLikeElectron();
  rmSync(userData, { recursive: true, force: true });
});

/** In-thread by default: the tests of the database's life (open, serve, close, refuse) pass `thread`. */
async function start(thread: 'thread' | 'in-process' = 'in-process') {
  return startMainProcess({ preloadFile, electronVersion: '0.0.0-absent', serviceThread: thread === 'thread' });
}

describe('automatic backups of the desktop app', () => {
  it('makes the daily backup at start, and one more on quit before the app really quits', async () => {
    await start('thread');
    const folder = path.join(userData, 'pacte-cai-sauvegardes');
    await vi.waitFor(() => expect(readdirSync(folder).filter((name) => name.endsWith('-quotidienne.sqlite'))).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(readdirSync(folder).filter((name) => name.endsWith('-fermeture.sqlite'))).toHaveLength(1);
    // The second quit goes through.
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});

describe('starting the desktop app', () => {
  it('opens its database in the user data folder, then serves the window through IPC', async () => {
    const running = await start('thread');
    expect(running?.databaseFile).toBe(path.join(userData, 'pacte-cai.sqlite'));
    expect(existsSync(path.join(userData, 'pacte-cai.sqlite'))).toBe(true);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'fr-FR');
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const window = FakeBrowserWindow.instances[0]!;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences?.preload).toBe(preloadFile);
    expect(window.loadURL).toHaveBeenCalledWith('app://pacte/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();

    const invoke = ipcMain.handlers.get('pacte:invoke')!;
    const senderFrame = { url: APP_PAGE_URL, parent: null };
    const result = (await invoke({ senderFrame }, 'app.info', {})) as Result<{ databaseFile: string }>;
    expect(result).toMatchObject({ ok: true, value: { databaseFile: path.join(userData, 'pacte-cai.sqlite') } });
  });

  it('makes app:// a privileged scheme before ready, then serves only the renderer folder from it, with the CSP header', async () => {
    // An app root of its own: a built renderer, and a secret beside it (the database, say). The rest is the repository's.
    const root = path.join(userData, 'app-root');
    mkdirSync(path.join(root, 'dist', 'renderer'), { recursive: true });
    for (const name of ['db', 'resources', 'package.json']) symlinkSync(path.join(appRoot, name), path.join(root, name));
    writeFileSync(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Pacte CAI</title>');
    writeFileSync(path.join(root, 'dist', 'secret.txt'), 'secret');
    app.appPath = root;
    await start();

    const { protocol } = fakeElectron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    const window = FakeBrowserWindow.instances[0]!;
    expect(protocol.handle.mock.invocationCallOrder[0]!).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]!);
    const handler = protocol.handlers.get('app')!;

    const page = await handler(new Request(APP_PAGE_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Pacte CAI</title>');
    for (const url of ['app://pacte/../secret.txt', 'app://pacte/%2e%2e/secret.txt', 'app://pacte/%2E%2E%2Fsecret.txt', 'app://pacte/..%5csecret.txt']) {
      const refused = await handler(new Request(url));
      expect(refused.status, url).not.toBe(200);
      expect(await refused.text(), url).not.toContain('secret');
    }
  });

  it('gives an installed app a window without developer tools', async () => {
    app.isPackaged = true;
    await start();
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences?.devTools).toBe(false);
    const menu = fakeElectron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu?: { role?: string }[] }[];
    expect(menu.flatMap((entry) => entry.submenu ?? []).map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('opens the user data folder and the about box from the menu', async () => {
    await start();
    const menu = fakeElectron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu?: { label?: string; click?: () => void }[] }[];
    const items = menu.flatMap((entry) => entry.submenu ?? []);
    items.find((item) => item.label === 'Ouvrir le dossier des données')?.click?.();
    items.find((item) => item.label === 'À propos de Pacte CAI')?.click?.();
    expect(fakeElectron.shell.openPath).toHaveBeenCalledWith(userData);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    const options = dialog.showMessageBox.mock.calls[0]?.at(-1) as { message: string; detail: string };
    expect(options.message).toBe('Pacte CAI 0.1.0');
    expect(options.detail).toContain(path.join(userData, 'pacte-cai.sqlite'));
  });

  it('hardens every web contents the app creates', async () => {
    await start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    const navigation = fakeEvent({ url: 'https://example.org/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented()).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/', frameName: '', features: '' })).toEqual({ action: 'deny' });
    expect(fakeElectron.session.defaultSession.permissionRequestHandler).not.toBeNull();
  });

  it('opens an attached file with the system viewer through pacte:open-attachment', async () => {
    const temp = path.join(userData, 'tmp');
    app.temp = temp;
    await start('thread');
    const senderFrame = { url: APP_PAGE_URL, parent: null };
    const invoke = async <T,>(method: string, input: unknown) => ((await ipcMain.handlers.get('pacte:invoke')!({ senderFrame }, method, input)) as Result<T> & { ok: true }).value;
    const call = await invoke<{ id: number }>('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 1_000_000 });
    const { provider } = await invoke<{ provider: { id: number } }>('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    const application = await invoke<{ id: number }>('applications.create', { callId: call.id, providerId: provider.id, title: 'Vélo-école' });
    const item = await invoke<{ id: number }>('attachments.add', { applicationId: application.id, documentType: 'rib', fileName: 'rib.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') });

    const result = await ipcMain.handlers.get('pacte:open-attachment')!({ senderFrame }, item.id);
    expect(result).toEqual({ ok: true, value: null });
    const opened = fakeElectron.shell.openPath.mock.calls[0]![0];
    expect(opened.startsWith(path.join(temp, 'pacte-cai-pieces-ouvertes') + path.sep)).toBe(true);
    expect(path.basename(opened)).toBe('rib.pdf');
  });

  it('closes the database and the channels on quit', async () => {
    await start('thread');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['pacte:invoke', 'pacte:open-attachment', 'pacte:save-file', 'pacte:save-files', 'pacte:show-in-folder']);
    await quitLikeElectron();
    expect(ipcMain.handlers.size).toBe(0);
    // A closed better-sqlite3 connection no longer holds the WAL files: the file can be opened afresh.
    const again = openService({ databaseFile: path.join(userData, 'pacte-cai.sqlite'), appRoot });
    again.close();
  });

  it('focuses the existing window when launched a second time', async () => {
    await start();
    const window = FakeBrowserWindow.instances[0]!;
    window.minimized = true;
    app.emit('second-instance', fakeEvent(), [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits at once, opening nothing, when another instance runs', async () => {
    app.hasLock = false;
    expect(await start()).toBeNull();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(existsSync(path.join(userData, 'pacte-cai.sqlite'))).toBe(false);
  });
});

describe('a database file that is not ours', () => {
  function expectRefusedUntouched(file: string, before: Buffer, message: RegExp): void {
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, content] = dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Pacte CAI — base de données');
    expect(content).toMatch(message);
    expect(content).not.toMatch(/module natif/);
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }

  it('is refused with an error box, and left byte for byte as it was (not SQLite)', async () => {
    const file = path.join(userData, 'pacte-cai.sqlite');
    writeFileSync(file, 'Tableur exporté, pas une base.\n'.repeat(100));
    const before = readFileSync(file);
    expect(await start()).toBeNull();
    expectRefusedUntouched(file, before, /n'est pas une base Pacte CAI/);
  });

  it('is refused with an error box, and left byte for byte as it was (another app’s SQLite)', async () => {
    const file = path.join(userData, 'pacte-cai.sqlite');
    const other = new Database(file);
    other.exec("create table contacts (name text); insert into contacts values ('Mme Durand');");
    other.close();
    const before = readFileSync(file);
    expect(await start()).toBeNull();
    expectRefusedUntouched(file, before, /autre application/);
  });

  it('is refused when written by a newer Pacte CAI, and left as it was', async () => {
    const file = path.join(userData, 'pacte-cai.sqlite');
    const newer = openService({ databaseFile: file, appRoot });
    newer.database.sqlite.pragma('user_version = 9999');
    newer.database.sqlite.pragma('journal_mode = DELETE');
    newer.close();
    const before = readFileSync(file);
    expect(await start('thread')).toBeNull();
    expectRefusedUntouched(file, before, /version plus récente/);
  });
});
