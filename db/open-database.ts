// Opens the app's SQLite file: refuses foreign or newer files, backs up, migrates, then hands out drizzle.
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../core/domain/app-error.ts';
import { storageFailure } from '../core/domain/storage-errors.ts';
import * as schema from './schema/index.ts';

/** 'PACT' in ASCII: marks a SQLite file as ours (PRAGMA application_id). */
export const PACTE_APPLICATION_ID = 0x50414354;

/** drizzle, with its better-sqlite3 connection for the few hand-written statements (aggregates drizzle would slow down). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export type PacteDatabase = {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Number of migrations applied: PRAGMA user_version. */
  schemaVersion: number;
  /** The copy made before migrating an existing file, if any. */
  backupFile: string | null;
  close: () => void;
};

export type OpenDatabaseOptions = {
  /** A path, or ':memory:'. */
  file: string;
  migrationsFolder: string;
  /** The compiled better-sqlite3 addon to load (Electron needs its own ABI build). */
  nativeBinding?: string;
  now?: () => Date;
};

const SQLITE_HEADER = 'SQLite format 3\u0000';

export function latestSchemaVersion(migrationsFolder: string): number {
  const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

export function openDatabase(options: OpenDatabaseOptions): PacteDatabase {
  const { file, migrationsFolder } = options;
  const now = options.now ?? (() => new Date());
  const inMemory = file === ':memory:';
  // Read first: an installation without its migrations must fail before a database file is created.
  const latest = latestSchemaVersion(migrationsFolder);
  if (!inMemory) {
    assertSqliteHeader(file);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw onStorage(error, file) ?? error;
    }
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw onStorage(error, file) ?? new AppError('database_unreadable', `Impossible d'ouvrir la base « ${file} » : ${(error as Error).message}`);
  }

  try {
    const current = readSchemaVersion(sqlite, file, latest);

    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    if (!inMemory) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }

    let backupFile: string | null = null;
    if (current < latest) {
      if (current > 0 && !inMemory) backupFile = backUp(sqlite, file, current, now());
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder });
      sqlite.pragma(`application_id = ${PACTE_APPLICATION_ID}`);
      sqlite.pragma(`user_version = ${latest}`);
    }

    return {
      db: drizzle(sqlite, { schema }),
      sqlite,
      file,
      schemaVersion: latest,
      backupFile,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw onStorage(error, file) ?? error;
  }
}

/** A full disk, a read-only file or folder, a base held by another program: said as such, with the file. */
function onStorage(error: unknown, file: string): AppError | null {
  if (error instanceof AppError) return null;
  const storage = storageFailure(error);
  return storage ? new AppError(storage.code, `Base « ${file} » : ${storage.message}`) : null;
}

/** Fails before SQLite touches the file, so that a foreign file is left byte for byte as it was. */
function assertSqliteHeader(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError('database_not_pacte', `Le fichier « ${file} » n'est pas une base Pacte CAI (ce n'est pas une base SQLite). Il n'a pas été modifié.`);
  }
}

function readSchemaVersion(sqlite: Database.Database, file: string, latest: number): number {
  let applicationId: number;
  let userVersion: number;
  let tableCount: number;
  try {
    applicationId = sqlite.pragma('application_id', { simple: true }) as number;
    userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    tableCount = (sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number }).n;
  } catch (error) {
    // A folder that cannot be written keeps SQLite from reading a base in WAL mode: not a damaged file.
    const storage = onStorage(error, file);
    if (storage) throw storage;
    throw new AppError('database_not_pacte', `Le fichier « ${file} » n'est pas une base Pacte CAI lisible (fichier endommagé ou d'un autre format). Il n'a pas été modifié.`);
  }
  // Empty means never used by anyone: a file another program has marked (user_version) is not ours to take.
  const isEmpty = applicationId === 0 && userVersion === 0 && tableCount === 0;
  if (!isEmpty && applicationId !== PACTE_APPLICATION_ID) {
    throw new AppError('database_not_pacte', `Le fichier « ${file} » est une base SQLite d'une autre application, pas une base Pacte CAI. Il n'a pas été modifié.`);
  }
  if (userVersion > latest) {
    throw new AppError(
      'database_from_future',
      `La base « ${file} » a été écrite par une version plus récente de Pacte CAI (schéma n° ${userVersion}, cette version connaît jusqu'au n° ${latest}). Installez la dernière version de l'application ; la base n'a pas été modifiée.`,
    );
  }
  if (!isEmpty) assertIntact(sqlite, file);
  return userVersion;
}

/**
 * A damaged page past the schema would otherwise open fine and fail later as an internal error
 * in the middle of a call (or of a migration); quick_check reads every page once, cheap at our size.
 */
function assertIntact(sqlite: Database.Database, file: string): void {
  let verdict: unknown;
  try {
    verdict = sqlite.pragma('quick_check(1)', { simple: true });
  } catch {
    verdict = 'unreadable';
  }
  if (verdict !== 'ok') {
    throw new AppError(
      'database_corrupt',
      `La base « ${file} » est endommagée (contrôle d'intégrité SQLite en échec). Elle n'a pas été modifiée ; restaurez une copie de sauvegarde.`,
    );
  }
}

function backUp(sqlite: Database.Database, file: string, fromVersion: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const backupFile = `${file}.avant-migration-v${fromVersion}-${stamp}.sqlite`;
  // VACUUM INTO writes a consistent copy even with a WAL pending; copyFile is the fallback for old SQLite builds.
  try {
    sqlite.prepare('VACUUM INTO ?').run(backupFile);
    return backupFile;
  } catch {
    removePartial(backupFile);
  }
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(file, backupFile);
    return backupFile;
  } catch (error) {
    // Half a copy would only take the space a retry needs; the base itself is untouched, still at its old version.
    removePartial(backupFile);
    const storage = storageFailure(error);
    const cause = storage ? storage.message : `${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.trim();
    throw new AppError(
      'storage',
      `La copie de sécurité faite avant de mettre à jour la base n’a pas pu être écrite (« ${backupFile} ») : la base n’a pas été mise à jour et reste telle qu’elle était, lisible par la version précédente de l’application. Cause : ${cause}`,
    );
  }
}

function removePartial(backupFile: string): void {
  try {
    if (existsSync(backupFile) && statSync(backupFile).isFile()) rmSync(backupFile, { force: true });
  } catch {
    // Nothing more to do: the message already says the copy failed.
  }
}
