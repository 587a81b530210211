// The save channels with electron mocked: the native dialog decides where, the bytes land there, a
// cancelled dialog writes nothing, names with folders are refused, and only saved files can be shown.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../core/service/result.ts';
import { APP_PAGE_URL } from '../../electron/main/app-protocol.ts';
import { registerSaveDocumentHandlers, saveDialogFilters, type SavedResult } from '../../electron/main/save-documents.ts';
import { SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../electron/preload/ipc-channels.ts';
import { fakeElectron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron);

const ourPage = { senderFrame: { url: `${APP_PAGE_URL}#/seances/1`, parent: null } };
const otherPage = { senderFrame: { url: 'https://example.org/', parent: null } };
const pdf = { fileName: 'releve-avis-seance-1.pdf', contentBase64: Buffer.from('%PDF-1.7 relevé').toString('base64') };

type Handler<T> = (event: unknown, argument: unknown) => Promise<Result<T>>;
let dir: string;
let chosen: string | undefined;
const showItemInFolder = vi.fn();

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-save-'));
  chosen = undefined;
  showItemInFolder.mockClear();
  registerSaveDocumentHandlers(fakeElectron.ipcMain as unknown as IpcMain, {
    documentsDir: dir,
    chooseFile: async () => chosen,
    chooseFolder: async () => chosen,
    showItemInFolder,
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const handler = <T>(channel: string) => fakeElectron.ipcMain.handlers.get(channel) as Handler<T>;

describe('saving documents through the native dialog', () => {
  it('writes the bytes where the user chose, and can then show that file in its folder', async () => {
    chosen = path.join(dir, 'mon-releve.pdf');
    const result = await handler<SavedResult>(SAVE_FILE_CHANNEL)(ourPage, pdf);
    expect(result).toEqual({ ok: true, value: { saved: true, path: chosen, files: [chosen] } });
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 relevé');
    expect(await handler<null>(SHOW_IN_FOLDER_CHANNEL)(ourPage, chosen)).toEqual({ ok: true, value: null });
    expect(showItemInFolder).toHaveBeenCalledWith(chosen);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await handler<SavedResult>(SAVE_FILE_CHANNEL)(ourPage, pdf)).toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes every document of a list into the chosen folder', async () => {
    chosen = path.join(dir, 'avis');
    const files = [pdf, { ...pdf, fileName: 'avis-2.pdf' }];
    const result = await handler<SavedResult>(SAVE_FILES_CHANNEL)(ourPage, files);
    expect(result.ok && result.value.saved && result.value.files.map((file) => path.basename(file))).toEqual(['releve-avis-seance-1.pdf', 'avis-2.pdf']);
    expect(readdirSync(chosen).sort()).toEqual(['avis-2.pdf', 'releve-avis-seance-1.pdf']);
  });

  it('refuses a name with a folder in it, another page, and showing a file it did not save', async () => {
    chosen = path.join(dir, 'x.pdf');
    expect(await handler<SavedResult>(SAVE_FILE_CHANNEL)(ourPage, { ...pdf, fileName: '../evil.pdf' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((await handler<SavedResult>(SAVE_FILE_CHANNEL)(otherPage, pdf)).ok).toBe(false);
    const shown = await handler<null>(SHOW_IN_FOLDER_CHANNEL)(ourPage, '/etc/passwd');
    expect(shown).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(showItemInFolder).not.toHaveBeenCalled();
  });

  it('offers the file type of what is saved: a PDF, a juror’s pack, a juror’s notes', () => {
    expect(saveDialogFilters('/home/a/Documents/releve-avis-seance-1.pdf')).toEqual([{ name: 'Document PDF', extensions: ['pdf'] }]);
    expect(saveDialogFilters('/home/a/Documents/jure-claire-dubois-seance-1.pacte-jure')).toEqual([{ name: 'Dossier de juré Pacte CAI', extensions: ['pacte-jure'] }]);
    expect(saveDialogFilters('/home/a/Documents/dossiers-2026-12-03.xlsx')).toEqual([{ name: 'Classeur Excel', extensions: ['xlsx'] }]);
    expect(saveDialogFilters('/home/a/Documents/avancement.csv')).toEqual([{ name: 'Fichier CSV', extensions: ['csv'] }]);
    expect(saveDialogFilters('C:\\Documents\\notes-claire.pacte-notes')[0]?.extensions).toEqual(['pacte-notes']);
    expect(saveDialogFilters('/tmp/autre.bin')).toEqual([{ name: 'Tous les fichiers', extensions: ['*'] }]);
  });
});
