// `pacte eligibility show|tick`: the recevabilité checklist of an application, read and ticked from a script.
import type { Command } from 'commander';
import { AppError, type ErrorIssue } from '../../../core/domain/app-error.ts';
import { APPLICATION_STATUS_LABELS } from '../../../core/service/applications/applications-api.ts';
import { ELIGIBILITY_STATE_LABELS, type ApplicationEligibility, type EligibilityItem } from '../../../core/service/eligibility/eligibility-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { positiveInteger, printJson } from './option-parsers.ts';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const at = (iso: string) => dateTime.format(new Date(iso));

const MARKERS = { ok: '[x]', missing: '[ ]', to_check: '[ ]', not_applicable: '[-]' } as const;

/** The points a person may tick on this file: manual ones that concern it. */
function tickableItems(eligibility: ApplicationEligibility): EligibilityItem[] {
  return eligibility.items.filter((item) => item.mode === 'manual' && item.state !== 'not_applicable');
}

function describeItem(item: EligibilityItem): string {
  const how =
    item.state === 'not_applicable'
      ? 'sans objet'
      : item.mode === 'computed'
        ? `calculé : ${ELIGIBILITY_STATE_LABELS[item.state].toLowerCase()}`
        : item.state === 'ok' && item.checkedBy && item.checkedAt
          ? `coché par ${item.checkedBy} le ${at(item.checkedAt)}`
          : 'à cocher';
  return `${MARKERS[item.state]} ${item.key}\t${item.label}\t${how}${item.detail ? `\t${item.detail}` : ''}`;
}

function printSummary(io: CliIo, eligibility: ApplicationEligibility): void {
  io.stdout(`${eligibility.okCount} / ${eligibility.applicableCount} point(s) satisfait(s).\n`);
  if (eligibility.recevableRefusal !== null) io.stdout(`${eligibility.recevableRefusal}\n`);
  else if (eligibility.status === 'recevable') io.stdout('Tous les points sont satisfaits ; le dossier est déclaré recevable.\n');
  else io.stdout(`Tous les points sont satisfaits : le dossier peut être déclaré recevable (pacte applications status ${eligibility.applicationId} --statut recevable).\n`);
}

/** One line per point left, with its key, so that the refusal says what to tick or fix. */
export function blockerIssues(eligibility: ApplicationEligibility): ErrorIssue[] {
  return eligibility.items
    .filter((item) => item.state === 'missing' || item.state === 'to_check')
    .map((item) => ({
      path: item.key,
      message:
        item.state === 'to_check'
          ? `${item.label} : à cocher (pacte eligibility tick ${eligibility.applicationId} --point ${item.key})`
          : `${item.label} : ${item.detail || 'manquant'}`,
    }));
}

/** The service repeats its sentence as the only issue; printed twice it reads as two problems. */
export function withoutEchoedIssues(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.issues?.every((issue) => issue.message === error.message)) return error;
  return new AppError(error.code, error.message);
}

export function addEligibilityCommands(program: Command, io: CliIo): void {
  const eligibility = frenchSubcommand(program, 'eligibility', 'la recevabilité des dossiers : afficher la liste des points, cocher un point').usage('[options] <commande>');

  frenchSubcommand(eligibility, 'show <numéro>', 'afficher les points de recevabilité d’un dossier : calculés ou cochés à la main, satisfaits ou non, par qui et quand')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        const result = await service.invoke('eligibility.get', { applicationId: id });
        if (options.json) return printJson(io.stdout, result);
        const detail = await service.invoke('applications.get', { id });
        io.stdout(`Recevabilité du dossier n° ${id} « ${detail.title} » (${detail.providerName}) — statut : ${APPLICATION_STATUS_LABELS[result.status].toLowerCase()}\n`);
        for (const item of result.items) io.stdout(`  ${describeItem(item)}\n`);
        printSummary(io, result);
        if (result.ticks.length > 0) io.stdout('Historique des coches (la plus récente d’abord) :\n');
        for (const tick of result.ticks) {
          io.stdout(`  ${at(tick.at)}\t${tick.actor}\t${tick.isChecked ? 'coché' : 'décoché'}\t${tick.itemLabel}${tick.note ? `\t${tick.note}` : ''}\n`);
        }
      }),
    );

  frenchSubcommand(eligibility, 'tick <numéro>', 'cocher (ou décocher avec --non) un point vérifié à la main ; qui et quand sont enregistrés')
    .requiredOption('--point <clé>', 'clé du point, telle que « pacte eligibility show » l’affiche (par exemple contrat_engagement_republicain, call:3)')
    .option('--non', 'décocher le point au lieu de le cocher')
    .option('--motif <texte>', 'note jointe à la coche (ce qui a été vérifié, ou pourquoi le point est décoché)')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { point: string; non?: boolean; motif?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        const current = await service.invoke('eligibility.get', { applicationId: id });
        if (!current.items.some((item) => item.key === options.point)) {
          const tickable = tickableItems(current);
          throw new AppError(
            'validation',
            tickable.length === 0
              ? `Point de recevabilité inconnu : « ${options.point} ». Aucun point de ce dossier ne se coche à la main.`
              : `Point de recevabilité inconnu : « ${options.point} ». Points à cocher à la main pour ce dossier : ${tickable.map((item) => item.key).join(', ')}.`,
            tickable.map((item) => ({ path: item.key, message: item.label })),
          );
        }
        let result: ApplicationEligibility;
        try {
          result = await service.invoke('eligibility.tick', { applicationId: id, itemKey: options.point, isChecked: !options.non, note: options.motif ?? '' });
        } catch (error) {
          throw withoutEchoedIssues(error);
        }
        if (options.json) return printJson(io.stdout, result);
        const item = result.items.find((candidate) => candidate.key === options.point);
        io.stdout(`« ${item?.label ?? options.point} » ${options.non ? 'décoché' : 'coché'} pour le dossier n° ${id}.\n`);
        printSummary(io, result);
      }),
    );
}
