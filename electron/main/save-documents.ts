// The main side of saving documents: a native dialog picks where, the bytes the page got from the service
// are written there, and only a file saved this way can then be shown in its folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import type { Result } from '../../core/service/result.ts';
import { SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../preload/ipc-channels.ts';
import { refuseSender, type InvokeEvent } from './ipc.ts';

export type SaveDialogs = {
  /** dialog.showSaveDialog: the chosen file, or undefined when cancelled. */
  chooseFile: (defaultPath: string) => Promise<string | undefined>;
  /** dialog.showOpenDialog with openDirectory: the chosen folder, or undefined when cancelled. */
  chooseFolder: (defaultPath: string) => Promise<string | undefined>;
  showItemInFolder: (file: string) => void;
  /** Where the dialogs open first (the user's Documents folder). */
  documentsDir: string;
};

export type SavedResult = { saved: false } | { saved: true; path: string; files: string[] };

type FileInput = { fileName: string; contentBase64: string };

/** A document name the app made: a bare file name, no folder, no control characters. */
function readFile(input: unknown): FileInput | null {
  if (typeof input !== 'object' || input === null) return null;
  const { fileName, contentBase64 } = input as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof contentBase64 !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (fileName === '' || fileName.length > 200 || /[/\\\u0000-\u001f]/u.test(fileName) || fileName.startsWith('.')) return null;
  return { fileName, contentBase64 };
}

const failure = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

// The dialog's file type follows the file the page hands over: a PDF filter would hide a juror's pack or
// tack ".pdf" onto its name on some systems.
const FILE_TYPES: Record<string, string> = { '.pdf': 'Document PDF', '.xlsx': 'Classeur Excel', '.csv': 'Fichier CSV', '.pacte-jure': 'Dossier de juré Pacte CAI', '.pacte-notes': 'Notes de juré Pacte CAI' };

/** The save dialog's filter for a default path: its own type, or any file for a type it does not know. */
export function saveDialogFilters(defaultPath: string): { name: string; extensions: string[] }[] {
  const extension = path.extname(defaultPath).toLowerCase();
  const known = FILE_TYPES[extension];
  return known ? [{ name: known, extensions: [extension.slice(1)] }] : [{ name: 'Tous les fichiers', extensions: ['*'] }];
}

export function registerSaveDocumentHandlers(ipcMain: IpcMain, options: SaveDialogs): () => void {
  // The files this run of the app wrote: "show in folder" reveals nothing else.
  const savedFiles = new Set<string>();

  const guarded =
    <A>(work: (argument: unknown) => Promise<Result<A>>, what: string) =>
    async (event: InvokeEvent, argument: unknown): Promise<Result<A>> => {
      try {
        const refusal = refuseSender(event);
        if (refusal) return refusal;
        return await work(argument);
      } catch (error) {
        console.error(`[pacte] IPC ${what}:`, error);
        return failure('write_failed', `Le document n’a pas pu être enregistré : ${error instanceof Error ? error.message : String(error)}. Vérifiez le dossier choisi et l’espace disque.`);
      }
    };

  ipcMain.handle(
    SAVE_FILE_CHANNEL,
    guarded<SavedResult>(async (argument) => {
      const file = readFile(argument);
      if (!file) return failure('bad_request', 'Appel refusé : un nom de fichier simple et un contenu sont attendus.');
      const target = await options.chooseFile(path.join(options.documentsDir, file.fileName));
      if (!target) return { ok: true, value: { saved: false } };
      writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
      savedFiles.add(path.resolve(target));
      return { ok: true, value: { saved: true, path: target, files: [target] } };
    }, SAVE_FILE_CHANNEL),
  );

  ipcMain.handle(
    SAVE_FILES_CHANNEL,
    guarded<SavedResult>(async (argument) => {
      const list = Array.isArray(argument) ? argument.map(readFile) : null;
      if (!list || list.length === 0 || list.some((item) => item === null)) return failure('bad_request', 'Appel refusé : une liste de fichiers est attendue.');
      const folder = await options.chooseFolder(options.documentsDir);
      if (!folder) return { ok: true, value: { saved: false } };
      mkdirSync(folder, { recursive: true });
      const written = (list as FileInput[]).map((item) => {
        const target = path.join(folder, item.fileName);
        writeFileSync(target, Buffer.from(item.contentBase64, 'base64'));
        savedFiles.add(path.resolve(target));
        return target;
      });
      return { ok: true, value: { saved: true, path: folder, files: written } };
    }, SAVE_FILES_CHANNEL),
  );

  ipcMain.handle(
    SHOW_IN_FOLDER_CHANNEL,
    guarded<null>(async (argument) => {
      if (typeof argument !== 'string' || !savedFiles.has(path.resolve(argument))) return failure('forbidden', 'Seuls les documents enregistrés par l’application peuvent être montrés dans leur dossier.');
      options.showItemInFolder(argument);
      return { ok: true, value: null };
    }, SHOW_IN_FOLDER_CHANNEL),
  );

  return () => {
    for (const channel of [SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL, SHOW_IN_FOLDER_CHANNEL]) ipcMain.removeHandler(channel);
  };
}
