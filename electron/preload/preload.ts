// Preload of the main window (runs sandboxed in the renderer process, built to dist/electron/preload.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './ipc-channels.ts';

/**
 * Only a function is exposed, never ipcRenderer itself: the page can reach the service's single
 * validated door and nothing else. Extra arguments are dropped on purpose.
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('pacte', bridge);
