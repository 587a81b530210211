import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '../../core/service/create-service.ts';
import { openService, type OpenedService } from '../../core/service/open-service.ts';
import type { Result } from '../../core/service/result.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { createInvokeHandler, registerInvokeHandler } from '../../electron/main/ipc.ts';
import { APP_PAGE_URL } from '../../electron/main/app-protocol.ts';
import { rendererDir } from '../../electron/main/renderer-location.ts';
import { INVOKE_CHANNEL } from '../../electron/preload/ipc-channels.ts';
import { fakeElectron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

const appRoot = findAppRoot(import.meta.dirname);
const ourPage = { url: `${APP_PAGE_URL}#/pacte`, parent: null };

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;

let dir: string;
let opened: OpenedService;
let invoke: Handler;

/** Rows changed on this connection since it opened: any write, even one later rolled back, moves it. */
function totalChanges(): number {
  return (opened.database.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
}

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-ipc-'));
  opened = openService({ databaseFile: path.join(dir, 'pacte-cai.sqlite'), appRoot });
  registerInvokeHandler(fakeElectron.ipcMain as unknown as IpcMain, { getService: () => opened.service });
  invoke = fakeElectron.ipcMain.handlers.get(INVOKE_CHANNEL) as Handler;
});

afterEach(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the pacte:invoke channel', () => {
  it('is the only channel, and it reaches the service', async () => {
    expect([...fakeElectron.ipcMain.handlers.keys()]).toEqual(['pacte:invoke']);
    const result = await invoke({ senderFrame: ourPage }, 'pacts.list', {});
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBeGreaterThan(0);
  });

  it('refuses an unknown method with a French message', async () => {
    const result = await invoke({ senderFrame: ourPage }, 'db.dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(!result.ok && result.error.message).toMatch(/Opération inconnue/);
  });

  it('refuses a malformed payload: wrong type, extra key', async () => {
    const wrongType = await invoke({ senderFrame: ourPage }, 'pacts.search', { text: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'validation' } });
    const extraKey = await invoke({ senderFrame: ourPage }, 'pacts.search', { text: 'emploi', sql: 'drop table pacts' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!extraKey.ok && extraKey.error.message).toMatch(/Données invalides/);
  });

  it('refuses a call from a foreign page, an iframe or a vanished frame', async () => {
    const input = { content: '{"code":"X"}' };
    const foreign = await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'pacts.import', input);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!foreign.ok && foreign.error.message).toMatch(/^Appel refusé : /);
    const otherFile = await invoke({ senderFrame: { url: pathToFileURL(path.join(dir, 'index.html')).href, parent: null } }, 'pacts.list', {});
    expect(otherFile).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The very renderer we ship, opened from file:// (the address before app://), is not the app either.
    const ourFileUrl = await invoke({ senderFrame: { url: pathToFileURL(path.join(rendererDir(appRoot), 'index.html')).href, parent: null } }, 'pacts.list', {});
    expect(ourFileUrl).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const url of ['app://evil/index.html', 'app://pacte/other.html', 'app://pacte:8080/index.html', 'app://x@pacte/index.html', 'about:blank', 'blob:app://pacte/0d4c']) {
      const result = await invoke({ senderFrame: { url, parent: null } }, 'pacts.list', {});
      expect(result, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const iframe = await invoke({ senderFrame: { url: ourPage.url, parent: ourPage } }, 'pacts.list', {});
    expect(iframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const gone = await invoke({ senderFrame: null }, 'pacts.list', {});
    expect(gone).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const disposed = await invoke(
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
      'pacts.list',
      {},
    );
    expect(disposed).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a method name that is not a string', async () => {
    for (const method of [42, null, { toString: () => 'pacts.list' }, ['pacts.list']]) {
      const result = await invoke({ senderFrame: ourPage }, method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });

  it('writes nothing when it refuses', async () => {
    const organisation = {
      name: 'CCAS de Montreuil',
      department: '',
      address: '',
      postalCode: '93100',
      city: 'Montreuil',
      phone: '',
      email: '',
      logoDataUrl: null,
      signatories: [],
    };
    const pactsBefore = await invoke({ senderFrame: ourPage }, 'pacts.list', {});
    const settingsBefore = await invoke({ senderFrame: ourPage }, 'settings.getOrganisation', {});
    const changes = totalChanges();

    const refused = [
      await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'settings.saveOrganisation', organisation),
      await invoke({ senderFrame: { url: ourPage.url, parent: ourPage } }, 'settings.saveOrganisation', organisation),
      await invoke({ senderFrame: ourPage }, 'settings.saveOrganisation', { ...organisation, isAdmin: true }),
      await invoke({ senderFrame: ourPage }, 'settings.saveOrganisation', { ...organisation, postalCode: 93100 }),
      await invoke({ senderFrame: ourPage }, 'pacts.remove', { pactId: 1 }),
      await invoke({ senderFrame: ourPage }, 7, organisation),
    ];
    expect(refused.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'forbidden',
      'forbidden',
      'validation',
      'validation',
      'unknown_method',
      'bad_request',
    ]);
    expect(totalChanges()).toBe(changes);
    expect(await invoke({ senderFrame: ourPage }, 'pacts.list', {})).toEqual(pactsBefore);
    expect(await invoke({ senderFrame: ourPage }, 'settings.getOrganisation', {})).toEqual(settingsBefore);

    // Control: the same call from our page does write, so the measure above would have seen it.
    expect(await invoke({ senderFrame: ourPage }, 'settings.saveOrganisation', organisation)).toMatchObject({ ok: true });
    expect(totalChanges()).toBeGreaterThan(changes);
  });

  it('never throws across IPC: a failing service becomes an internal error in French', async () => {
    const broken = { call: () => Promise.reject(new Error('disk I/O error')) } as unknown as Service;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handler = createInvokeHandler({ getService: () => broken });
    const result = await handler({ senderFrame: ourPage }, 'pacts.list', {});
    quiet.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).toMatch(/Erreur interne/);
    expect(!result.ok && result.error.message).not.toMatch(/disk I\/O/);
  });

  it('answers, without throwing, when the database is not open', async () => {
    const handler = createInvokeHandler({ getService: () => null });
    expect(await handler({ senderFrame: ourPage }, 'pacts.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
