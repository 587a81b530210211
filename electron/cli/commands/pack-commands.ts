// `pacte jury-pack export|open`, `pacte score-pack export|import`: offline laptops. The chair exports a juror's
// jury pack; on the juror's laptop it is opened in a jury database of its own (`pacte --db jure.sqlite …`);
// the score pack written there comes back to the chair. A jury pack is always encrypted: its passphrase,
// chosen by the chair and handed to the juror apart from the file, opens it and signs the notes. It may come
// from PACTE_PACK_PASSPHRASE rather than --passphrase, to keep it out of the shell's history and of `ps`.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import type { OpenedJuryPack } from '../../../core/service/packs/packs-api.ts';
import { MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_WORDS } from '../../../core/service/packs/passphrase-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, printJson } from './option-parsers.ts';

export const PASSPHRASE_ENV = 'PACTE_PACK_PASSPHRASE';

type PassphraseOption = { passphrase?: string };

function passphraseOf(options: PassphraseOption, io: CliIo): string | undefined {
  const value = options.passphrase ?? io.env[PASSPHRASE_ENV];
  return value === undefined || value === '' ? undefined : value;
}

function readPack(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
  }
}

/** --out may name a folder: the pack then takes the name the service suggests. */
function writePack(out: string, fileName: string, contentBase64: string): string {
  let target = out;
  try {
    if (statSync(out).isDirectory()) target = path.join(out, fileName);
  } catch {
    // No such file yet: it is the file to write.
  }
  try {
    writeFileSync(target, Buffer.from(contentBase64, 'base64'));
  } catch (error) {
    throw new AppError('file_unwritable', `Impossible d’écrire « ${target} » : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return target;
}

/** The service asks for the passphrase; the CLI says where to give it. */
async function withPassphraseHint<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'passphrase_required') {
      throw new AppError(error.code, `${error.message.replace(/\.$/u, '')} (option --passphrase, ou variable d’environnement ${PASSPHRASE_ENV}).`, error.issues);
    }
    throw error;
  }
}

function printOpened(io: CliIo, opened: OpenedJuryPack): void {
  if (opened.status === 'unchanged') return io.stdout('Ce paquet du juré était déjà ouvert dans cette base : rien n’a changé.\n');
  io.stdout(`Paquet du juré ouvert : séance « ${opened.sessionTitle} » du ${formatFrenchDate(opened.heldOn)}, ${opened.jurorName}, ${opened.applicationCount} dossier(s).\n`);
  io.stdout(`Notez en mode juré avec votre code PIN (séance n° ${opened.sessionId}, membre n° ${opened.jurorId}), puis « pacte score-pack export --out FICHIER » sur cette même base.\n`);
}

export function addPackCommands(program: Command, io: CliIo): void {
  const juryPack = frenchSubcommand(program, 'jury-pack', 'paquet du juré : la séance d’un membre du jury, pour noter hors ligne sur son ordinateur').usage('[options] <commande>');
  frenchSubcommand(juryPack, 'export', 'exporter le paquet d’un membre du jury (séance en notation) : séance, grille, dossiers et pièces, son identité')
    .option('--session <numéro>', 'séance', positiveInteger('--session'))
    .option('--seance <numéro>', 'séance (comme --session)', positiveInteger('--seance'))
    .option('--juror <numéro>', 'membre du jury', positiveInteger('--juror'))
    .option('--jure <numéro>', 'membre du jury (comme --juror)', positiveInteger('--jure'))
    .requiredOption('--out <fichier>', 'fichier à écrire (ou dossier : le nom est alors proposé)')
    .option(
      '--passphrase <phrase>',
      `phrase de passe qui chiffre le paquet, obligatoire : ${MIN_PASSPHRASE_LENGTH} caractères ou ${MIN_PASSPHRASE_WORDS} mots au moins ; à communiquer au juré à part, jamais avec le fichier (ou la variable ${PASSPHRASE_ENV})`,
    )
    .option('--json', 'sortie JSON (sans le contenu du paquet)')
    .action(async (options: PassphraseOption & { session?: number; seance?: number; juror?: number; jure?: number; out: string; json?: boolean }, command: Command) => {
      const sessionId = options.session ?? options.seance;
      const jurorId = options.juror ?? options.jure;
      if (sessionId === undefined || jurorId === undefined) throw new AppError('validation', 'Indiquez la séance (--session) et le membre du jury (--juror).');
      const passphrase = passphraseOf(options, io);
      if (passphrase === undefined) {
        throw new AppError(
          'validation',
          `Indiquez la phrase de passe qui chiffre le paquet (option --passphrase, ou variable d’environnement ${PASSPHRASE_ENV}) : ${MIN_PASSPHRASE_LENGTH} caractères ou ${MIN_PASSPHRASE_WORDS} mots au moins, à communiquer au juré à part, jamais avec le fichier.`,
        );
      }
      const exported = await withService(command, io, ({ service }) => service.invoke('juryPack.create', { sessionId, jurorId, passphrase }));
      const target = writePack(options.out, exported.fileName, exported.contentBase64);
      const { contentBase64: _content, ...report } = exported;
      if (options.json) return printJson(io.stdout, { ...report, file: target });
      io.stdout(`Paquet du juré de ${exported.jurorName} écrit dans « ${target} » : ${exported.applicationCount} dossier(s), ${exported.attachmentCount} pièce(s) jointe(s), chiffré.\n`);
      io.stdout(`Communiquez la phrase de passe à ${exported.jurorName} par un autre moyen que le fichier (de vive voix, par téléphone), avec son code PIN.\n`);
    });

  frenchSubcommand(juryPack, 'open <fichier>', 'ouvrir un paquet du juré dans cette base, qui doit être une base de jury vide (par exemple --db jure.sqlite)')
    .option('--passphrase <phrase>', `phrase de passe d’un paquet chiffré (ou la variable ${PASSPHRASE_ENV})`)
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: PassphraseOption & { json?: boolean }, command: Command) => {
      const contentBase64 = readPack(file);
      const passphrase = passphraseOf(options, io);
      const opened = await withPassphraseHint(() =>
        withService(command, io, ({ service }) => service.invoke('juryPack.open', { contentBase64, ...(passphrase === undefined ? {} : { passphrase }) })),
      );
      if (options.json) return printJson(io.stdout, opened);
      printOpened(io, opened);
    });

  const scorePack = frenchSubcommand(program, 'score-pack', 'paquet de notes : les fiches d’un membre du jury notées hors ligne, à remettre au président').usage('[options] <commande>');
  frenchSubcommand(scorePack, 'export', 'écrire le paquet de notes de cette base de jury (chiffré et signé avec la clé que protège la phrase de passe du paquet du juré)')
    .requiredOption('--out <fichier>', 'fichier à écrire (ou dossier : le nom est alors proposé)')
    .option('--passphrase <phrase>', `phrase de passe du paquet du juré, obligatoire (ou la variable ${PASSPHRASE_ENV})`)
    .option('--json', 'sortie JSON (sans le contenu du paquet)')
    .action(async (options: PassphraseOption & { out: string; json?: boolean }, command: Command) => {
      const passphrase = passphraseOf(options, io);
      const exported = await withPassphraseHint(() => withService(command, io, ({ service }) => service.invoke('scorePack.export', passphrase === undefined ? {} : { passphrase })));
      const target = writePack(options.out, exported.fileName, exported.contentBase64);
      const { contentBase64: _content, ...report } = exported;
      if (options.json) return printJson(io.stdout, { ...report, file: target });
      io.stdout(`Paquet de notes écrit dans « ${target} » : ${exported.sheetCount} fiche(s), dont ${exported.submittedCount} soumise(s). Remettez-le au président.\n`);
      if (exported.submittedCount === 0) io.stdout('Vos fiches ne sont pas soumises : le président les verra comme des brouillons, qui ne comptent pas.\n');
    });

  // No passphrase here: the chair's machine derives the pack's key from its own secret.
  frenchSubcommand(scorePack, 'import <fichier>', 'importer le paquet de notes d’un membre du jury (tout est vérifié avant d’écrire ; le même paquet deux fois ne change rien)')
    .option('--session <numéro>', 'vérifier que le paquet est bien celui de cette séance', positiveInteger('--session'))
    .option('--json', 'sortie JSON')
    .action(async (file: string, options: { session?: number; json?: boolean }, command: Command) => {
      const contentBase64 = readPack(file);
      const report = await withService(command, io, ({ service }) =>
        service.invoke('scorePack.import', { contentBase64, ...(options.session === undefined ? {} : { sessionId: options.session }) }),
      );
      if (options.json) return printJson(io.stdout, report);
      if (report.status === 'unchanged') return io.stdout(`Ce paquet de notes de ${report.jurorName} avait déjà été importé : rien n’a changé.\n`);
      io.stdout(`Paquet de notes de ${report.jurorName} importé : ${report.sheetCount} fiche(s), dont ${report.submittedCount} soumise(s).\n`);
      if (report.replacedSavedAt !== null) io.stdout('Il remplace le paquet de notes importé auparavant pour ce membre.\n');
      for (const skipped of report.skipped) io.stdout(`Fiche écartée — « ${skipped.title} » : ${skipped.reason}.\n`);
    });
}
