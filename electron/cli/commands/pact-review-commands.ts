// `pacte pact-review …`: the reviews of the pact's action plan (create, set an action, show, list,
// validate), and `pacte documents copil|evaluation`: their PDFs.
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFrenchDate, parseFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import {
  formatCompletion,
  onTimeLabel,
  PACT_ACTION_STATUS_LABELS,
  PACT_REVIEW_STATUS_LABELS,
  pactReviewTitle,
  type PactActionProgressRow,
  type PactActionStatus,
  type PactReviewDetail,
  type PactReviewKind,
} from '../../../core/service/pact-reviews/pact-reviews-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveId, writeDocument } from './document-output.ts';

function frenchDate(option: string) {
  return (value: string): string => {
    const reading = parseFrenchDate(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    return reading.value;
  };
}

const allActions = (review: PactReviewDetail): PactActionProgressRow[] => review.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operational.flatMap((operational) => operational.actions)));

function describeReview(review: PactReviewDetail): string {
  const lines = [
    `Revue n° ${review.id} — ${pactReviewTitle(review.kind, review.year)} (${review.pactCode}) — ${PACT_REVIEW_STATUS_LABELS[review.status]}${review.heldOn ? `, séance du ${formatFrenchDate(review.heldOn)}` : ''}`,
    `Actions réalisées : ${review.realisees} sur ${review.actions} (${formatCompletion(review.realisees, review.actions)}), abandonnées : ${review.abandonnees}`,
  ];
  for (const lever of review.levers) {
    lines.push(`Levier ${lever.number} – ${lever.title} : ${formatCompletion(lever.realisees, lever.actions)} (${lever.realisees}/${lever.actions} réalisées, ${lever.enCours} en cours, ${lever.abandonnees} abandonnées, ${lever.late} en retard)`);
    for (const action of lever.abandoned) lines.push(`  abandonnée ${action.code} ${action.title} — motif : ${action.reason}`);
  }
  const touched = allActions(review).filter((action) => action.status !== 'non_engagee' || !action.onTime || action.comment !== '');
  if (touched.length > 0) lines.push('Actions renseignées :');
  for (const action of touched) {
    const served = [...action.conventions.primary, ...action.conventions.secondary].map((convention) => `${convention.number} (${formatEuros(convention.totalCents)})`);
    lines.push(`  ${action.code}\t${PACT_ACTION_STATUS_LABELS[action.status]}\t${onTimeLabel(action.onTime)}${action.comment ? `\t${action.comment}` : ''}${served.length > 0 ? `\tconventions : ${served.join(', ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

export function addPactReviewCommands(program: Command, io: CliIo): void {
  const reviews = frenchSubcommand(program, 'pact-review', 'les revues du plan d’action du pacte par le COPIL').usage('[options] <commande>');

  frenchSubcommand(reviews, 'list', 'lister les revues, de la plus récente à la plus ancienne')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('pactReviews.list', {});
        if (options.json) return io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0) return io.stdout('Aucune revue du plan d’action. Créez-en une avec « pacte pact-review create ».\n');
        for (const review of list) io.stdout(`${review.id}\t${pactReviewTitle(review.kind, review.year)}\t${review.pactCode}\t${PACT_REVIEW_STATUS_LABELS[review.status]}\t${review.realisees}/${review.actions} réalisées\n`);
      }),
    );

  frenchSubcommand(reviews, 'create', 'créer une revue ; elle reprend les statuts de la revue précédente')
    .addOption(new Option('--kind <type>', 'type de revue').choices(['annuelle', 'mi_parcours', 'finale']).makeOptionMandatory())
    .requiredOption('--year <aaaa>', 'année revue', (value) => Number(value))
    .option('--seance <jj/mm/aaaa>', 'date de la séance du COPIL', frenchDate('--seance'))
    .option('--json', 'sortie JSON')
    .action(async (options: { kind: PactReviewKind; year: number; seance?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const review = await service.invoke('pactReviews.create', { kind: options.kind, year: options.year, heldOn: options.seance ?? null });
        if (options.json) return io.stdout(`${JSON.stringify(review, null, 2)}\n`);
        io.stdout(`Revue n° ${review.id} créée : ${pactReviewTitle(review.kind, review.year)}.\n`);
      }),
    );

  frenchSubcommand(reviews, 'set', 'indiquer où en est une action du pacte')
    .requiredOption('--review <id>', 'numéro de la revue', positiveId('--review'))
    .requiredOption('--action <code>', 'code de l’action du pacte, par exemple 3.2.1')
    .addOption(new Option('--status <statut>', 'statut de l’action').choices(['non_engagee', 'en_cours', 'realisee', 'abandonnee']).makeOptionMandatory())
    .option('--en-retard', 'l’action est en retard')
    .option('--dans-les-temps', 'l’action est dans les temps')
    .option('--motif <texte>', 'motif de l’abandon (obligatoire pour abandonnee)')
    .option('--commentaire <texte>', 'commentaire')
    .option('--json', 'sortie JSON')
    .action(
      async (options: { review: number; action: string; status: PactActionStatus; enRetard?: boolean; dansLesTemps?: boolean; motif?: string; commentaire?: string; json?: boolean }, command: Command) =>
        withService(command, io, async ({ service }) => {
          if (options.enRetard && options.dansLesTemps) throw new AppError('validation', '--en-retard et --dans-les-temps : choisissez l’un ou l’autre.');
          const current = await service.invoke('pactReviews.get', { id: options.review });
          const action = allActions(current).find((candidate) => candidate.code === options.action.trim());
          if (!action) throw new AppError('not_found', `--action : aucune action « ${options.action} » dans le pacte ${current.pactCode}.`);
          const onTime = options.enRetard ? false : options.dansLesTemps ? true : undefined;
          const review = await service.invoke('pactReviews.setProgress', {
            reviewId: options.review,
            pactActionId: action.id,
            status: options.status,
            reason: options.motif ?? '',
            ...(onTime === undefined ? {} : { onTime }),
            ...(options.commentaire === undefined ? {} : { comment: options.commentaire }),
          });
          if (options.json) return io.stdout(`${JSON.stringify(allActions(review).find((candidate) => candidate.id === action.id), null, 2)}\n`);
          const lever = review.levers.find((candidate) => allActions({ ...review, levers: [candidate] }).some((item) => item.id === action.id));
          io.stdout(`Action ${action.code} : ${PACT_ACTION_STATUS_LABELS[options.status]}.${lever ? ` Levier ${lever.number} : ${formatCompletion(lever.realisees, lever.actions)} réalisées.` : ''}\n`);
        }),
    );

  frenchSubcommand(reviews, 'show <numéro>', 'afficher une revue : taux par levier, actions abandonnées, actions renseignées')
    .option('--json', 'sortie JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const review = await service.invoke('pactReviews.get', { id: positiveId('numéro')(id) });
        io.stdout(options.json ? `${JSON.stringify(review, null, 2)}\n` : describeReview(review));
      }),
    );

  frenchSubcommand(reviews, 'validate <numéro>', 'valider la revue : elle ne pourra plus être modifiée')
    .option('--json', 'sortie JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const review = await service.invoke('pactReviews.validate', { id: positiveId('numéro')(id) });
        io.stdout(options.json ? `${JSON.stringify(review, null, 2)}\n` : `Revue n° ${review.id} validée : ${pactReviewTitle(review.kind, review.year)}.\n`);
      }),
    );
}

/** `pacte documents copil|evaluation`, added to the existing `documents` command. */
export function addPactReviewDocumentCommands(documents: Command, io: CliIo): void {
  frenchSubcommand(documents, 'copil', 'écrire la revue annuelle du COPIL d’une revue du plan d’action')
    .requiredOption('--review <id>', 'numéro de la revue', positiveId('--review'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { review: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.copil', { reviewId: options.review }), options.json)),
    );

  frenchSubcommand(documents, 'evaluation', 'écrire l’évaluation (mi-parcours ou finale) du plan d’action')
    .requiredOption('--review <id>', 'numéro de la revue', positiveId('--review'))
    .requiredOption('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option('--json', 'sortie JSON')
    .action(async (options: { review: number; out: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => writeDocument(io, options.out, await service.invoke('documents.evaluation', { reviewId: options.review }), options.json)),
    );
}
