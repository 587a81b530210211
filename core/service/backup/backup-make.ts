// Makes a backup while the app is open: SQLite's online backup API copies a consistent state, the
// pages still in the WAL included (copying the .sqlite file by hand loses them), into a partial file
// renamed only once its manifest is computed; then the automatic backups are rotated.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { backupSettings } from '../../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { backupsToRemove } from '../../domain/backup-rotation.ts';
import type { ServiceContext } from '../context.ts';
import { auditHeadOf } from '../audit/audit-head.ts';
import { inspectCopy, listBackupFiles, manifestFileOf, readManifest, rowCountsOf, sha256OfFile, type BackupManifest, type BackupReason } from './backup-manifest.ts';

export type MadeBackup = BackupManifest & { file: string; removed: string[] };

/** `…/pacte.sqlite` keeps its backups in `…/pacte-sauvegardes/` unless the user chose another folder. */
export function backupFolderOf(context: ServiceContext): string {
  const chosen = context.db.select().from(backupSettings).where(eq(backupSettings.id, 1)).get();
  if (chosen) return chosen.folder;
  const parsed = path.parse(context.databaseFile);
  return path.join(parsed.dir, `${parsed.name}-sauvegardes`);
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/gu, '-');
}

/**
 * The copy inherits the base's WAL mode, so that opening it (to read its counts, to preview it) left
 * `-wal`/`-shm` files beside it, and a copy in a read-only folder could not be opened at all: it is made
 * one self-contained file.
 */
function singleFile(copy: string): void {
  const sqlite = new Database(copy, { fileMustExist: true });
  try {
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }
}

export async function makeBackup(context: ServiceContext, options: { reason: BackupReason; folder?: string | undefined }): Promise<MadeBackup> {
  if (context.databaseFile === ':memory:') throw new AppError('validation', 'Une base en mémoire ne se sauvegarde pas.');
  const folder = options.folder ?? backupFolderOf(context);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new AppError('storage', `Le dossier de sauvegarde « ${folder} » ne peut pas être créé (${(error as NodeJS.ErrnoException).code ?? 'erreur'}) : choisissez-en un autre dans Paramètres → Sauvegardes.`);
  }
  const createdAt = context.now();
  const fileName = `pacte-${stampOf(createdAt)}-${options.reason}.sqlite`;
  const file = path.join(folder, fileName);
  const partial = `${file}.partiel`;
  try {
    await context.db.$client.backup(partial);
    singleFile(partial);
    const copy = inspectCopy(partial);
    let rowCounts: Record<string, number>;
    let auditHead: BackupManifest['auditHead'];
    try {
      rowCounts = rowCountsOf(copy.sqlite);
      auditHead = auditHeadOf(copy.sqlite);
    } finally {
      copy.sqlite.close();
    }
    const manifest: BackupManifest = {
      format: 'pacte-cai-backup/1',
      createdAt: createdAt.toISOString(),
      reason: options.reason,
      createdBy: context.actor,
      appVersion: context.appVersion,
      schemaVersion: copy.schemaVersion,
      sourceFile: context.databaseFile,
      fileName,
      bytes: statSync(partial).size,
      sha256: await sha256OfFile(partial),
      auditHead,
      rowCounts,
    };
    renameSync(partial, file);
    writeFileSync(manifestFileOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
    return { ...manifest, file, removed: rotate(folder) };
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppError('storage', `Sauvegarde impossible : le disque de « ${folder} » est plein. Libérez de la place ou choisissez un autre dossier.`);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') throw new AppError('storage', `Sauvegarde impossible : le dossier « ${folder} » n’accepte pas d’écriture. Choisissez un autre dossier.`);
    throw error;
  }
}

/** Removes the automatic backups rotation no longer keeps, with their manifests. */
function rotate(folder: string): string[] {
  const backups = listBackupFiles(folder).flatMap((file) => {
    const manifest = readManifest(file);
    return manifest ? [{ file, createdAt: manifest.createdAt, reason: manifest.reason }] : [];
  });
  const removed = backupsToRemove(backups);
  for (const file of removed) {
    rmSync(file, { force: true });
    rmSync(manifestFileOf(file), { force: true });
  }
  return removed;
}
