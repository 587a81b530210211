// Restores a backup into the open database, table by table in one transaction: the app keeps its
// connection (desktop, browser mode and CLI alike), and a failure leaves the base as it was. The
// current base is backed up first; a copy from an older schema is migrated (on a temporary copy)
// before it is read; a foreign file, a newer one or a copy that no longer matches its manifest is
// refused before anything is written.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { auditHeadOf } from '../audit/audit-head.ts';
import { dataTables, inspectCopy, isPacteCopy, readManifest, rowCountsOf, sha256OfFile, type AuditHead, type BackupManifest } from './backup-manifest.ts';
import { makeBackup } from './backup-make.ts';

/**
 * Never taken from the copy: drizzle's record of applied migrations, and what belongs to this
 * computer rather than to the CCAS's records — the backup folder chosen here (else the backup of the
 * base just replaced could vanish from the list) and the person who uses this computer.
 */
const KEPT_TABLES = new Set(['__drizzle_migrations', 'backup_settings', 'local_user']);

export type BackupPreview = {
  file: string;
  manifest: BackupManifest | null;
  /** The copy's bytes still hash to what its manifest says (null: no manifest to compare with). */
  matchesManifest: boolean | null;
  schemaVersion: number;
  auditHead: AuditHead;
  tables: { name: string; inBackup: number; current: number }[];
};

function refused(message: string): AppError {
  return new AppError('validation', message);
}

/** A copy whose pages are damaged (a bad disk, a bad transfer) is refused in words, not read into an internal error. */
function readIntactCopy(sqlite: Database.Database, file: string): { counts: Record<string, number>; auditHead: AuditHead } {
  const damaged = () => refused(`« ${path.basename(file)} » est abîmée : la base qu’elle contient ne se lit plus en entier (fichier endommagé sur le disque ou pendant une copie). Elle ne peut pas être restaurée ; rien n’a été modifié.`);
  try {
    if (sqlite.pragma('quick_check', { simple: true }) !== 'ok') throw damaged();
    return { counts: rowCountsOf(sqlite), auditHead: auditHeadOf(sqlite) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) throw damaged();
    throw error;
  }
}

export async function previewBackup(context: ServiceContext, file: string): Promise<BackupPreview> {
  if (!existsSync(file)) throw new AppError('not_found', `Sauvegarde introuvable : « ${file} ».`);
  let copy: ReturnType<typeof inspectCopy>;
  try {
    copy = inspectCopy(file);
  } catch {
    throw refused(`« ${path.basename(file)} » n’est pas une sauvegarde Pacte CAI (ce n’est pas une base SQLite lisible). Rien n’a été modifié.`);
  }
  try {
    if (!isPacteCopy(copy.applicationId)) throw refused(`« ${path.basename(file)} » est une base SQLite d’une autre application, pas une sauvegarde Pacte CAI. Rien n’a été modifié.`);
    if (copy.schemaVersion > context.schemaVersion) {
      throw refused(`« ${path.basename(file)} » vient d’une version plus récente de Pacte CAI (schéma n° ${copy.schemaVersion}, celle-ci connaît jusqu’au n° ${context.schemaVersion}). Installez la dernière version avant de la restaurer.`);
    }
    const manifest = readManifest(file);
    const matchesManifest = manifest === null ? null : (await sha256OfFile(file)) === manifest.sha256;
    const { counts: backupCounts, auditHead } = readIntactCopy(copy.sqlite, file);
    const currentCounts = rowCountsOf(context.db.$client);
    const names = [...new Set([...Object.keys(backupCounts), ...Object.keys(currentCounts)])].filter((name) => !KEPT_TABLES.has(name)).sort();
    return {
      file,
      manifest,
      matchesManifest,
      schemaVersion: copy.schemaVersion,
      auditHead,
      tables: names.map((name) => ({ name, inBackup: backupCounts[name] ?? 0, current: currentCounts[name] ?? 0 })),
    };
  } finally {
    copy.sqlite.close();
  }
}

type TableRows = { name: string; isVirtual: boolean; columns: string[]; rows: unknown[][] };

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function readTables(sqlite: Database.Database): TableRows[] {
  const virtual = new Set((sqlite.prepare("select name from pragma_table_list where schema = 'main' and type = 'virtual'").all() as { name: string }[]).map((row) => row.name));
  return dataTables(sqlite)
    .filter((name) => !KEPT_TABLES.has(name))
    .map((name) => {
      const isVirtual = virtual.has(name);
      // An FTS5 table's rowid is the indexed row's id: it is carried explicitly.
      const statement = sqlite.prepare(isVirtual ? `select rowid, * from ${quoted(name)}` : `select * from ${quoted(name)}`).raw(true);
      const columns = statement.columns().map((column) => column.name);
      return { name, isVirtual, columns, rows: statement.all() as unknown[][] };
    });
}

/** The copy's tables, read from a migrated temporary copy when it comes from an older schema. */
function readBackupTables(context: ServiceContext, file: string, schemaVersion: number): TableRows[] {
  if (schemaVersion === context.schemaVersion) {
    const copy = inspectCopy(file);
    try {
      return readTables(copy.sqlite);
    } finally {
      copy.sqlite.close();
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pacte-restauration-'));
  try {
    const migrated = path.join(dir, 'copie.sqlite');
    copyFileSync(file, migrated);
    // resources/ and db/migrations/ sit side by side in the app's folder.
    const database = openDatabase({ file: migrated, migrationsFolder: path.join(path.dirname(context.resourcesDir), 'db', 'migrations') });
    try {
      return readTables(database.sqlite);
    } finally {
      database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces every table's rows with the copy's; the caller runs it inside the write's transaction. */
function replaceTables(sqlite: Database.Database, tables: TableRows[]): void {
  // The append-only triggers would refuse the deletion of the history: set aside, then put back as they were.
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and sql is not null").all() as { name: string; sql: string }[];
  sqlite.pragma('defer_foreign_keys = ON');
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER ${quoted(trigger.name)}`);
  const current = new Set(dataTables(sqlite));
  for (const table of [...current].filter((name) => !KEPT_TABLES.has(name))) sqlite.exec(`DELETE FROM ${quoted(table)}`);
  for (const table of tables) {
    if (!current.has(table.name)) throw new AppError('validation', `La sauvegarde contient une table inconnue de cette version (« ${table.name} ») : rien n’a été restauré.`);
    const insert = sqlite.prepare(`INSERT INTO ${quoted(table.name)} (${table.columns.map(quoted).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`);
    for (const row of table.rows) insert.run(row);
  }
  for (const trigger of triggers) sqlite.exec(trigger.sql);
}

export type RestorePlan = { preview: BackupPreview; savedCurrent: string; write: () => void };

/**
 * Everything that can be read, checked and saved before the transaction: the preview's refusals,
 * the backup of the current base, the copy's rows. `write` then swaps the rows, synchronously.
 */
export async function planRestore(context: ServiceContext, file: string): Promise<RestorePlan> {
  const preview = await previewBackup(context, file);
  if (preview.matchesManifest === false) {
    throw refused(`« ${path.basename(file)} » ne correspond plus à son manifeste (empreinte SHA-256 différente) : la copie a été modifiée ou abîmée. Rien n’a été restauré.`);
  }
  const saved = await makeBackup(context, { reason: 'avant-restauration' });
  const tables = readBackupTables(context, file, preview.schemaVersion);
  return { preview, savedCurrent: saved.file, write: () => replaceTables(context.db.$client, tables) };
}
