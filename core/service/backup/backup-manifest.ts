// What a backup is and says about itself: a consistent SQLite copy made with SQLite's online backup
// API, beside a manifest (app and schema version, row counts, the audit chain's head, SHA-256 of
// the copy). The manifest lets a person see what a backup holds before restoring it, and lets the
// app tell a damaged or swapped copy from a good one.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PACTE_APPLICATION_ID } from '../../../db/open-database.ts';
import type { AuditChainHead } from '../../domain/audit-head.ts';

export const BACKUP_REASONS = ['manuelle', 'quotidienne', 'fermeture', 'avant-import', 'avant-restauration', 'avant-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The audit log's last entry when the copy was made (core/service/audit/audit-head.ts): give `SEQ:HASH` to `pacte audit verify --head`. */
export type AuditHead = AuditChainHead | null;

export type BackupManifest = {
  format: 'pacte-cai-backup/1';
  createdAt: string;
  reason: BackupReason;
  createdBy: string;
  appVersion: string;
  schemaVersion: number;
  sourceFile: string;
  fileName: string;
  bytes: number;
  sha256: string;
  auditHead: AuditHead;
  rowCounts: Record<string, number>;
};

/** The tables a backup holds and a restore copies: ours, not SQLite's nor the FTS5 indexes' shadow tables. */
export function dataTables(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare("select name, type from pragma_table_list where schema = 'main' and type in ('table', 'virtual') and name not like 'sqlite_%' order by name").all() as { name: string; type: string }[];
  return rows.map((row) => row.name);
}

export function rowCountsOf(sqlite: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of dataTables(sqlite)) {
    counts[table] = (sqlite.prepare(`select count(*) as n from "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export function manifestFileOf(backupFile: string): string {
  return backupFile.replace(/\.sqlite$/u, '.json');
}

export function readManifest(backupFile: string): BackupManifest | null {
  const file = manifestFileOf(backupFile);
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupManifest>;
    return parsed.format === 'pacte-cai-backup/1' ? (parsed as BackupManifest) : null;
  } catch {
    return null;
  }
}

/** The backups of a folder, newest first, by the manifest beside each copy. */
export function listBackupFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith('pacte-') && name.endsWith('.sqlite'))
    .sort()
    .reverse()
    .map((name) => path.join(folder, name));
}

/** Opens a copy read-only and says whether it is ours: application_id, then its schema version. */
export function inspectCopy(file: string): { applicationId: number; schemaVersion: number; sqlite: Database.Database } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
    const schemaVersion = sqlite.pragma('user_version', { simple: true }) as number;
    return { applicationId, schemaVersion, sqlite };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export const isPacteCopy = (applicationId: number): boolean => applicationId === PACTE_APPLICATION_ID;
