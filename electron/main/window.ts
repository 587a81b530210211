// The main window: sandboxed, isolated, with the preload as the page's only way out.
import { BrowserWindow } from 'electron';
import { APP_NAME } from '../common/app-paths.ts';

export type MainWindowOptions = {
  preloadFile: string;
  /** app://pacte/index.html: served by app-protocol-handler.ts, never file://. */
  pageUrl: string;
  /** False in an installed app: the console there would give anyone full use of the IPC bridge. */
  devTools: boolean;
  /** Called when the page cannot be loaded (renderer not built): the window would stay hidden. */
  onLoadFailure: (error: unknown) => void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so that the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: options.devTools,
      // Chromium downloads spelling dictionaries from Google's servers: no network calls we did not choose.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.pageUrl).catch(options.onLoadFailure);
  return window;
}
