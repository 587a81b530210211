// A small stand-in for the `electron` module (the binary cannot run here): records what the code asks of it.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** The event object Electron passes to will-navigate, will-attach-webview…: preventDefault is the point. */
export function fakeEvent<T extends object>(fields: T = {} as T): T & { preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  let prevented = false;
  const preventDefault = vi.fn(() => {
    prevented = true;
  });
  return Object.assign({ ...fields }, { preventDefault, defaultPrevented: () => prevented });
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string; frameName: string; features: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: NonNullable<FakeWebContents['windowOpenHandler']>): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** Set it to make the next load reject, as Electron does when the page cannot be served. */
  static loadFailure: Error | null = null;
  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => {
    if (FakeBrowserWindow.loadFailure) throw FakeBrowserWindow.loadFailure;
  });
  loadFile = vi.fn(async (_file: string) => {
    if (FakeBrowserWindow.loadFailure) throw FakeBrowserWindow.loadFailure;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  minimized = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  appPath = '/nonexistent-app';
  userData = '/nonexistent-user-data';
  temp = '/nonexistent-temp';
  hasLock = true;
  requestSingleInstanceLock = vi.fn(() => this.hasLock);
  enableSandbox = vi.fn();
  commandLine = { appendSwitch: vi.fn() };
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(async () => undefined);
  getAppPath = vi.fn(() => this.appPath);
  getVersion = vi.fn(() => '0.1.0');
  getPath = vi.fn((name: string) => (name === 'userData' ? this.userData : name === 'temp' ? this.temp : `/nonexistent-${name}`));
}

class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle = vi.fn((channel: string, listener: Listener) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

/** protocol: the privileged schemes registered, and the handler of each scheme, to be called like Chromium would. */
class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  registerSchemesAsPrivileged = vi.fn((_schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => undefined);
  handle = vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    if (this.handlers.has(scheme)) throw new Error(`The scheme has been handled: ${scheme}`);
    this.handlers.set(scheme, handler);
  });
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  headersListener: HeadersListener | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.permissionCheckHandler = handler;
  });
  webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener;
    }),
  };
}

export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  protocol: new FakeProtocol(),
  session: { defaultSession: new FakeSession() },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  shell: {
    openExternal: vi.fn(async (_url: string) => undefined),
    openPath: vi.fn(async (_path: string) => ''),
    showItemInFolder: vi.fn((_path: string) => undefined),
  },
  dialog: {
    showErrorBox: vi.fn((_title: string, _content: string) => undefined),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  },
  contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
  ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) },
};

/** Every test starts from a fresh app: no listeners, no windows, no handlers, mocks cleared. */
export function resetFakeElectron(): void {
  const { app, ipcMain, protocol, session } = fakeElectron;
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.hasLock = true;
  app.appPath = '/nonexistent-app';
  app.userData = '/nonexistent-user-data';
  app.temp = '/nonexistent-temp';
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.loadFailure = null;
  session.defaultSession = new FakeSession();
}
