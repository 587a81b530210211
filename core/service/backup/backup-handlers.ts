// The backup methods over the files and the open database.
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { backupSettings } from '../../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { deferWrite } from '../deferred-write.ts';
import type { Handlers } from '../handlers.ts';
import type { ServiceContext } from '../context.ts';
import type { BackupList } from './backup-api.ts';
import { backupFolderOf, makeBackup } from './backup-make.ts';
import { listBackupFiles, readManifest } from './backup-manifest.ts';
import { planRestore, previewBackup } from './backup-restore.ts';

function listBackups(context: ServiceContext): BackupList {
  const folder = backupFolderOf(context);
  const isDefaultFolder = context.db.select().from(backupSettings).where(eq(backupSettings.id, 1)).get() === undefined;
  return { folder, isDefaultFolder, backups: listBackupFiles(folder).map((file) => ({ file, manifest: readManifest(file) })) };
}

function newestBackupAt(context: ServiceContext): Date | null {
  const newest = listBackups(context).backups.find((backup) => backup.manifest !== null);
  return newest?.manifest ? new Date(newest.manifest.createdAt) : null;
}

export const backupHandlers: Handlers<'backup.create' | 'backup.list' | 'backup.preview' | 'backup.restore' | 'backup.setFolder'> = {
  'backup.create': async ({ reason, folder, ifOlderThanHours }, context) => {
    if (ifOlderThanHours !== undefined) {
      const newest = newestBackupAt(context);
      if (newest !== null && context.now().getTime() - newest.getTime() < ifOlderThanHours * 3_600_000) return { made: null };
    }
    return { made: await makeBackup(context, { reason, folder }) };
  },
  'backup.list': (_input, context) => listBackups(context),
  'backup.preview': ({ file }, context) => previewBackup(context, file),
  'backup.restore': async ({ file }, context) => {
    const plan = await planRestore(context, file);
    return deferWrite(() => {
      plan.write();
      return { restored: plan.preview, savedCurrent: plan.savedCurrent };
    });
  },
  'backup.setFolder': ({ folder }, context) => {
    if (folder === null) {
      context.db.delete(backupSettings).run();
      return listBackups(context);
    }
    if (!path.isAbsolute(folder)) throw new AppError('validation', `Indiquez le chemin complet du dossier de sauvegarde (« ${folder} » est relatif).`, [{ path: 'folder', message: 'Chemin complet attendu.' }]);
    try {
      mkdirSync(folder, { recursive: true });
      accessSync(folder, constants.W_OK);
    } catch {
      throw new AppError('validation', `Le dossier « ${folder} » ne peut pas recevoir de sauvegardes (création ou écriture refusée).`, [{ path: 'folder', message: 'Dossier non accessible en écriture.' }]);
    }
    const at = context.now().toISOString();
    context.db.insert(backupSettings).values({ id: 1, folder, updatedAt: at }).onConflictDoUpdate({ target: backupSettings.id, set: { folder, updatedAt: at } }).run();
    return listBackups(context);
  },
};
