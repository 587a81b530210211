// The desktop app's database: where it lives and what a person is told when it cannot be opened.
import path from 'node:path';
import { AppError } from '../../core/domain/app-error.ts';
import { DATABASE_FILE_NAME } from '../common/app-paths.ts';

export const DATABASE_ERROR_TITLE = 'Pacte CAI — base de données';

/** The same file the CLI and the browser mode use by default (electron/common/app-paths.ts). */
export function appDatabaseFile(userDataDir: string): string {
  return path.join(userDataDir, DATABASE_FILE_NAME);
}

export type DatabaseErrorContext = {
  /** True in a checkout where scripts/electron-native.mjs has not built better-sqlite3 for Electron. */
  nativeBindingMissing: boolean;
};

export function databaseErrorMessage(error: unknown, context: DatabaseErrorContext): string {
  const base =
    error instanceof AppError
      ? error.message
      : `La base de données n'a pas pu être ouverte : ${error instanceof Error ? error.message : String(error)}`;
  // A foreign or newer file is not a build problem: the hint would only mislead.
  const aboutTheFile = error instanceof AppError && error.code !== 'database_unreadable';
  if (!context.nativeBindingMissing || aboutTheFile) return base;
  // The usual cause in development: node_modules holds the Node build of better-sqlite3, not Electron's.
  return `${base}\n\nLe module natif SQLite pour Electron est absent : lancez « node scripts/electron-native.mjs » puis relancez l'application.`;
}
