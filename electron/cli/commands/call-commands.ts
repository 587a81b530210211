// `pacte calls …`: create and list calls for projects. Amounts and dates are typed the French way.
import { Option, type Command } from 'commander';
import { AppError } from '../../../core/domain/app-error.ts';
import { formatFrenchDate, parseFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros, parseEuros } from '../../../core/domain/money.ts';
import { CALL_STATUS_LABELS, type CallDetail, type CallSummary } from '../../../core/service/calls/calls-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { withService } from '../open-cli-service.ts';

function euros(option: string) {
  return (value: string): number => {
    const reading = parseEuros(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    return reading.cents;
  };
}

function date(option: string) {
  return (value: string): string => {
    const reading = parseFrenchDate(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    return reading.value;
  };
}

/** "--levier 6=50 000" repeated: the envelope of one lever each time. */
function leverEnvelope(value: string, previous: { leverNumber: number; envelopeCents: number }[]) {
  const match = /^(\d+)\s*=\s*(.+)$/.exec(value.trim());
  if (!match) throw new AppError('validation', `--levier : « ${value} » (attendu NUMÉRO=MONTANT, par exemple 6=50 000).`);
  return [...previous, { leverNumber: Number(match[1]), envelopeCents: euros('--levier')(match[2] ?? '') }];
}

function describeCall(call: CallSummary): string {
  const dates = call.opensOn || call.closesOn ? ` du ${call.opensOn ? formatFrenchDate(call.opensOn) : '?'} au ${call.closesOn ? formatFrenchDate(call.closesOn) : '?'}` : '';
  return `${call.id}\t${call.year}\t${call.title}${call.isDemo ? ' [démonstration]' : ''}\t${CALL_STATUS_LABELS[call.status]}${dates}\tenveloppe ${formatEuros(call.envelopeCents)}\t${call.pactCode}`;
}

export function addCallCommands(program: Command, io: CliIo): void {
  const calls = frenchSubcommand(program, 'calls', 'les appels à projets : créer, lister').usage('[options] <commande>');

  frenchSubcommand(calls, 'list', 'lister les appels à projets, du plus récent au plus ancien')
    .option('--json', 'sortie JSON')
    .action(async (options: { json?: boolean }, command: Command) =>
      withService(command, io, async ({ service }) => {
        const list = await service.invoke('calls.list', {});
        if (options.json) return io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0) return io.stdout("Aucun appel à projets. Créez-en un avec « pacte calls create ».\n");
        for (const call of list) io.stdout(`${describeCall(call)}\n`);
      }),
    );

  frenchSubcommand(calls, 'create', 'créer un appel à projets')
    .requiredOption('--annee <aaaa>', "année de l'appel (l'année des actions financées)", (value) => Number(value))
    .requiredOption('--titre <texte>', "intitulé de l'appel")
    .requiredOption('--enveloppe <montant>', 'enveloppe totale, par exemple « 420 000 » ou « 420 000,00 € »', euros('--enveloppe'))
    .option('--ouverture <jj/mm/aaaa>', "date d'ouverture", date('--ouverture'))
    .option('--cloture <jj/mm/aaaa>', 'date de clôture', date('--cloture'))
    .option('--levier <numéro=montant>', 'enveloppe d’un levier (à répéter), par exemple 6=50 000', leverEnvelope, [])
    .option('--priorites <texte>', "priorités de l'appel")
    .addOption(new Option('--statut <statut>', "statut de l'appel").choices(['preparation', 'ouvert', 'clos']).default('preparation'))
    .option('--json', 'sortie JSON')
    .action(
      async (
        options: { annee: number; titre: string; enveloppe: number; ouverture?: string; cloture?: string; levier: { leverNumber: number; envelopeCents: number }[]; priorites?: string; statut: 'preparation' | 'ouvert' | 'clos'; json?: boolean },
        command: Command,
      ) =>
        withService(command, io, async ({ service }) => {
          const created: CallDetail = await service.invoke('calls.create', {
            year: options.annee,
            title: options.titre,
            envelopeCents: options.enveloppe,
            opensOn: options.ouverture ?? null,
            closesOn: options.cloture ?? null,
            leverEnvelopes: options.levier,
            priorities: options.priorites ?? '',
            status: options.statut,
          });
          if (options.json) return io.stdout(`${JSON.stringify(created, null, 2)}\n`);
          io.stdout(`Appel à projets n° ${created.id} créé.\n${describeCall(created)}\n`);
          for (const envelope of created.leverEnvelopes) io.stdout(`  Levier ${envelope.leverNumber} (${envelope.leverTitle}) : ${formatEuros(envelope.envelopeCents)}\n`);
        }),
    );
}
