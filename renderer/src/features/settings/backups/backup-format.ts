// How a backup's facts read on screen: its date, its size, the audit head it carries, its file name.
import type { BackupManifest } from '../../../../../core/service/api.ts';
import { shortAuditHash } from '../../../../../core/domain/audit-head.ts';
import { backupContentsSummary, backupReasonLabel } from '../../../../../core/domain/backup-labels.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short' });

/** "jeudi 3 décembre 2026 à 11:00": the weekday tells the daily backups apart at a glance. */
export function formatBackupDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const size = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const UNITS = ['octets', 'Ko', 'Mo', 'Go'] as const;

/** "1,2 Mo": the French units, 1 Ko = 1 024 octets as file managers count. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${size.format(value)}\u00A0${UNITS[unit]}`;
}

/** "n° 152": the entry of the audit log the backup ends on (its hash is shown beside, shortened). */
export function auditHeadText(head: BackupManifest['auditHead']): string {
  return head === null ? 'journal vide' : `n°\u00A0${head.seq}`;
}

/** "9F3A 01C2 7B44 D0E8": the same 64 bits document footers print and `pacte audit verify --head` takes back. */
export function shortHash(hash: string): string {
  return shortAuditHash(hash);
}

/** The last part of a path, whichever separator the host's system uses. */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/u).pop() ?? file;
}

/** "Sauvegarde manuelle du jeudi 3 décembre 2026 à 11:00": a backup named in a sentence. */
export function backupTitle(manifest: BackupManifest | null, file: string): string {
  return manifest === null ? `Sauvegarde «\u00A0${fileNameOf(file)}\u00A0»` : `Sauvegarde ${backupReasonLabel(manifest.reason)} du ${formatBackupDate(manifest.createdAt)}`;
}

/** What a backup holds in short, from its row counts (its manifest's, or its preview's). */
export function contentsOf(tables: readonly { name: string; inBackup: number }[]): string {
  return backupContentsSummary(Object.fromEntries(tables.map((table) => [table.name, table.inBackup])));
}
