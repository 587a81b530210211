// `pacte payments record|paid|cancel` and `pacte recoveries record|receive`: the money of a convention,
// paid line by line of its schedule, and asked back when it was not used.
import { Option, type Command } from 'commander';
import { formatFrenchDate } from '../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../core/domain/money.ts';
import { RECOVERY_CAUSE_LABELS, type ConventionDetail, type Payment, type Recovery, type RecoveryCause } from '../../../core/service/conventions/conventions-api.ts';
import type { CliIo } from '../cli-io.ts';
import { frenchSubcommand } from '../french-commander.ts';
import { euros } from './convention-option-parsers.ts';
import { conventionState, describePayment, describeRecovery, detailJson, withConventionService } from './convention-output.ts';
import { frenchDate, positiveInteger, printJson } from './option-parsers.ts';

type Json = { json?: boolean };

/** The newest row a write just added (ids only grow), to name it back to the person or the script. */
function newest<T extends { id: number }>(rows: readonly T[]): T | undefined {
  return rows.reduce<T | undefined>((found, row) => (found === undefined || row.id > found.id ? row : found), undefined);
}

function printPaymentAct(io: CliIo, detail: ConventionDetail, payment: Payment | undefined, json: boolean | undefined, sentence: string): void {
  if (json) return printJson(io.stdout, { payment: payment ?? null, convention: detailJson(detail) });
  io.stdout(`${sentence}\n${payment ? `  ${describePayment(payment)}\n` : ''}${conventionState(detail)}\n`);
}

function printRecoveryAct(io: CliIo, detail: ConventionDetail, recovery: Recovery | undefined, json: boolean | undefined, sentence: string): void {
  if (json) return printJson(io.stdout, { recovery: recovery ?? null, convention: detailJson(detail) });
  io.stdout(`${sentence}\n${recovery ? `  ${describeRecovery(recovery)}\n` : ''}${conventionState(detail)}\n`);
}

function addPaymentsGroup(program: Command, io: CliIo): void {
  const payments = frenchSubcommand(program, 'payments', 'les versements d’une convention : mandater ou payer une échéance, marquer payé, annuler').usage('[options] <commande>');

  frenchSubcommand(payments, 'record', 'enregistrer un versement sur une échéance : payé avec --date, sinon mandaté aujourd’hui ; jamais au-delà de ce qui reste dû')
    .requiredOption('--convention <numéro>', 'convention', positiveInteger('--convention'))
    .requiredOption('--line <rang>', 'rang de l’échéance dans l’échéancier en vigueur (1, 2…)', positiveInteger('--line'))
    .requiredOption('--montant <montant>', 'montant versé, par exemple « 8 641,97 »', euros('--montant'))
    .option('--date <jj/mm/aaaa>', 'date de paiement (sans elle, le versement est seulement mandaté)', frenchDate('--date'))
    .option('--mandat <référence>', 'référence du mandat')
    .option('--motif <texte>', 'motif pour verser avant le déclencheur (le solde avant le bilan, par exemple) ; consigné')
    .option('--json', 'sortie JSON : le versement et la convention')
    .action(async (options: { convention: number; line: number; montant: number; date?: string; mandat?: string; motif?: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('payments.record', {
          conventionId: options.convention,
          lineRank: options.line,
          amountCents: options.montant,
          paidOn: options.date ?? null,
          mandateRef: options.mandat ?? '',
          reason: options.motif ?? '',
        });
        const payment = newest(detail.payments);
        const how = options.date === undefined ? 'mandaté' : `payé le ${formatFrenchDate(options.date)}`;
        printPaymentAct(io, detail, payment, options.json, `Versement n° ${payment?.id ?? '?'} de ${formatEuros(options.montant)} sur l’échéance n° ${options.line} de ${detail.number} : ${how}.`);
      }),
    );

  frenchSubcommand(payments, 'paid <numéro>', 'marquer payé un versement mandaté')
    .requiredOption('--date <jj/mm/aaaa>', 'date de paiement', frenchDate('--date'))
    .option('--json', 'sortie JSON : le versement et la convention')
    .action(async (idText: string, options: { date: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        const detail = await service.invoke('payments.markPaid', { id, paidOn: options.date });
        printPaymentAct(io, detail, detail.payments.find((payment) => payment.id === id), options.json, `Versement n° ${id} payé le ${formatFrenchDate(options.date)}.`);
      }),
    );

  frenchSubcommand(payments, 'cancel <numéro>', 'annuler un versement mandaté et pas encore payé (un versement payé se reprend par un reversement)')
    .requiredOption('--motif <texte>', 'pourquoi le versement est annulé')
    .option('--json', 'sortie JSON : le versement et la convention')
    .action(async (idText: string, options: { motif: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        const detail = await service.invoke('payments.cancel', { id, reason: options.motif });
        printPaymentAct(io, detail, detail.payments.find((payment) => payment.id === id), options.json, `Versement n° ${id} annulé.`);
      }),
    );
}

function addRecoveriesGroup(program: Command, io: CliIo): void {
  const recoveries = frenchSubcommand(program, 'recoveries', 'les reversements : l’argent versé et non employé, demandé en retour, puis reçu').usage('[options] <commande>');

  frenchSubcommand(recoveries, 'record', 'demander un reversement (jamais plus que ce qui a été versé) ; la convention ne se clôture pas avant qu’il soit reçu')
    .requiredOption('--convention <numéro>', 'convention', positiveInteger('--convention'))
    .requiredOption('--montant <montant>', 'montant à reverser, par exemple « 1 000 »', euros('--montant'))
    .addOption(new Option('--cause <cause>', 'cause du reversement').choices(Object.keys(RECOVERY_CAUSE_LABELS)).makeOptionMandatory())
    .requiredOption('--decision <référence>', 'référence de la décision (titre de recette, arrêté…)')
    .option('--echeance <jj/mm/aaaa>', 'date à laquelle le reversement est attendu', frenchDate('--echeance'))
    .option('--motif <texte>', 'note jointe au reversement')
    .option('--json', 'sortie JSON : le reversement et la convention')
    .action(async (options: { convention: number; montant: number; cause: RecoveryCause; decision: string; echeance?: string; motif?: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const detail = await service.invoke('recoveries.record', {
          conventionId: options.convention,
          amountCents: options.montant,
          cause: options.cause,
          decisionRef: options.decision,
          dueOn: options.echeance ?? null,
          note: options.motif ?? '',
        });
        const recovery = newest(detail.recoveries);
        printRecoveryAct(io, detail, recovery, options.json, `Reversement n° ${recovery?.id ?? '?'} de ${formatEuros(options.montant)} demandé sur ${detail.number}.`);
      }),
    );

  frenchSubcommand(recoveries, 'receive <numéro>', 'enregistrer la réception d’un reversement')
    .requiredOption('--date <jj/mm/aaaa>', 'date de réception', frenchDate('--date'))
    .option('--json', 'sortie JSON : le reversement et la convention')
    .action(async (idText: string, options: { date: string } & Json, command: Command) =>
      withConventionService(command, io, async ({ service }) => {
        const id = positiveInteger('numéro')(idText);
        const detail = await service.invoke('recoveries.receive', { id, receivedOn: options.date });
        printRecoveryAct(io, detail, detail.recoveries.find((recovery) => recovery.id === id), options.json, `Reversement n° ${id} reçu le ${formatFrenchDate(options.date)}.`);
      }),
    );
}

export function addPaymentCommands(program: Command, io: CliIo): void {
  addPaymentsGroup(program, io);
  addRecoveriesGroup(program, io);
}
