// Payments (versements) on the lines of the schedule, and recoveries (reversements) of unused money.
import { eq, sum } from 'drizzle-orm';
import { conventionRow, getConvention, scheduleOf } from '../../../db/queries/convention-detail.ts';
import { appendConventionEvent, updateConventionRow } from '../../../db/queries/convention-write.ts';
import { payments, recoveries } from '../../../db/schema/conventions.ts';
import { AppError } from '../../domain/app-error.ts';
import { acceptsPayments, CONVENTION_STATUS_LABELS } from '../../domain/conventions/convention-status.ts';
import { paymentAmountProblem } from '../../domain/conventions/payment-rules.ts';
import { SCHEDULE_KIND_LABELS, SCHEDULE_TRIGGER_LABELS } from '../../domain/conventions/schedule.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { formatEuros } from '../../domain/money.ts';
import type { ServiceContext } from '../context.ts';
import type { ConventionDetail, RecoveryCause } from './conventions-api.ts';
import { detail, moveStatus, refuse, todayOf } from './lifecycle-handlers.ts';

/** Once every euro of the current amount is paid, the convention is soldée (and back en cours if an avenant raises it). */
function settleIfPaid(context: ServiceContext, conventionId: number): void {
  const row = conventionRow(context.db, conventionId);
  const paid = getConvention(context.db, conventionId, todayOf(context)).paidCents;
  if (row.status === 'en_cours' && paid >= row.totalCents) moveStatus(context, row, 'soldee', `Soldée : ${formatEuros(paid)} versés.`);
}

type RecordInput = { conventionId: number; lineRank: number; amountCents: number; paidOn: string | null; orderedOn: string | null; mandateRef: string; reason: string };

export function recordPayment(context: ServiceContext, input: RecordInput): ConventionDetail {
  const { db } = context;
  const row = conventionRow(db, input.conventionId);
  if (!acceptsPayments(row.status)) {
    throw refuse(`Aucun versement sur une convention au statut « ${CONVENTION_STATUS_LABELS[row.status].toLowerCase()} » : elle doit être signée (et non close).`);
  }
  const today = todayOf(context);
  const line = scheduleOf(db, row, today).find((candidate) => candidate.rank === input.lineRank);
  if (!line) throw refuse(`L’échéance n° ${input.lineRank} n’existe pas dans cette convention.`, 'lineRank');
  if (line.supersededBy !== null) throw refuse(`L’échéance n° ${line.rank} a été remplacée par l’avenant n° ${line.supersededBy} : versez sur l’échéancier en vigueur.`, 'lineRank');
  const amountProblem = paymentAmountProblem(input.amountCents, line.remainingCents);
  if (amountProblem) throw refuse(`${amountProblem} Reste dû sur l’échéance n° ${line.rank} : ${formatEuros(line.remainingCents)}.`, 'amountCents');
  const triggerMet = line.triggeredOn !== null && line.triggeredOn <= (input.paidOn ?? input.orderedOn ?? today);
  const label = `${SCHEDULE_KIND_LABELS[line.kind].toLowerCase()} (échéance n° ${line.rank})`;
  // "l’avance", "l’acompte" but "le solde": the article follows the word.
  const [of, on] = line.kind === 'solde' ? ['du ', 'sur le '] : ['de l’', 'sur l’'];
  if (!triggerMet && input.reason.trim() === '') {
    const waiting = line.trigger === 'bilan' ? `l’acceptation du bilan ${line.year}` : line.trigger === 'date' ? `le ${formatFrenchDate(line.plannedOn ?? today)}` : 'la signature';
    throw refuse(`Le versement ${of}${label} attend ${waiting} (déclencheur : ${SCHEDULE_TRIGGER_LABELS[line.trigger].toLowerCase()}). Pour verser avant, indiquez un motif : il sera consigné.`, 'reason');
  }
  if (input.paidOn !== null && row.signedCcasOn !== null && input.paidOn < row.signedCcasOn) {
    throw refuse(`La date de paiement (${formatFrenchDate(input.paidOn)}) précède la signature de la convention (${formatFrenchDate(row.signedCcasOn)}).`, 'paidOn');
  }
  const at = context.now().toISOString();
  db.insert(payments)
    .values({
      conventionId: row.id,
      scheduleLineId: line.id,
      amountCents: input.amountCents,
      status: input.paidOn === null ? 'mandate' : 'paye',
      mandateRef: input.mandateRef,
      orderedOn: input.orderedOn ?? (input.paidOn === null ? today : null),
      paidOn: input.paidOn,
      overrideReason: triggerMet ? '' : input.reason,
      createdAt: at,
      createdBy: context.actor,
      updatedAt: at,
    })
    .run();
  const how = input.paidOn === null ? `mandaté${input.mandateRef ? ` (mandat ${input.mandateRef})` : ''}` : `payé le ${formatFrenchDate(input.paidOn)}`;
  appendConventionEvent(db, row.id, { kind: 'versement', summary: `Versement de ${formatEuros(input.amountCents)} ${on}${label}, ${how}.`, reason: triggerMet ? input.reason : `Avant le déclencheur : ${input.reason}` }, context.actor, at);
  if (row.status === 'signee') moveStatus(context, row, 'en_cours', 'En cours : premier versement.');
  settleIfPaid(context, row.id);
  updateConventionRow(db, row.id, { updatedAt: at });
  return detail(context, row.id);
}

