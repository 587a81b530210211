import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

let api: Record<string, unknown>;

beforeAll(async () => {
  // The preload acts on import, once, as in a page load.
  await import('../../electron/preload/preload.ts');
  expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, exposed] = fakeElectron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('pacte');
  api = exposed as Record<string, unknown>;
});

describe('the preload', () => {
  it('exposes exactly window.pacte.invoke, openAttachment and the document saving functions, and no Electron object', () => {
    expect(Object.keys(api)).toEqual(['invoke', 'openAttachment', 'saveFile', 'saveFiles', 'showInFolder']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.openAttachment).toBe('function');
    expect(Object.values(api)).not.toContain(fakeElectron.ipcRenderer);
  });

  it('forwards a call to the pacte:invoke channel, drops extra arguments, and returns the answer', async () => {
    const answer = { ok: true, value: [] };
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const invoke = api.invoke as (method: string, input: unknown, ...extra: unknown[]) => Promise<unknown>;
    await expect(invoke('pacts.list', {}, 'extra', 'arguments')).resolves.toBe(answer);
    expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([['pacte:invoke', 'pacts.list', {}]]);
  });

  it('forwards an attachment id, and only it, to the pacte:open-attachment channel', async () => {
    const answer = { ok: true, value: null };
    fakeElectron.ipcRenderer.invoke.mockClear();
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const openAttachment = api.openAttachment as (id: number, ...extra: unknown[]) => Promise<unknown>;
    await expect(openAttachment(7, '/etc/passwd')).resolves.toBe(answer);
    expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([['pacte:open-attachment', 7]]);
  });
});
