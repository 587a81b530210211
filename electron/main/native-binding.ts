// Which compiled better-sqlite3 the desktop app loads: node_modules holds the Node build (tests, CLI).
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Same convention as scripts/electron-native.mjs, which builds this file before `electron .`. */
export function electronNativeBindingFile(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

export type NativeBindingOptions = {
  appRoot: string;
  electronVersion: string;
  isPackaged: boolean;
  exists?: (file: string) => boolean;
};

/**
 * undefined lets better-sqlite3 find its own build: in a package, electron-builder has rebuilt
 * node_modules for Electron; in a checkout without native/, opening fails with a message saying
 * how to build it.
 */
export function chooseNativeBinding(options: NativeBindingOptions): string | undefined {
  if (options.isPackaged) return undefined;
  const file = electronNativeBindingFile(options.appRoot, options.electronVersion);
  return (options.exists ?? existsSync)(file) ? file : undefined;
}
