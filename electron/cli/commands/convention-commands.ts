// `pacte conventions draft|list|show|overdue` (and, through the files they import, every act of a
// convention, its payments and recoveries): the funding conventions after the CAI, from a script.
import { Option, type Command } from 'commander';
import { formatEuros } from '../../../core/domain/money.ts';
import { CONVENTION_STATUS_KEYS, CONVENTION_THRESHOLD_CENTS, type ConventionListFilters, type ConventionStatus } from '../../../core/service/conventions/conventions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { addConventionActCommands } from './convention-act-commands.ts';
import { calendarYear } from './convention-option-parsers.ts';
import { describeOverdue, detailJson, printConventionDetail, printConventionList, summaryJson, withConventionService } from './convention-output.ts';
import { positiveInteger, printJson } from './option-parsers.ts';
import { addPaymentCommands } from './payment-commands.ts';

type Json = { json?: boolean };
type ListOptions = { year?: number; status?: ConventionStatus; provider?: number; lever?: number; overdue?: boolean; session?: number } & Json;

export function addConventionCommands(program: Command, io: CliIo): void {
  const conventions = frenchSubcommand(
    program,
    'conventions',
    'les conventions de financement : préparer d’après les avis, lister, afficher, présenter au CA, valider, signer, échéancier, avenants, clôturer',
  ).usage('[options] <commande>');

  frenchSubcommand(conventions, 'draft', 'préparer une convention par avis favorable (sous réserve compris) d’une séance close, ou pour un seul dossier ; relancer ne prépare rien de plus')
    .option('--session <numéro>', 'séance close dont les avis favorables deviennent des conventions', positiveInteger('--session'))
    .option('--application <numéro>', 'un seul dossier (son avis favorable)', positiveInteger('--application'))
    .option('--json', 'sortie JSON (le compte rendu : conventions préparées, dossiers écartés et pourquoi)')
    .action(async (options: { session?: number; application?: number } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const report = await service.invoke('conventions.draft', {
          ...(options.session === undefined ? {} : { sessionId: options.session }),
          ...(options.application === undefined ? {} : { applicationId: options.application }),
        });
        if (options.json) return printJson(io.stdout, report);
        io.stdout(report.drafted.length === 0 ? 'Aucune nouvelle convention préparée.\n' : `${report.drafted.length} convention(s) préparée(s) :\n`);
        for (const row of report.drafted) io.stdout(`  ${row.id}\t${row.number}\t${row.providerName}\t${row.applicationTitle}\t${formatEuros(row.totalCents)}${row.mandatory ? `\tconvention obligatoire (plus de ${formatEuros(CONVENTION_THRESHOLD_CENTS).replace(',00', '')} par an)` : ''}\n`);
        if (report.skipped.length > 0) io.stdout('Dossiers sans nouvelle convention :\n');
        for (const row of report.skipped) io.stdout(`  dossier n° ${row.applicationId}\t${row.title}\t${row.reason}\n`);
      }),
    );

  frenchSubcommand(conventions, 'list', 'lister les conventions (par numéro), avec les totaux de toutes celles qui correspondent aux filtres')
    .option('--year <AAAA>', 'année de l’appel à projets', calendarYear('--year'))
    .addOption(new Option('--status <statut>', 'statut').choices(CONVENTION_STATUS_KEYS))
    .option('--provider <numéro>', 'prestataire', positiveInteger('--provider'))
    .option('--lever <numéro>', 'levier du pacte', positiveInteger('--lever'))
    .option('--overdue', 'seulement les conventions qui ont une échéance en retard')
    .option('--session <numéro>', 'séance de la CAI d’où viennent les conventions', positiveInteger('--session'))
    .option('--json', 'sortie JSON : id, number, applicationId, providerId, providerName, status, totalCents, paidCents, dueCents, mandatory')
    .action(async (options: ListOptions, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const filters: ConventionListFilters = {
          ...(options.year === undefined ? {} : { year: options.year }),
          ...(options.status === undefined ? {} : { status: options.status }),
          ...(options.provider === undefined ? {} : { providerId: options.provider }),
          ...(options.lever === undefined ? {} : { leverNumber: options.lever }),
          ...(options.overdue ? { overdue: true } : {}),
          ...(options.session === undefined ? {} : { sessionId: options.session }),
        };
        const list = await service.invoke('conventions.list', filters);
        if (options.json) return printJson(io.stdout, list.rows.map(summaryJson));
        printConventionList(io, list);
      }),
    );

  frenchSubcommand(conventions, 'show <numéro>', 'afficher une convention : parties, montants par année, seuil de 23 000 €, échéancier, versements, avenants, historique')
    .option('--json', 'sortie JSON')
    .action(async (idText: string, options: Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('conventions.get', { id: positiveInteger('numéro')(idText) });
        if (options.json) return printJson(io.stdout, detailJson(detail));
        printConventionDetail(io, detail, await service.invoke('settings.getOrganisation', {}));
      }),
    );

  frenchSubcommand(conventions, 'overdue', 'lister les versements en retard (au-delà de 60 jours après leur déclencheur) et les soldes dont le bilan tarde')
    .option('--json', 'sortie JSON')
    .action(async (options: Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const items = await service.invoke('conventions.listOverdue', {});
        if (options.json) return printJson(io.stdout, items);
        if (items.length === 0) return io.stdout('Aucun versement ni bilan en retard.\n');
        for (const item of items) io.stdout(`${describeOverdue(item)}\n`);
        io.stdout(`${items.length} échéance(s) en retard ; reste ${formatEuros(items.reduce((sum, item) => sum + item.remainingCents, 0))}.\n`);
      }),
    );

  addConventionActCommands(conventions, io);
  addPaymentCommands(program, io);
}
