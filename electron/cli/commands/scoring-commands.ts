// `pacte scores import`, `pacte sessions results|reveal|avis`: paper sheets, the reveal, the figures and the avis.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { AVIS_KINDS, AVIS_LABELS, type AvisKind } from '../../../core/domain/jury/avis.ts';
import { formatScore } from '../../../core/domain/jury/results.ts';
import { formatEuros, parseEuros } from '../../../core/domain/money.ts';
import type { SessionResults } from '../../../core/service/scoring/scoring-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, printJson } from './option-parsers.ts';
import { CHAIR_PIN_ENV, pinHelp, requiredPin } from '../cli-pins.ts';

function readInput(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    throw new AppError('file_unreadable', `Impossible de lire « ${file} » : ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : (error as Error).message}.`);
  }
}

function euros(option: string) {
  return (value: string): number => {
    const reading = parseEuros(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    if (reading.cents < 0) throw new AppError('validation', `${option} : un montant positif ou nul est attendu.`);
    return reading.cents;
  };
}

function sessionsCommand(program: Command): Command {
  const found = program.commands.find((command) => command.name() === 'sessions');
  if (!found) throw new Error('The sessions command must be declared before the scoring commands.');
  return found;
}

/** One line per application for scripts: the figures unrounded, as the service computes them. */
export function resultRows(results: SessionResults) {
  return results.outcomes.map((outcome) => ({
    applicationId: outcome.applicationId,
    title: outcome.title,
    jurorsCounted: outcome.jurorsCounted,
    mean: outcome.mean,
    median: outcome.median,
    min: outcome.min,
    max: outcome.max,
    stdDev: outcome.stdDev,
    disagreement: outcome.disagreement,
    rank: outcome.rank,
    proposedAmountCents: outcome.avis?.proposedCents ?? null,
    avis: outcome.avis?.kind ?? null,
  }));
}

const score = (value: number | null) => (value === null ? '—' : formatScore(value));

function printResults(io: CliIo, results: SessionResults): void {
  io.stdout('Avancement des membres du jury :\n');
  for (const juror of results.progress) {
    io.stdout(`  ${juror.jurorId}\t${juror.jurorName}\t${juror.completeCount} / ${juror.toScoreCount} fiche(s) complète(s)\t${juror.isSubmitted ? 'soumis' : 'non soumis'}\n`);
  }
  if (results.revealedAt === null) {
    io.stdout('Notes scellées : le président les révèle en délibération (« pacte sessions reveal »).\n');
  } else {
    io.stdout('Résultats (moyenne sur 20, ordre du jour) :\n');
    for (const outcome of results.outcomes) {
      const figures = outcome.mean === null ? 'aucune note comptée' : `moyenne ${score(outcome.mean)}, médiane ${score(outcome.median)}, min ${score(outcome.min)}, max ${score(outcome.max)}, écart type ${score(outcome.stdDev)}`;
      const rank = outcome.rank === null ? '—' : `${outcome.rank}e`;
      const avis = outcome.avis ? `\t${AVIS_LABELS[outcome.avis.kind]}${outcome.avis.proposedCents > 0 ? ` (${formatEuros(outcome.avis.proposedCents)})` : ''}` : '';
      io.stdout(
        `  ${outcome.position}.\t${outcome.applicationId}\t${outcome.title}\trang ${rank}\t${outcome.jurorsCounted} juré(s)\t${figures}${outcome.disagreement ? '\tDÉSACCORD' : ''}\tdemandé ${formatEuros(outcome.requestedCents)}${avis}\n`,
      );
    }
  }
  const { envelope } = results;
  io.stdout(`Montants proposés : ${formatEuros(envelope.proposedCents)} sur une enveloppe de ${formatEuros(envelope.envelopeCents)} (reste ${formatEuros(envelope.remainingCents)}).\n`);
}

export function addScoringCommands(program: Command, io: CliIo): void {
  const scores = frenchSubcommand(program, 'scores', 'les notes du jury : fiches papier').usage('[options] <commande>');
  frenchSubcommand(scores, 'import <fichier>', 'importer des fiches papier depuis un .csv (colonnes juror, application, criterion, score, comment ; NA pour « non applicable ») : tout ou rien')
    .option('--session <numéro>', 'séance', positiveInteger('--session'))
    .option('--seance <numéro>', 'séance (comme --session)', positiveInteger('--seance'))
    .option('--pin-president [chiffres]', pinHelp('code PIN du président de la séance', CHAIR_PIN_ENV))
    .option('--json', 'rapport en JSON')
    .action(async (file: string, options: { session?: number; seance?: number; pinPresident?: string | boolean; json?: boolean }, command: Command) => {
      const chairPin = requiredPin(io, { option: '--pin-president', env: CHAIR_PIN_ENV, value: options.pinPresident });
      const sessionId = options.session ?? options.seance;
      if (sessionId === undefined) throw new AppError('validation', 'Indiquez la séance (--session).');
      const contentBase64 = readInput(file);
      const report = await withService(command, io, ({ service }) =>
        service.invoke('scores.importCsv', { sessionId, fileName: path.basename(file), contentBase64, chairPin }),
      );
      if (options.json) printJson(io.stdout, report);
      else if (report.errors.length === 0) io.stdout(`Import terminé : ${report.sheets} fiche(s) papier, ${report.answers} note(s).\n`);
      for (const error of options.json ? [] : report.errors) io.stderr(`Erreur — ligne ${error.row}, colonne « ${error.column} » : ${error.message}\n`);
      if (report.errors.length > 0) throw new AppError('import_refused', `${report.errors.length} erreur(s) dans « ${path.basename(file)} » ; rien n’a été importé.`);
    });

  const sessions = sessionsCommand(program);
  frenchSubcommand(sessions, 'results <numéro>', 'les résultats d’une séance : avancement du jury, puis, une fois les notes révélées, les notes par dossier')
    .option('--json', 'sortie JSON : une ligne par dossier (vide avant la révélation)')
    .action(async (idText: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const results = await service.invoke('sessions.results', { sessionId: positiveInteger('numéro')(idText) });
        if (options.json) return printJson(io.stdout, resultRows(results));
        printResults(io, results);
      }),
    );

  frenchSubcommand(sessions, 'reveal <numéro>', 'révéler les notes soumises, en délibération (une seule fois, inscrit au journal)')
    .option('--pin-president [chiffres]', pinHelp('code PIN du président de la séance', CHAIR_PIN_ENV))
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { pinPresident?: string | boolean; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const chairPin = requiredPin(io, { option: '--pin-president', env: CHAIR_PIN_ENV, value: options.pinPresident });
        const results = await service.invoke('sessions.reveal', { sessionId: positiveInteger('numéro')(idText), chairPin });
        if (options.json) return printJson(io.stdout, results);
        io.stdout('Notes révélées.\n');
        printResults(io, results);
      }),
    );

  frenchSubcommand(sessions, 'avis', 'enregistrer l’avis de la commission sur un dossier (après la révélation des notes)')
    .requiredOption('--seance <numéro>', 'séance', positiveInteger('--seance'))
    .requiredOption('--dossier <numéro>', 'dossier', positiveInteger('--dossier'))
    .addOption(new Option('--avis <avis>', 'avis de la commission').choices(AVIS_KINDS).makeOptionMandatory())
    .option('--montant <montant>', 'montant proposé, par exemple « 12 000 » (avis favorable, éventuellement sous réserve)', euros('--montant'))
    .option('--conditions <texte>', 'conditions (avis favorable sous réserve)')
    .option('--motifs <texte>', 'motifs (avis ajourné ou défavorable)')
    .option('--motivation <texte>', 'motivation de l’avis')
    .option('--json', 'sortie JSON')
    .action(
      async (
        options: { seance: number; dossier: number; avis: AvisKind; montant?: number; conditions?: string; motifs?: string; motivation?: string; json?: boolean },
        command: Command,
      ) =>
        withService(command, io, async ({ service }) => {
          const results = await service.invoke('sessions.setAvis', {
            sessionId: options.seance,
            applicationId: options.dossier,
            kind: options.avis,
            conditions: options.conditions ?? '',
            reasons: options.motifs ?? '',
            motivation: options.motivation ?? '',
            proposedCents: options.montant ?? null,
          });
          if (options.json) return printJson(io.stdout, results);
          const outcome = results.outcomes.find((candidate) => candidate.applicationId === options.dossier);
          io.stdout(`Avis ${AVIS_LABELS[options.avis].toLowerCase()} enregistré pour « ${outcome?.title ?? `dossier n° ${options.dossier}`} ».\n`);
          io.stdout(`Montants proposés : ${formatEuros(results.envelope.proposedCents)} sur ${formatEuros(results.envelope.envelopeCents)}.\n`);
        }),
    );
}
