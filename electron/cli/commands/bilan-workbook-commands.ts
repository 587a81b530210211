// `pacte bilans workbook …` (the provider's .xlsx for a convention's year, or for every convention of a
// session) and `pacte bilans import FILE.xlsx|DIR` (returned workbooks, each all or nothing on its own).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import type { BilanWorkbookImport } from '../../../core/service/api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { calendarYear } from './convention-option-parsers.ts';
import { positiveInteger, printJson } from './option-parsers.ts';

type WorkbookOptions = { convention?: number; session?: number; year?: number; out: string; json?: boolean };
type ImportOptions = { dryRun?: boolean; json?: boolean };

/** The `bilans` group: created here or by the other bilan commands, whichever registers first. */
function bilansGroup(program: Command): Command {
  return program.commands.find((command) => command.name() === 'bilans') ?? frenchSubcommand(program, 'bilans', 'les bilans annuels des conventions').usage('[options] <commande>');
}

function readWorkbookFile(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
  }
}

/** A file, or every .xlsx of a folder (not its subfolders), in name order; Office's lock files (~$…) left out. */
function workbookFiles(target: string): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    throw new AppError('file_unreadable', `« ${target} » : fichier ou dossier introuvable.`);
  }
  if (!stats.isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'fr'))
    .map((name) => path.join(target, name));
  if (files.length === 0) throw new AppError('validation', `Aucun classeur .xlsx dans « ${target} ».`);
  return files;
}

function yearsOf(startsOn: string, endsOn: string): number[] {
  const years: number[] = [];
  for (let year = Number(startsOn.slice(0, 4)); year <= Number(endsOn.slice(0, 4)); year += 1) years.push(year);
  return years;
}

function importLine(report: BilanWorkbookImport): string {
  const name = path.basename(report.fileName);
  const what = report.conventionNumber ? ` — ${report.conventionNumber}, bilan ${report.year ?? '?'}` : '';
  if (!report.ok) return `REFUSÉ ${name}${what} : ${report.problems.length} problème(s)\n${report.problems.map((problem) => `  - ${problem.message}\n`).join('')}`;
  const verb = report.dryRun ? (report.changed ? 'serait importé' : 'déjà à jour') : report.changed ? 'importé' : 'déjà à jour (rien changé)';
  return `OK ${name}${what} : ${verb} (${report.valueCount} valeur(s), ${report.lineCount} ligne(s) financière(s))\n`;
}

export function addBilanWorkbookCommands(program: Command, io: CliIo): void {
  const bilans = bilansGroup(program);

  frenchSubcommand(bilans, 'workbook', 'écrire le classeur de bilan à envoyer au prestataire (une convention et une année, ou toutes les conventions d’une séance)')
    .option('--convention <id>', 'la convention', positiveInteger('--convention'))
    .option('--session <id>', 'toutes les conventions de cette séance CAI (--out est alors un dossier)', positiveInteger('--session'))
    .option('--year <aaaa>', 'l’année du bilan (avec --session : par défaut chaque année de chaque convention)', calendarYear('--year'))
    .requiredOption('--out <fichier.xlsx|dossier>', 'où écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: WorkbookOptions, command: Command) =>
      withService(command, io, async ({ service }) => {
        if ((options.convention === undefined) === (options.session === undefined)) throw new AppError('validation', 'Indiquez --convention ID --year AAAA, ou --session ID (l’un des deux).');
        const written: { file: string; bytes: number }[] = [];
        const write = (file: string, contentBase64: string) => {
          const bytes = Buffer.from(contentBase64, 'base64');
          writeFileSync(file, bytes);
          written.push({ file, bytes: bytes.length });
        };
        if (options.convention !== undefined) {
          if (options.year === undefined) throw new AppError('validation', '--year : indiquez l’année du bilan.');
          if (!options.out.toLowerCase().endsWith('.xlsx')) throw new AppError('validation', `--out : « ${options.out} » doit se terminer par .xlsx.`);
          const workbook = await service.invoke('bilans.workbook', { conventionId: options.convention, year: options.year });
          write(path.resolve(options.out), workbook.contentBase64);
        } else {
          const folder = path.resolve(options.out);
          mkdirSync(folder, { recursive: true });
          const { rows } = await service.invoke('conventions.list', { sessionId: options.session });
          if (rows.length === 0) throw new AppError('precondition', `Aucune convention pour la séance n° ${options.session ?? ''}.`);
          for (const row of rows) {
            const years = options.year === undefined ? yearsOf(row.startsOn, row.endsOn) : [options.year];
            for (const year of years) {
              const result = await service.call('bilans.workbook', { conventionId: row.id, year });
              // A convention that does not cover the year asked is left out, not an error of the batch.
              if (!result.ok) {
                if (result.error.code === 'precondition') continue;
                throw new AppError(result.error.code, result.error.message);
              }
              const workbook = result.value as { fileName: string; contentBase64: string };
              write(path.join(folder, workbook.fileName), workbook.contentBase64);
            }
          }
        }
        if (options.json) return printJson(io.stdout, written);
        for (const file of written) io.stdout(`Classeur écrit : ${file.file} (${file.bytes} octets)\n`);
        if (written.length > 1) io.stdout(`${written.length} classeurs écrits.\n`);
      }),
    );

  frenchSubcommand(bilans, 'import <fichier-ou-dossier>', 'importer des classeurs de bilan renvoyés (un fichier, ou chaque .xlsx d’un dossier) : chacun tout ou rien')
    .option('--dry-run', 'tout vérifier, ne rien enregistrer')
    .option('--json', 'sortie JSON')
    .action(async (target: string, options: ImportOptions, command: Command) => {
      const files = workbookFiles(target);
      await withService(command, io, async ({ service }) => {
        const reports: BilanWorkbookImport[] = [];
        for (const [index, file] of files.entries()) {
          const report = await service.invoke('bilans.importWorkbook', { fileName: file, contentBase64: readWorkbookFile(file), dryRun: options.dryRun === true });
          reports.push(report);
          if (!options.json) io.stdout(`[${index + 1} / ${files.length}] ${importLine(report)}`);
        }
        const refused = reports.filter((report) => !report.ok).length;
        const changed = reports.filter((report) => report.ok && report.changed).length;
        const summary = { files: reports.length, accepted: reports.length - refused, refused, changed, dryRun: options.dryRun === true };
        if (options.json) printJson(io.stdout, { summary, reports });
        else io.stdout(`Bilan de l’import : ${summary.accepted} accepté(s) dont ${changed} ${options.dryRun ? 'à importer' : 'importé(s)'}, ${refused} refusé(s) sur ${summary.files}.${options.dryRun ? ' (essai : rien n’a été enregistré)' : ''}\n`);
        if (refused > 0) throw new AppError('validation', `${refused} classeur(s) refusé(s) ; les autres ${options.dryRun ? 'sont valables' : 'ont été importés'}.`);
      });
    });
}
