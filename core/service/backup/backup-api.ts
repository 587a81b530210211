// Backups of the database: make one, list them, see what one holds, restore one, choose the folder.
import { z } from 'zod';
import { defineMethod } from '../define.ts';
import type { BackupManifest } from './backup-manifest.ts';
import type { BackupPreview } from './backup-restore.ts';

export type { BackupManifest, BackupPreview };
export type BackupSummary = { file: string; manifest: BackupManifest | null };
export type BackupList = { folder: string; isDefaultFolder: boolean; backups: BackupSummary[] };
export type MadeBackupResult = BackupManifest & { file: string; removed: string[] };

const filePath = z.string().trim().min(1, 'Chemin du fichier requis.').max(4096);

export const backupMethods = {
  'backup.create': defineMethod<{ made: MadeBackupResult | null }>()(
    z
      .object({
        /** What the user asks for is "manuelle"; the hosts make the daily and on-quit ones. */
        reason: z.enum(['manuelle', 'quotidienne', 'fermeture']).default('manuelle'),
        folder: filePath.optional(),
        /** Only if the newest backup is older than this (the daily backup checked every hour): `made` is null otherwise. */
        ifOlderThanHours: z.number().positive().max(24 * 366).optional(),
      })
      .strict(),
  ),
  'backup.list': defineMethod<BackupList>()(z.object({}).strict()),
  'backup.preview': defineMethod<BackupPreview>()(z.object({ file: filePath }).strict()),
  'backup.restore': defineMethod<{ restored: BackupPreview; savedCurrent: string }>()(z.object({ file: filePath }).strict()),
  'backup.setFolder': defineMethod<BackupList>()(z.object({ folder: filePath.nullable() }).strict()),
};
