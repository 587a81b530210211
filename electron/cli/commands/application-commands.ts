// `pacte applications list|show|status|export` and `pacte search`: the files, as the manager finds them on screen.
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import { APPLICATION_STATUS_LABELS, type ApplicationDetail, type ApplicationStatus, type ApplicationSummary } from '../../../core/service/applications/applications-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';
import { blockerIssues, withoutEchoedIssues } from './eligibility-commands.ts';
import { addApplicationExportCommand, addApplicationFilterOptions, applicationFilters, type ApplicationFilterOptions } from './export-commands.ts';

function positiveInteger(option: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new AppError('validation', `${option} : « ${value} » n'est pas un numéro (entier positif).`);
    return number;
  };
}

function describeApplication(item: ApplicationSummary): string {
  return `${item.id}\t${item.callYear}\t${item.title}${item.isDemo ? ' [démonstration]' : ''}\t${item.providerName}\t${APPLICATION_STATUS_LABELS[item.status]}\tdemandé ${formatEuros(item.requestedCents)}\t${item.primaryObjectiveCode ?? 'objectif non choisi'}`;
}

export function addApplicationCommands(program: Command, io: CliIo): void {
  const applications = frenchSubcommand(program, 'applications', 'les dossiers de demande : lister, afficher, changer de statut').usage('[options] <commande>');

  addApplicationFilterOptions(frenchSubcommand(applications, 'list', 'lister les dossiers (tous, ou filtrés)'))
    .option('--json', 'sortie JSON')
    .action(async (options: ApplicationFilterOptions & { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const items: ApplicationSummary[] = [];
        for (;;) {
          const page = await service.invoke('applications.list', { ...applicationFilters(options), limit: 5000, offset: items.length });
          items.push(...page.items);
          if (page.items.length === 0 || items.length >= page.total) break;
        }
        if (options.json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
        if (items.length === 0) return io.stdout('Aucun dossier.\n');
        for (const item of items) io.stdout(`${describeApplication(item)}\n`);
        io.stdout(`${items.length} dossier${items.length > 1 ? 's' : ''}, ${formatEuros(items.reduce((sum, item) => sum + item.requestedCents, 0))} demandés.\n`);
      }),
    );

  frenchSubcommand(applications, 'show <numéro>', 'afficher un dossier en entier')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const detail = await service.invoke('applications.get', { id: positiveInteger('numéro')(idText) });
        if (options.json) return io.stdout(`${JSON.stringify(detail, null, 2)}\n`);
        io.stdout(`${detail.title}\n${detail.providerName} — ${detail.callTitle}\nStatut : ${APPLICATION_STATUS_LABELS[detail.status]}${detail.statusReason ? ` (${detail.statusReason})` : ''}\n`);
        for (const objective of detail.objectives) io.stdout(`${objective.isPrimary ? 'Objectif principal' : 'Objectif secondaire'} : ${objective.code} ${objective.title}\n`);
        io.stdout(`Budget : charges ${formatEuros(detail.budget.chargesCents)}, produits ${formatEuros(detail.budget.incomeCents)}, demandé au CCAS ${formatEuros(detail.requestedCents)}\n`);
        for (const problem of detail.budgetProblems) io.stdout(`  ! ${problem}\n`);
      }),
    );

  frenchSubcommand(applications, 'status <numéro>', 'changer le statut d’un dossier (recevable seulement si tous les points de recevabilité sont satisfaits)')
    .addOption(new Option('--statut <statut>', 'nouveau statut').choices(Object.keys(APPLICATION_STATUS_LABELS)).makeOptionMandatory())
    .option('--motif <texte>', 'motif (obligatoire pour « irrecevable » et pour tout retour en arrière)')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: { statut: ApplicationStatus; motif?: string; json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        let detail: ApplicationDetail;
        try {
          detail = await service.invoke('applications.setStatus', { id, status: options.statut, reason: options.motif ?? '' });
        } catch (error) {
          // A refused "recevable" names each point left with its key, so the next command can be typed at once.
          if (error instanceof AppError && error.code === 'precondition' && options.statut === 'recevable') {
            throw new AppError(error.code, error.message, blockerIssues(await service.invoke('eligibility.get', { applicationId: id })));
          }
          throw withoutEchoedIssues(error);
        }
        if (options.json) return io.stdout(`${JSON.stringify(detail, null, 2)}\n`);
        io.stdout(`Le dossier n° ${detail.id} « ${detail.title} » est maintenant ${APPLICATION_STATUS_LABELS[detail.status].toLowerCase()}.\n`);
      }),
    );

  addApplicationExportCommand(applications, io);

  frenchSubcommand(program, 'search <texte...>', 'chercher dans les dossiers, les prestataires et le pacte (sans accents ni majuscules)')
    .option('--json', 'sortie JSON')
    .action(async (words: string[], options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const result = await service.invoke('search.all', { text: words.join(' ') });
        if (options.json) return io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        io.stdout(`Dossiers (${result.applications.total}) :\n`);
        for (const item of result.applications.items) io.stdout(`  ${describeApplication(item)}\n`);
        io.stdout(`Prestataires (${result.providers.total}) :\n`);
        for (const item of result.providers.items) io.stdout(`  ${item.id}\t${item.name}\t${item.city}\n`);
        io.stdout(`Pacte (${result.pact.total}) :\n`);
        for (const hit of result.pact.items) io.stdout(`  ${hit.code}\t${hit.title}\n`);
      }),
    );
}
