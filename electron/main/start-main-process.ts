// The main process's lifecycle: single instance, hardening, database, IPC, menu, window, shutdown.
import path from 'node:path';
import { type BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { DemoLoadResult } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { startBackupSchedule, type BackupSchedule } from '../../core/service/backup/backup-schedule.ts';
import { APP_NAME } from '../common/app-paths.ts';
import { DATABASE_ERROR_TITLE, appDatabaseFile, databaseErrorMessage } from './app-database.ts';
import { APP_PAGE_URL } from './app-protocol.ts';
import { handleAppProtocol, registerAppScheme } from './app-protocol-handler.ts';
import { registerInvokeHandler } from './ipc.ts';
import { startInProcessService, startThreadedService, type ThreadedService } from './threaded-service.ts';
import { registerOpenAttachmentHandler } from './open-attachment.ts';
import { registerSaveDocumentHandlers, saveDialogFilters } from './save-documents.ts';
import { buildMenuTemplate } from './menu.ts';
import { chooseNativeBinding } from './native-binding.ts';
import { rendererDir } from './renderer-location.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { createMainWindow } from './window.ts';

export type MainProcessOptions = {
  /** dist/electron/preload.cjs, next to the built main.mjs. */
  preloadFile: string;
  /** Defaults to process.versions.electron (tests run in plain Node). */
  electronVersion?: string;
  /** false runs the service in the main thread: tests only (see startInProcessService). */
  serviceThread?: boolean;
};

export type RunningApp = {
  databaseFile: string;
  mainWindow: () => BrowserWindow | null;
};

/**
 * Must not be awaited at the top level of main.mjs: Electron emits 'ready' only once the entry
 * module has finished evaluating, so awaiting whenReady there would hang. Resolves to null when
 * this process quits instead of running (second instance, unreadable database).
 */
export async function startMainProcess(options: MainProcessOptions): Promise<RunningApp | null> {
  if (!app.requestSingleInstanceLock()) {
    // Two processes on one SQLite file would fight over it: the first instance gets focus instead.
    app.quit();
    return null;
  }
  // Before 'ready', or it would not apply to every renderer.
  app.enableSandbox();
  // Before 'ready' too: the window's page comes from app://, a standard and secure scheme, not file://.
  registerAppScheme(protocol);
  // Chromium draws date inputs and spell-check in the UI language: French for a French office, whatever the OS says.
  app.commandLine.appendSwitch('lang', 'fr-FR');

  const appRoot = app.getAppPath();
  const renderer = rendererDir(appRoot);
  let opened: ThreadedService | null = null;
  let unregisterIpc: (() => void) | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The backup on quit and the closing of the database (in the service's thread) are asynchronous:
  // the first quit waits for both, then quits again.
  let backups: BackupSchedule | null = null;
  app.on('before-quit', (event: { preventDefault: () => void }) => {
    if (backups === null) return;
    const stopping = backups;
    const service = opened;
    backups = null;
    event.preventDefault();
    void stopping
      .stop()
      .then(() => service?.close())
      .finally(() => app.quit());
  });
  // Registered before anything opens, so that a quit at any moment still closes the database cleanly.
  app.on('will-quit', () => {
    unregisterIpc?.();
    unregisterIpc = null;
    void opened?.close();
    opened = null;
  });

  await app.whenReady();
  hardenSession(session.defaultSession);
  handleAppProtocol(protocol, renderer);

  const userDataDir = app.getPath('userData');
  const databaseFile = appDatabaseFile(userDataDir);
  const nativeBinding = chooseNativeBinding({
    appRoot,
    electronVersion: options.electronVersion ?? process.versions.electron ?? 'unknown',
    isPackaged: app.isPackaged,
  });
  try {
    // The database and every method run in a thread of their own: a long import or a batch of PDFs never freezes the window.
    const serviceOptions = { databaseFile, appRoot, ...(nativeBinding ? { nativeBinding } : {}) };
    opened = options.serviceThread === false ? startInProcessService(serviceOptions) : await startThreadedService(serviceOptions);
  } catch (error) {
    // openService leaves a foreign or newer file byte for byte as it was: say why, and stop.
    dialog.showErrorBox(DATABASE_ERROR_TITLE, databaseErrorMessage(error, { nativeBindingMissing: !app.isPackaged && !nativeBinding }));
    app.quit();
    return null;
  }

  backups = startBackupSchedule(opened);
  const getService = () => opened;
  const unregisterInvoke = registerInvokeHandler(ipcMain, { getService });
  const unregisterOpenAttachment = registerOpenAttachmentHandler(ipcMain, {
    getService,
    viewingDir: path.join(app.getPath('temp'), 'pacte-cai-pieces-ouvertes'),
    openPath: (file) => shell.openPath(file),
  });
  const unregisterSaveDocuments = registerSaveDocumentHandlers(ipcMain, {
    documentsDir: app.getPath('documents'),
    chooseFile: async (defaultPath) => {
      const choice = await dialog.showSaveDialog({ title: 'Enregistrer le document', defaultPath, filters: saveDialogFilters(defaultPath) });
      return choice.canceled ? undefined : choice.filePath;
    },
    chooseFolder: async (defaultPath) => {
      const choice = await dialog.showOpenDialog({ title: 'Choisir le dossier où enregistrer les documents', defaultPath, properties: ['openDirectory', 'createDirectory'] });
      return choice.canceled ? undefined : choice.filePaths[0];
    },
    showItemInFolder: (file) => shell.showItemInFolder(file),
  });
  unregisterIpc = () => {
    unregisterInvoke();
    unregisterOpenAttachment();
    unregisterSaveDocuments();
  };

  const template = buildMenuTemplate({
    isPackaged: app.isPackaged,
    platform: process.platform,
    actions: {
      openDataFolder: () => openDataFolder(userDataDir),
      loadDemoData: () => loadDemoData(mainWindow, opened),
      showAbout: () => showAbout(mainWindow, databaseFile),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  const openWindow = (): void => {
    const window = createMainWindow({
      preloadFile: options.preloadFile,
      pageUrl: APP_PAGE_URL,
      devTools: !app.isPackaged,
      onLoadFailure: (error) => {
        console.error('[pacte] renderer load failed:', error);
        dialog.showErrorBox(APP_NAME, `L'interface de l'application est introuvable ou illisible (${renderer}). Reconstruisez-la puis relancez Pacte CAI.`);
        app.quit();
      },
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openWindow();
  // macOS keeps the app alive without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  return { databaseFile, mainWindow: () => mainWindow };
}

/** For main.ts: whatever escaped startMainProcess is shown, then the app stops. */
export function reportStartupFailure(error: unknown): void {
  console.error('[pacte] startup failed:', error);
  dialog.showErrorBox(APP_NAME, `Pacte CAI n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}

function openDataFolder(userDataDir: string): void {
  shell
    .openPath(userDataDir)
    .then((failure) => {
      if (failure) dialog.showErrorBox(APP_NAME, `Impossible d'ouvrir le dossier des données (${userDataDir}) : ${failure}`);
    })
    .catch((error: unknown) => console.error('[pacte] openPath failed:', error));
}

/** Menu « Charger les données de démonstration »: the service does the work, a dialog says what it did. */
function loadDemoData(window: BrowserWindow | null, service: Pick<Service, 'call'> | null): void {
  if (!service) return;
  service
    .call('demo.load', {})
    .then(async (result) => {
      if (!result.ok) {
        dialog.showErrorBox(APP_NAME, `Les données de démonstration n'ont pas été chargées : ${result.error.message}`);
        return;
      }
      const demo = result.value as DemoLoadResult;
      const counts = `1 appel, ${demo.providers} prestataires, ${demo.applications} dossiers`;
      const options = {
        type: 'info' as const,
        title: APP_NAME,
        message: demo.status === 'created' ? 'Données de démonstration chargées' : 'Données de démonstration déjà présentes',
        detail: demo.status === 'created' ? `${counts}, tous marqués « démonstration ».` : `${counts} ; rien n'a été modifié.`,
        buttons: ['Fermer'],
      };
      await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      // The renderer caches its lists: a reload shows the new call at once.
      if (demo.status === 'created') window?.webContents.reload();
    })
    .catch((error: unknown) => console.error('[pacte] demo data failed:', error));
}

function showAbout(window: BrowserWindow | null, databaseFile: string): void {
  const options = {
    type: 'info' as const,
    title: `À propos de ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: `Commission des actions d'insertion : référentiel du pacte, dossiers, jury, avis et conventions.\n\nBase de données : ${databaseFile}`,
    buttons: ['Fermer'],
  };
  (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).catch((error: unknown) =>
    console.error('[pacte] about dialog failed:', error),
  );
}
