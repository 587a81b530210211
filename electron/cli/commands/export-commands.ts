// `pacte applications export` and `pacte sessions export`: the spreadsheets of the screens (.xlsx or a
// CSV French Excel opens), and the list's filters, shared by `applications list` and `applications export`.
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { AVIS_KINDS, type AvisKind } from '../../../core/domain/jury/avis.ts';
import { APPLICATION_SORTS, type ApplicationStatus } from '../../../core/service/applications/applications-api.ts';
import type { ExportedFile, ExportFormat, ResultsOrder } from '../../../core/service/exports/exports-api.ts';
import { EXPORT_FORMATS, RESULTS_ORDERS } from '../../../core/service/exports/exports-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, printJson } from './option-parsers.ts';

export type ApplicationFilterOptions = {
  call?: number;
  status?: ApplicationStatus;
  avis?: AvisKind | 'aucun';
  lever?: number;
  territory?: number;
  provider?: number;
  search?: string;
  sort?: (typeof APPLICATION_SORTS)[number];
  desc?: boolean;
};

/** The filters of the "Dossiers" screen, with the same names for `list` and `export`. */
export function addApplicationFilterOptions(command: Command): Command {
  return command
    .option('--call <numéro>', 'seulement les dossiers de cet appel à projets', positiveInteger('--call'))
    .addOption(new Option('--status <statut>', 'seulement les dossiers de ce statut').choices(['brouillon', 'depose', 'recevable', 'irrecevable']))
    .addOption(new Option('--avis <avis>', 'seulement les dossiers dont le dernier avis de la CAI est celui-ci (aucun : pas encore d’avis)').choices([...AVIS_KINDS, 'aucun']))
    .option('--lever <numéro>', 'seulement les dossiers dont l’objectif principal relève de ce levier du pacte', positiveInteger('--lever'))
    .option('--territory <numéro>', 'seulement les dossiers menés sur ce territoire (ses quartiers prioritaires compris)', positiveInteger('--territory'))
    .option('--provider <numéro>', 'seulement les dossiers de ce prestataire', positiveInteger('--provider'))
    .option('--search <texte>', 'recherche dans l’intitulé, le résumé, la description et le nom du prestataire (sans accents ni majuscules)')
    .addOption(new Option('--sort <colonne>', 'ordre des dossiers').choices(APPLICATION_SORTS).default('title'))
    .option('--desc', 'ordre décroissant');
}

/** The service's filter fields, only those given. */
export function applicationFilters(options: ApplicationFilterOptions) {
  return {
    ...(options.call !== undefined ? { callId: options.call } : {}),
    ...(options.status !== undefined ? { status: options.status } : {}),
    ...(options.avis !== undefined ? { avis: options.avis } : {}),
    ...(options.lever !== undefined ? { leverNumber: options.lever } : {}),
    ...(options.territory !== undefined ? { territoryId: options.territory } : {}),
    ...(options.provider !== undefined ? { providerId: options.provider } : {}),
    ...(options.search !== undefined ? { query: options.search } : {}),
    ...(options.sort !== undefined ? { sort: options.sort } : {}),
    ...(options.desc ? { descending: true } : {}),
  };
}

type FileOptions = { format?: ExportFormat; out: string; json?: boolean };

function addFileOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'classeur Excel (xlsx) ou CSV pour Excel (point-virgule, virgule décimale) ; par défaut : l’extension de --out').choices(EXPORT_FORMATS))
    .requiredOption('--out <fichier>', 'fichier à écrire (ou dossier existant : le nom est alors proposé)')
    .option('--json', 'sortie JSON');
}

/** The format asked, or the one the file's name says; a name that says another is refused before anything runs. */
export function exportFormat(options: FileOptions): ExportFormat {
  const extension = path.extname(options.out).slice(1).toLowerCase();
  const named = EXPORT_FORMATS.find((format) => format === extension);
  if (options.format !== undefined && named !== undefined && named !== options.format) {
    throw new AppError('validation', `--out : « ${options.out} » se termine par .${named} alors que --format demande ${options.format}.`);
  }
  const format = options.format ?? named;
  if (format === undefined) throw new AppError('validation', 'Indiquez le format : --format xlsx ou --format csv (ou un fichier --out en .xlsx ou .csv).');
  return format;
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    // No such file yet: it is the file to write.
    return false;
  }
}

function writeExport(io: CliIo, options: FileOptions, file: ExportedFile, what: string): void {
  const target = path.resolve(isFolder(options.out) ? path.join(options.out, file.fileName) : options.out);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    throw new AppError('file_unwritable', `Impossible d’écrire « ${target} » : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  if (options.json) return printJson(io.stdout, { file: target, rows: file.rowCount, bytes: bytes.length });
  io.stdout(`${what} écrit dans « ${target} » : ${file.rowCount} ligne${file.rowCount > 1 ? 's' : ''}.\n`);
}

export function addApplicationExportCommand(applications: Command, io: CliIo): void {
  addFileOptions(addApplicationFilterOptions(frenchSubcommand(applications, 'export', 'exporter les dossiers filtrés comme « list » en tableur (.xlsx ou .csv), tous les dossiers correspondants')))
    .action(async (options: ApplicationFilterOptions & FileOptions, command: Command) => {
      const format = exportFormat(options);
      await withService(command, io, async ({ service }) => {
        const file = await service.invoke('applications.export', { ...applicationFilters(options), format });
        writeExport(io, options, file, 'Tableau des dossiers');
      });
    });
}

type SessionExportOptions = FileOptions & { what: 'results' | 'progress'; order: ResultsOrder; disputedFirst?: boolean };

export function addSessionExportCommand(sessions: Command, io: CliIo): void {
  addFileOptions(frenchSubcommand(sessions, 'export <séance>', 'exporter en tableur les résultats et avis (après la révélation des notes) ou l’avancement de la notation'))
    .addOption(new Option('--what <contenu>', 'results : notes, classement et avis ; progress : fiches de chaque juré, sans aucune note').choices(['results', 'progress']).default('results'))
    .addOption(new Option('--order <ordre>', 'résultats : par rang (rank) ou dans l’ordre de passage (position)').choices(RESULTS_ORDERS).default('rank'))
    .option('--disputed-first', 'résultats : les dossiers en désaccord d’abord')
    .action(async (sessionText: string, options: SessionExportOptions, command: Command) => {
      const sessionId = positiveInteger('séance')(sessionText);
      const format = exportFormat(options);
      if (options.what === 'progress' && (options.order !== 'rank' || options.disputedFirst)) {
        throw new AppError('validation', '--order et --disputed-first ne valent que pour les résultats (--what results).');
      }
      await withService(command, io, async ({ service }) => {
        if (options.what === 'progress') {
          writeExport(io, options, await service.invoke('sessions.exportProgress', { sessionId, format }), 'Avancement de la notation');
          return;
        }
        const file = await service.invoke('sessions.exportResults', { sessionId, format, order: options.order, disputedFirst: options.disputedFirst === true });
        writeExport(io, options, file, 'Tableau des résultats');
      });
    });
}
