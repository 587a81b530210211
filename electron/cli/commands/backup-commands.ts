// `pacte backup [--out DOSSIER]`, `pacte backup list`, `pacte backup folder`, `pacte restore FICHIER`:
// online backups of the base (SQLite's backup API, the WAL included) and their restore.
import path from 'node:path';
import type { Command } from 'commander';
import type { BackupManifest } from '../../../core/service/backup/backup-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { formatAuditHead } from '../../../core/domain/audit-head.ts';
import { printJson } from './option-parsers.ts';

const COUNTED: Record<string, string> = { calls: 'appels', providers: 'prestataires', applications: 'dossiers', conventions: 'conventions', audit_log: 'entrées du journal' };

function describeManifest(manifest: BackupManifest): string {
  const rows = Object.entries(COUNTED).map(([table, label]) => [label, manifest.rowCounts[table] ?? 0] as const);
  // The whole head, as `pacte audit verify --head` takes it: a log shortened or re-chained later is then found.
  const head = manifest.auditHead ? `journal jusqu’à l’entrée n° ${manifest.auditHead.seq}, tête ${formatAuditHead(manifest.auditHead)}` : 'journal vide';
  return `${new Date(manifest.createdAt).toLocaleString('fr-FR')} · ${manifest.reason} · schéma n° ${manifest.schemaVersion} · ${rows.map(([label, count]) => `${count} ${label}`).join(', ')} · ${head}`;
}

export function addBackupCommands(program: Command, io: CliIo): void {
  const backup = frenchSubcommand(program, 'backup', 'sauvegarder la base maintenant (copie cohérente, même application ouverte) ; list : les sauvegardes')
    .usage('[options] [commande]')
    .option('--out <dossier>', 'dossier où écrire la sauvegarde (sinon le dossier choisi dans Paramètres, sinon « <base>-sauvegardes » à côté de la base)')
    .option('--json', 'sortie JSON (le manifeste)')
    .action(async (options: { out?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const { made } = await service.invoke('backup.create', { reason: 'manuelle', ...(options.out ? { folder: path.resolve(options.out) } : {}) });
        if (!made) return;
        if (options.json) return printJson(io.stdout, made);
        io.stdout(`Sauvegarde écrite : ${made.file}\n${describeManifest(made)}\nSHA-256 : ${made.sha256}\n`);
        if (made.removed.length > 0) io.stdout(`Rotation : ${made.removed.length} sauvegarde(s) automatique(s) ancienne(s) supprimée(s).\n`);
      }),
    );

  frenchSubcommand(backup, 'list', 'lister les sauvegardes du dossier de sauvegarde, de la plus récente à la plus ancienne')
    .option('--json', 'sortie JSON')
    .action(async (_options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('backup.list', {});
        // commander gives `--json` after `list` to `backup` itself, which has the same option.
        if (command.optsWithGlobals<{ json?: boolean }>().json) return printJson(io.stdout, list);
        io.stdout(`Dossier : ${list.folder}${list.isDefaultFolder ? ' (par défaut)' : ''}\n`);
        if (list.backups.length === 0) return io.stdout('Aucune sauvegarde pour l’instant : « pacte backup » en fait une.\n');
        for (const entry of list.backups) io.stdout(`${path.basename(entry.file)}\t${entry.manifest ? describeManifest(entry.manifest) : 'sans manifeste'}\n`);
      }),
    );

  frenchSubcommand(backup, 'folder', 'choisir le dossier des sauvegardes (--default : revenir au dossier à côté de la base)')
    .argument('[dossier]', 'chemin du dossier')
    .option('--default', 'revenir au dossier par défaut')
    .action(async (folder: string | undefined, options: { default?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('backup.setFolder', { folder: options.default || folder === undefined ? null : path.resolve(folder) });
        io.stdout(`Les sauvegardes iront dans : ${list.folder}\n`);
      }),
    );

  frenchSubcommand(program, 'restore', 'restaurer une sauvegarde : la base actuelle est d’abord sauvegardée, puis remplacée table par table (tout ou rien)')
    .argument('<fichier>', 'la sauvegarde (.sqlite) à restaurer')
    .option('--dry-run', 'montrer ce que la sauvegarde contient, sans rien restaurer')
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const absolute = path.resolve(file);
        if (options.dryRun) {
          const preview = await service.invoke('backup.preview', { file: absolute });
          if (options.json) return printJson(io.stdout, preview);
          io.stdout(`${path.basename(absolute)} : schéma n° ${preview.schemaVersion}${preview.matchesManifest === false ? ' — NE CORRESPOND PLUS À SON MANIFESTE' : ''}\n`);
          for (const table of preview.tables.filter((entry) => entry.inBackup !== entry.current)) io.stdout(`  ${table.name} : ${table.current} aujourd’hui → ${table.inBackup} dans la sauvegarde\n`);
          return;
        }
        const result = await service.invoke('backup.restore', { file: absolute });
        if (options.json) return printJson(io.stdout, result);
        io.stdout(`Sauvegarde restaurée : ${absolute}\nLa base d’avant est gardée dans : ${result.savedCurrent}\n`);
      }),
    );
}