function paymentRow(context: ServiceContext, id: number) {
  const payment = context.db.select().from(payments).where(eq(payments.id, id)).get();
  if (!payment) throw new AppError('not_found', `Le versement n° ${id} n’existe pas.`);
  return payment;
}

export function markPaid(context: ServiceContext, id: number, paidOn: string): ConventionDetail {
  const payment = paymentRow(context, id);
  if (payment.status !== 'mandate') throw refuse(payment.status === 'paye' ? 'Ce versement est déjà payé.' : 'Ce versement est annulé.');
  const at = context.now().toISOString();
  context.db.update(payments).set({ status: 'paye', paidOn, updatedAt: at }).where(eq(payments.id, id)).run();
  appendConventionEvent(context.db, payment.conventionId, { kind: 'versement', summary: `Versement de ${formatEuros(payment.amountCents)} payé le ${formatFrenchDate(paidOn)}.` }, context.actor, at);
  settleIfPaid(context, payment.conventionId);
  return detail(context, payment.conventionId);
}

export function cancelPayment(context: ServiceContext, id: number, reason: string): ConventionDetail {
  const payment = paymentRow(context, id);
  if (payment.status === 'paye') throw refuse('Un versement payé ne s’annule pas : enregistrez un reversement.');
  if (payment.status === 'annule') throw refuse('Ce versement est déjà annulé.');
  const at = context.now().toISOString();
  context.db.update(payments).set({ status: 'annule', cancelReason: reason, updatedAt: at }).where(eq(payments.id, id)).run();
  appendConventionEvent(context.db, payment.conventionId, { kind: 'versement', summary: `Mandat de ${formatEuros(payment.amountCents)} annulé.`, reason }, context.actor, at);
  return detail(context, payment.conventionId);
}

type RecoveryInput = { conventionId: number; amountCents: number; cause: RecoveryCause; decisionRef: string; dueOn: string | null; note: string };

export function recordRecovery(context: ServiceContext, input: RecoveryInput): ConventionDetail {
  const { db } = context;
  const row = conventionRow(db, input.conventionId);
  const paid = getConvention(db, row.id, todayOf(context)).paidCents;
  const asked = Number(db.select({ total: sum(recoveries.amountCents) }).from(recoveries).where(eq(recoveries.conventionId, row.id)).get()?.total ?? 0);
  if (input.amountCents <= 0) throw refuse('Le montant du reversement doit être positif.', 'amountCents');
  if (input.amountCents > paid - asked) throw refuse(`Le reversement dépasse ce qui a été versé et pas encore demandé en retour (${formatEuros(paid - asked)}).`, 'amountCents');
  const at = context.now().toISOString();
  db.insert(recoveries).values({ ...input, conventionId: row.id, createdAt: at, createdBy: context.actor }).run();
  appendConventionEvent(db, row.id, { kind: 'reversement', summary: `Reversement de ${formatEuros(input.amountCents)} demandé (décision ${input.decisionRef}).`, reason: input.note }, context.actor, at);
  return detail(context, row.id);
}

export function receiveRecovery(context: ServiceContext, id: number, receivedOn: string): ConventionDetail {
  const { db } = context;
  const recovery = db.select().from(recoveries).where(eq(recoveries.id, id)).get();
  if (!recovery) throw new AppError('not_found', `Le reversement n° ${id} n’existe pas.`);
  if (recovery.receivedOn !== null) throw refuse(`Ce reversement est déjà reçu (le ${formatFrenchDate(recovery.receivedOn)}).`);
  const at = context.now().toISOString();
  db.update(recoveries).set({ receivedOn }).where(eq(recoveries.id, id)).run();
  appendConventionEvent(db, recovery.conventionId, { kind: 'reversement', summary: `Reversement de ${formatEuros(recovery.amountCents)} reçu le ${formatFrenchDate(receivedOn)}.` }, context.actor, at);
  return detail(context, recovery.conventionId);
}
