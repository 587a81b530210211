// The `pacte` command: parses arguments, runs one command on the service, maps failures to exit codes.
import { CommanderError } from 'commander';
import { AppError } from '../../core/domain/app-error.ts';
import { STORAGE_ERROR_CODE } from '../../core/domain/storage-errors.ts';
import type { CliIo } from './cli-io.ts';
import { addAppCommands } from './commands/app-commands.ts';
import { addApplicationCommands } from './commands/application-commands.ts';
import { addAttachmentCommands } from './commands/attachment-commands.ts';
import { addAuditCommands } from './commands/audit-commands.ts';
import { addBackupCommands } from './commands/backup-commands.ts';
import { addBilanCommands } from './commands/bilan-commands.ts';
import { addBilanWorkbookCommands } from './commands/bilan-workbook-commands.ts';
import { addConventionCommands } from './commands/convention-commands.ts';
import { addExportCommands } from './commands/convention-document-commands.ts';
import { addDocumentCommands } from './commands/document-commands.ts';
import { addEligibilityCommands } from './commands/eligibility-commands.ts';
import { addGridCommands } from './commands/grid-commands.ts';
import { addImportCommands } from './commands/import-commands.ts';
import { addIndicatorCommands } from './commands/indicator-commands.ts';
import { addJurorCommands } from './commands/juror-commands.ts';
import { addCallCommands } from './commands/call-commands.ts';
import { addPackCommands } from './commands/pack-commands.ts';
import { addPactCommands } from './commands/pact-commands.ts';
import { addPactReviewCommands } from './commands/pact-review-commands.ts';
import { addProviderCommands } from './commands/provider-commands.ts';
import { addScoringCommands } from './commands/scoring-commands.ts';
import { addSessionCommands } from './commands/session-commands.ts';
import { addSessionJuryCommands } from './commands/session-jury-commands.ts';
import { addUserCommands } from './commands/user-commands.ts';
import { addRollupCommands } from './commands/rollup-commands.ts';
import { frenchCommand, frenchParseError } from './french-commander.ts';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const program = frenchCommand('pacte')
    .description('Pacte CAI en ligne de commande : la même application, sans fenêtre.')
    .usage('[options] <commande>')
    .option('--db <fichier>', 'base de données à utiliser (sinon la variable PACTE_DB, sinon le dossier de données de l’application)')
    .helpCommand('help [commande]', "afficher l'aide d'une commande")
    .showSuggestionAfterError(false);
  addAppCommands(program, io);
  addPactCommands(program, io);
  addCallCommands(program, io);
  addProviderCommands(program, io);
  addApplicationCommands(program, io);
  addImportCommands(program, io);
  addAttachmentCommands(program, io);
  addEligibilityCommands(program, io);
  addAuditCommands(program, io);
  addBackupCommands(program, io);
  addUserCommands(program, io);
  addDocumentCommands(program, io);
  addExportCommands(program, io);
  addGridCommands(program, io);
  addJurorCommands(program, io);
  addSessionJuryCommands(program, addSessionCommands(program, io), io);
  addScoringCommands(program, io);
  addPackCommands(program, io);
  addConventionCommands(program, io);
  addPactReviewCommands(program, io);
  addIndicatorCommands(program, io);
  addRollupCommands(program, io);
  addBilanCommands(program, io);
  // After addBilanCommands: adds `workbook` and `import` to its `bilans` group.
  addBilanWorkbookCommands(program, io);
  // Help goes to stdout, always ending with a new line; commander's own English errors are silenced (see frenchParseError).
  // writeErr only carries the help commander shows when a command is called without its subcommand.
  const withNewLine = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const output = { writeOut: (text: string) => io.stdout(withNewLine(text)), writeErr: (text: string) => io.stderr(withNewLine(text)), outputError: () => undefined };
  for (const command of [program, ...program.commands, ...program.commands.flatMap((parent) => parent.commands)]) command.configureOutput(output);

  if (args.length === 0) {
    io.stderr(`${program.helpInformation()}\nIndiquez une commande.\n`);
    return EXIT_USER_ERROR;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      const message = frenchParseError(error);
      // A help shown as an error (`pacte pact` without a subcommand) is a user error, not a success.
      if (message === null && error.exitCode !== 0) {
        io.stderr('\nIndiquez une commande.\n');
        return EXIT_USER_ERROR;
      }
      if (message === null) return EXIT_OK;
      io.stderr(`pacte : ${message}\n`);
      return EXIT_USER_ERROR;
    }
    if (error instanceof AppError) {
      io.stderr(`pacte : ${error.message}\n`);
      // The service answers a fault of its own (a failing query, a bug) with the code 'internal': not the user's error.
      // A full disk, a read-only or busy base: not the user's input either (storage-errors.ts).
      if (error.code === 'internal' || error.code === STORAGE_ERROR_CODE) return EXIT_INTERNAL_ERROR;
      for (const issue of error.issues ?? []) io.stderr(`  - ${issue.path ? `${issue.path} : ` : ''}${issue.message}\n`);
      return EXIT_USER_ERROR;
    }
    io.stderr(`pacte : erreur interne, rien n'a été fait. ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}
