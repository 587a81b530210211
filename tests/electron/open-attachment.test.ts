import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachmentPath } from '../../core/service/attachments/attachment-files.ts';
import { openService, type OpenedService } from '../../core/service/open-service.ts';
import type { Result } from '../../core/service/result.ts';
import { findAppRoot } from '../../electron/common/app-paths.ts';
import { createOpenAttachmentHandler, inProcessViewer, registerOpenAttachmentHandler } from '../../electron/main/open-attachment.ts';
import { APP_PAGE_URL } from '../../electron/main/app-protocol.ts';
import { OPEN_ATTACHMENT_CHANNEL } from '../../electron/preload/ipc-channels.ts';
import { fakeElectron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

const appRoot = findAppRoot(import.meta.dirname);
const ourPage = { url: `${APP_PAGE_URL}#/dossiers/1`, parent: null };
const PDF = Buffer.from('%PDF-1.4\n% statuts\n%%EOF\n', 'utf8');

type Handler = (event: unknown, id: unknown) => Promise<Result<null>>;

let dir: string;
let viewingDir: string;
let opened: OpenedService;
let open: Handler;

async function attach(fileName: string): Promise<number> {
  const { service } = opened;
  const call = await service.invoke('calls.create', { year: 2018, title: `Appel ${fileName}`, envelopeCents: 1_000_000 });
  const { provider } = await service.invoke('providers.create', { name: `Prestataire ${fileName}`, legalForm: 'association' });
  const application = await service.invoke('applications.create', { callId: call.id, providerId: provider.id, title: 'Vélo-école' });
  const item = await service.invoke('attachments.add', { applicationId: application.id, documentType: 'statuts', fileName, contentBase64: PDF.toString('base64') });
  return item.id;
}

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-open-'));
  viewingDir = path.join(dir, 'ouvertes');
  opened = openService({ databaseFile: path.join(dir, 'pacte-cai.sqlite'), appRoot });
  registerOpenAttachmentHandler(fakeElectron.ipcMain as unknown as IpcMain, {
    getService: () => inProcessViewer(opened.service),
    viewingDir,
    openPath: (file) => fakeElectron.shell.openPath(file),
  });
  open = fakeElectron.ipcMain.handlers.get(OPEN_ATTACHMENT_CHANNEL) as Handler;
});

afterEach(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the pacte:open-attachment channel', () => {
  it('hands a read-only copy, under the file’s own name, to the system viewer', async () => {
    const id = await attach('statuts.pdf');
    expect(await open({ senderFrame: ourPage }, id)).toEqual({ ok: true, value: null });
    expect(fakeElectron.shell.openPath).toHaveBeenCalledOnce();
    const file = fakeElectron.shell.openPath.mock.calls[0]![0];
    expect(path.basename(file)).toBe('statuts.pdf');
    expect(file.startsWith(viewingDir + path.sep)).toBe(true);
    expect(readFileSync(file)).toEqual(PDF);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o222).toBe(0);
    // Never the stored copy itself: a viewer that saves in place must not change the filed bytes.
    expect(file).not.toBe(attachmentPath(opened.service.context, id));

    // Opened again: the same copy, not a new one per click.
    expect(await open({ senderFrame: ourPage }, id)).toEqual({ ok: true, value: null });
    expect(fakeElectron.shell.openPath.mock.calls[1]![0]).toBe(file);
  });

  it('refuses, as the invoke channel does, a foreign page, an iframe or a vanished frame', async () => {
    const id = await attach('statuts.pdf');
    const senders = [{ url: 'https://evil.example/', parent: null }, { url: ourPage.url, parent: ourPage }, null];
    for (const senderFrame of senders) {
      const result = await open({ senderFrame }, id);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!result.ok && result.error.message).toMatch(/^Appel refusé : /);
    }
    expect(fakeElectron.shell.openPath).not.toHaveBeenCalled();
  });

  it('refuses an id that is not a positive integer, and says so for an unknown one', async () => {
    for (const id of ['1', 0, -1, 1.5, null, { id: 1 }]) {
      expect(await open({ senderFrame: ourPage }, id)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    const unknown = await open({ senderFrame: ourPage }, 42);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Aucune pièce jointe n° 42.' } });
    expect(fakeElectron.shell.openPath).not.toHaveBeenCalled();
  });

  it('opens nothing when the stored copy was changed', async () => {
    const id = await attach('statuts.pdf');
    writeFileSync(attachmentPath(opened.service.context, id), 'autre contenu');
    const result = await open({ senderFrame: ourPage }, id);
    expect(result).toMatchObject({ ok: false, error: { code: 'integrity' } });
    expect(!result.ok && result.error.message).toMatch(/^Le fichier « statuts\.pdf » a été modifié ou supprimé du stockage/);
    expect(fakeElectron.shell.openPath).not.toHaveBeenCalled();
  });

  it('never hands a program or script to the system (it would run, not open)', async () => {
    const id = await attach('facture.exe');
    const result = await open({ senderFrame: ourPage }, id);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_viewable' } });
    expect(!result.ok && result.error.message).toMatch(/enregistrez-en une copie/);
    expect(fakeElectron.shell.openPath).not.toHaveBeenCalled();
  });

  it('turns the reason shell.openPath gives into a French error', async () => {
    const id = await attach('statuts.pdf');
    fakeElectron.shell.openPath.mockResolvedValueOnce('No application is associated with the specified file');
    const result = await open({ senderFrame: ourPage }, id);
    expect(result).toMatchObject({ ok: false, error: { code: 'open_failed' } });
    expect(!result.ok && result.error.message).toMatch(/^La pièce n'a pas pu être ouverte avec l'application du système : No application/);
  });

  it('answers, without throwing, when the database is not open or the viewer fails', async () => {
    const closed = createOpenAttachmentHandler({ getService: () => null, viewingDir, openPath: async () => '' });
    expect(await closed({ senderFrame: ourPage }, 1)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const id = await attach('statuts.pdf');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createOpenAttachmentHandler({ getService: () => inProcessViewer(opened.service), viewingDir, openPath: () => Promise.reject(new Error('dbus down')) });
    const result = await broken({ senderFrame: ourPage }, id);
    quiet.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).not.toMatch(/dbus/);
  });
});
