// Preload of the main window (runs sandboxed in the renderer process, built to dist/electron/preload.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, OPEN_ATTACHMENT_CHANNEL, SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from './ipc-channels.ts';

/**
 * Only functions are exposed, never ipcRenderer itself: the page can reach the service's single
 * validated door, and the one thing only the main process can do (hand a file to the system's
 * viewer, save a document where the user chooses, show it in its folder), and nothing else. Extra arguments are dropped on purpose.
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  openAttachment: (id: number): Promise<unknown> => ipcRenderer.invoke(OPEN_ATTACHMENT_CHANNEL, id),
  saveFile: (file: { fileName: string; contentBase64: string }): Promise<unknown> => ipcRenderer.invoke(SAVE_FILE_CHANNEL, file),
  saveFiles: (files: { fileName: string; contentBase64: string }[]): Promise<unknown> => ipcRenderer.invoke(SAVE_FILES_CHANNEL, files),
  showInFolder: (file: string): Promise<unknown> => ipcRenderer.invoke(SHOW_IN_FOLDER_CHANNEL, file),
};

contextBridge.exposeInMainWorld('pacte', bridge);
