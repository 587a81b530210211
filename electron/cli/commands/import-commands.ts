// `pacte providers import`, `pacte applications template|import`: spreadsheets in and out.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import type { ImportIssue, ImportReport } from '../../../core/service/imports/imports-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

type ImportOptions = { call?: number; validOnly?: boolean; dryRun?: boolean; json?: boolean };

function readInput(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
  }
}

function place(issue: ImportIssue): string {
  const where = [issue.row !== null ? `ligne ${issue.row}` : null, issue.column ? `colonne « ${issue.column} »` : null].filter(Boolean).join(', ');
  return `${issue.sheet}${where ? `, ${where}` : ''} : ${issue.message}`;
}

function printReport(io: CliIo, report: ImportReport, dryRun: boolean): void {
  const line = (label: string, counts: ImportReport['created']) => `${label} : ${counts.providers} prestataire(s), ${counts.applications} dossier(s)\n`;
  io.stdout(dryRun ? 'Aperçu (rien n’a été écrit) :\n' : report.committed ? 'Import terminé :\n' : 'Rien n’a été importé : le fichier contient des erreurs.\n');
  // Before writing, the counts say what the valid rows would do.
  const [created, updated] = report.committed ? ['  créés', '  mis à jour'] : ['  à créer', '  à mettre à jour'];
  io.stdout(line(created, report.created) + line(updated, report.updated) + line('  inchangés', report.unchanged));
  for (const warning of report.warnings) io.stdout(`  Attention — ${place(warning)}\n`);
  for (const error of report.errors) io.stderr(`Erreur — ${place(error)}\n`);
  if (report.errors.length > 0 && !report.committed && !dryRun) io.stderr('Corrigez ces lignes, ou relancez avec --valid-only pour n’importer que les lignes valides.\n');
}

async function runImportCommand(io: CliIo, command: Command, file: string, options: ImportOptions, csvKind: 'providers' | 'applications'): Promise<void> {
  const contentBase64 = readInput(file);
  const report = await withService(command, io, ({ service }) =>
    service.invoke('imports.run', {
      fileName: path.basename(file),
      contentBase64,
      ...(options.call ? { callId: options.call } : {}),
      mode: options.dryRun ? 'preview' : 'commit',
      validOnly: options.validOnly ?? false,
      csvKind,
    }),
  );
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(io, report, options.dryRun ?? false);
  // Rows were wrong and nothing was written: the command failed, whatever the output format.
  if (report.errors.length > 0 && !options.validOnly) throw new AppError('import_refused', `${report.errors.length} erreur(s) dans « ${path.basename(file)} » ; rien n’a été importé.`);
}

function callNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new AppError('validation', `--call : « ${value} » n'est pas un numéro d'appel à projets.`);
  return number;
}

function subcommandOf(program: Command, name: string): Command {
  const found = program.commands.find((command) => command.name() === name);
  if (!found) throw new Error(`CLI command ${name} must be declared before its import subcommands`);
  return found;
}

export function addImportCommands(program: Command, io: CliIo): void {
  frenchSubcommand(subcommandOf(program, 'providers'), 'import <fichier>', 'importer des prestataires depuis un fichier .xlsx (feuille « Prestataires ») ou .csv')
    .option('--valid-only', 'importer les lignes valides et laisser les autres')
    .option('--dry-run', 'vérifier le fichier et montrer ce qui serait fait, sans rien écrire')
    .option('--json', 'rapport en JSON')
    .action((file: string, options: ImportOptions, command: Command) => runImportCommand(io, command, file, options, 'providers'));

  const applications = subcommandOf(program, 'applications');
  frenchSubcommand(applications, 'template', 'écrire le modèle de fichier à remplir (.xlsx avec une feuille d’aide, ou .csv)')
    .requiredOption('--out <fichier>', 'fichier à écrire : son extension (.xlsx ou .csv) choisit le format')
    .action(async (options: { out: string }, command: Command) => {
      const extension = path.extname(options.out).toLowerCase();
      if (extension !== '.xlsx' && extension !== '.csv') throw new AppError('validation', `--out : l’extension doit être .xlsx ou .csv (reçu « ${extension || 'aucune'} »).`);
      const template = await withService(command, io, ({ service }) => service.invoke('imports.template', { format: extension === '.xlsx' ? 'xlsx' : 'csv' }));
      writeFileSync(options.out, Buffer.from(template.contentBase64, 'base64'));
      io.stdout(`Modèle écrit dans ${options.out}\n`);
    });

  frenchSubcommand(applications, 'import <fichier>', 'importer des dossiers (et leurs prestataires) dans un appel à projets')
    .requiredOption('--call <numéro>', 'appel à projets auquel rattacher les dossiers', callNumber)
    .option('--valid-only', 'importer les lignes valides et laisser les autres')
    .option('--dry-run', 'vérifier le fichier et montrer ce qui serait fait, sans rien écrire')
    .option('--json', 'rapport en JSON')
    .action((file: string, options: ImportOptions, command: Command) => runImportCommand(io, command, file, options, 'applications'));
}
