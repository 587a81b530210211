// Preload of the main window (runs sandboxed in the renderer process, built to dist/electron/preload.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, OPEN_ATTACHMENT_CHANNEL } from './ipc-channels.ts';

/**
 * Only functions are exposed, never ipcRenderer itself: the page can reach the service's single
 * validated door, and the one thing only the main process can do (hand a file to the system's
 * viewer), and nothing else. Extra arguments are dropped on purpose.
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  openAttachment: (id: number): Promise<unknown> => ipcRenderer.invoke(OPEN_ATTACHMENT_CHANNEL, id),
};

contextBridge.exposeInMainWorld('pacte', bridge);
