// What each decisive act decides on, read from the tables as plain JSON: the same reading serves the
// digest written into the act's audit entry and the one `audit verify` computes again later. Ids,
// amounts, dates and texts of the rows only, never a computed or clock-dependent value, so that only
// a change of the rows changes a digest.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { applicationBudgetLines, applications } from '../../../db/schema/applications.ts';
import { callLeverEnvelopes, calls } from '../../../db/schema/calls.ts';
import { avenants, conventionYears, conventions, payments, recoveries, scheduleLines } from '../../../db/schema/conventions.ts';
import { avis, scoreAnswers, scoreSheets } from '../../../db/schema/scoring.ts';
import { caiSessions, sessionAgenda } from '../../../db/schema/sessions.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';

export const DECISION_KINDS = ['scores', 'avis', 'budgets', 'envelope', 'convention', 'payment'] as const;
/**
 * scores, avis, budgets: of a session (its submitted scores; its avis and proposed amounts; the budgets
 * of the applications on its agenda); envelope: of a call; convention and payment: of one row each.
 */
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionSubject = { kind: DecisionKind; id: number };

function sessionScores(db: Db, sessionId: number): JsonValue {
  const submitted = and(eq(scoreSheets.sessionId, sessionId), eq(scoreSheets.status, 'submitted'));
  const sheets = db
    .select({ id: scoreSheets.id, jurorId: scoreSheets.jurorId, applicationId: scoreSheets.applicationId, source: scoreSheets.source, submittedAt: scoreSheets.submittedAt })
    .from(scoreSheets)
    .where(submitted)
    .orderBy(asc(scoreSheets.jurorId), asc(scoreSheets.applicationId))
    .all();
  const answers = db
    .select({ sheetId: scoreAnswers.sheetId, key: scoreAnswers.criterionKey, score: scoreAnswers.score, na: scoreAnswers.isNotApplicable, comment: scoreAnswers.comment })
    .from(scoreAnswers)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scoreAnswers.sheetId))
    .where(submitted)
    .orderBy(asc(scoreAnswers.sheetId), asc(scoreAnswers.criterionKey))
    .all();
  const bySheet = new Map<number, JsonValue[]>();
  for (const answer of answers) bySheet.set(answer.sheetId, [...(bySheet.get(answer.sheetId) ?? []), [answer.key, answer.na ? 'na' : answer.score, answer.comment]]);
  return sheets.map((sheet) => [sheet.jurorId, sheet.applicationId, sheet.source, sheet.submittedAt, bySheet.get(sheet.id) ?? []]);
}

function avisOfSession(db: Db, sessionId: number): JsonValue {
  return db
    .select({ applicationId: avis.applicationId, kind: avis.kind, proposedCents: avis.proposedCents, motivation: avis.motivation, conditions: avis.conditions, reasons: avis.reasons, decidedBy: avis.decidedBy, decidedAt: avis.decidedAt })
    .from(avis)
    .where(eq(avis.sessionId, sessionId))
    .orderBy(asc(avis.applicationId))
    .all();
}

function sessionBudgets(db: Db, sessionId: number): JsonValue {
  const items = db
    .select({ position: sessionAgenda.position, id: applications.id, requestedCents: applications.requestedCents, chargesCents: applications.chargesCents, incomeCents: applications.incomeCents })
    .from(sessionAgenda)
    .innerJoin(applications, eq(applications.id, sessionAgenda.applicationId))
    .where(eq(sessionAgenda.sessionId, sessionId))
    .orderBy(asc(sessionAgenda.position))
    .all();
  const lines = db
    .select({ applicationId: applicationBudgetLines.applicationId, position: applicationBudgetLines.position, account: applicationBudgetLines.account, label: applicationBudgetLines.label, amountCents: applicationBudgetLines.amountCents })
    .from(applicationBudgetLines)
    .innerJoin(sessionAgenda, and(eq(sessionAgenda.applicationId, applicationBudgetLines.applicationId), eq(sessionAgenda.sessionId, sessionId)))
    .orderBy(asc(applicationBudgetLines.applicationId), asc(applicationBudgetLines.position), asc(applicationBudgetLines.id))
    .all();
  return items.map((item) => ({ ...item, lines: lines.filter((line) => line.applicationId === item.id).map(({ position, account, label, amountCents }) => [position, account, label, amountCents]) }));
}

function callEnvelope(db: Db, callId: number): JsonValue {
  const call = db.select({ envelopeCents: calls.envelopeCents }).from(calls).where(eq(calls.id, callId)).get();
  if (!call) return null;
  const levers = db.select({ leverId: callLeverEnvelopes.leverId, envelopeCents: callLeverEnvelopes.envelopeCents }).from(callLeverEnvelopes).where(eq(callLeverEnvelopes.callId, callId)).orderBy(asc(callLeverEnvelopes.leverId)).all();
  return { envelopeCents: call.envelopeCents, levers: levers.map((lever) => [lever.leverId, lever.envelopeCents]) };
}

function conventionData(db: Db, id: number): JsonValue {
  const row = db.select().from(conventions).where(eq(conventions.id, id)).get();
  if (!row) return null;
  const { number, applicationId, sessionId, providerId, instrument, object, startsOn, endsOn, totalCents, eligibleCostCents, status, caDeliberationRef, caDeliberationOn, signedProviderOn, signedCcasOn, advanceBp } = row;
  const of = <T extends { conventionId: unknown }>(rows: T[]) => rows.map(({ conventionId: _convention, ...rest }) => rest);
  return {
    convention: { number, applicationId, sessionId, providerId, instrument, object, startsOn, endsOn, totalCents, eligibleCostCents, status, caDeliberationRef, caDeliberationOn, signedProviderOn, signedCcasOn, advanceBp },
    years: of(db.select().from(conventionYears).where(eq(conventionYears.conventionId, id)).orderBy(asc(conventionYears.year)).all()),
    lines: of(db.select().from(scheduleLines).where(eq(scheduleLines.conventionId, id)).orderBy(asc(scheduleLines.id)).all()),
    avenants: db
      .select({ id: avenants.id, rank: avenants.rank, previousTotalCents: avenants.previousTotalCents, newTotalCents: avenants.newTotalCents, caDeliberationRef: avenants.caDeliberationRef, caDeliberationOn: avenants.caDeliberationOn, signedOn: avenants.signedOn })
      .from(avenants)
      .where(eq(avenants.conventionId, id))
      .orderBy(asc(avenants.id))
      .all(),
    payments: db
      .select({ id: payments.id, lineId: payments.scheduleLineId, amountCents: payments.amountCents, status: payments.status, orderedOn: payments.orderedOn, paidOn: payments.paidOn })
      .from(payments)
      .where(eq(payments.conventionId, id))
      .orderBy(asc(payments.id))
      .all(),
    recoveries: db
      .select({ id: recoveries.id, amountCents: recoveries.amountCents, cause: recoveries.cause, dueOn: recoveries.dueOn, receivedOn: recoveries.receivedOn })
      .from(recoveries)
      .where(eq(recoveries.conventionId, id))
      .orderBy(asc(recoveries.id))
      .all(),
  } as unknown as JsonValue;
}

function paymentData(db: Db, id: number): JsonValue {
  const row = db
    .select({
      conventionId: payments.conventionId,
      lineId: payments.scheduleLineId,
      lineRank: scheduleLines.rank,
      amountCents: payments.amountCents,
      status: payments.status,
      mandateRef: payments.mandateRef,
      orderedOn: payments.orderedOn,
      paidOn: payments.paidOn,
      overrideReason: payments.overrideReason,
      cancelReason: payments.cancelReason,
    })
    .from(payments)
    .innerJoin(scheduleLines, eq(scheduleLines.id, payments.scheduleLineId))
    .where(eq(payments.id, id))
    .get();
  return row ?? null;
}

/** The rows a decision covers, as they are now; null when its subject itself (session, call, convention, payment) is gone. */
export function decisionData(db: Db, subject: DecisionSubject): JsonValue {
  const { kind, id } = subject;
  if (kind === 'envelope') return callEnvelope(db, id);
  if (kind === 'convention') return conventionData(db, id);
  if (kind === 'payment') return paymentData(db, id);
  if (!db.select({ id: caiSessions.id }).from(caiSessions).where(eq(caiSessions.id, id)).get()) return null;
  return kind === 'scores' ? sessionScores(db, id) : kind === 'avis' ? avisOfSession(db, id) : sessionBudgets(db, id);
}

/** Sessions whose scores are revealed, among these (all of them when `ids` is omitted). */
export function revealedSessions(db: Db, ids?: readonly number[]): { id: number; callId: number }[] {
  if (ids !== undefined && ids.length === 0) return [];
  return db
    .select({ id: caiSessions.id, callId: caiSessions.callId })
    .from(caiSessions)
    .where(and(isNotNull(caiSessions.revealedAt), ids === undefined ? undefined : inArray(caiSessions.id, [...ids])))
    .orderBy(asc(caiSessions.id))
    .all();
}

/** Sessions with this application on their agenda. */
export function sessionsOfApplication(db: Db, applicationId: number): number[] {
  return db.select({ id: sessionAgenda.sessionId }).from(sessionAgenda).where(eq(sessionAgenda.applicationId, applicationId)).all().map((row) => row.id);
}

/** Sessions of a call. */
export function sessionsOfCall(db: Db, callId: number): number[] {
  return db.select({ id: caiSessions.id }).from(caiSessions).where(eq(caiSessions.callId, callId)).all().map((row) => row.id);
}

/** A convention the board has validated: from then on, it changes only by logged acts (signature, payments, avenants). */
export function isConventionValidated(db: Db, id: number): boolean {
  return db.select({ ref: conventions.caDeliberationRef }).from(conventions).where(eq(conventions.id, id)).get()?.ref != null;
}

/** The payment a payments.record has just inserted: the newest of its convention, in the same transaction. */
export function newestPayment(db: Db, conventionId: number): number | null {
  return db.select({ id: payments.id }).from(payments).where(eq(payments.conventionId, conventionId)).orderBy(desc(payments.id)).limit(1).get()?.id ?? null;
}

/** The demo year's decisions: its acts run inside demo.load, not one by one, so the load seals them all. */
export function demoDecisions(db: Db): DecisionSubject[] {
  const sessions = db
    .select({ id: caiSessions.id, callId: caiSessions.callId })
    .from(caiSessions)
    .where(and(eq(caiSessions.isDemo, true), isNotNull(caiSessions.revealedAt)))
    .orderBy(asc(caiSessions.id))
    .all();
  const validated = db
    .select({ id: conventions.id })
    .from(conventions)
    .where(and(eq(conventions.isDemo, true), isNotNull(conventions.caDeliberationRef)))
    .orderBy(asc(conventions.id))
    .all();
  const paid = db.select({ id: payments.id }).from(payments).innerJoin(conventions, eq(conventions.id, payments.conventionId)).where(eq(conventions.isDemo, true)).orderBy(asc(payments.id)).all();
  return [
    ...sessions.flatMap((session) => [...(['scores', 'avis', 'budgets'] as const).map((kind) => ({ kind, id: session.id })), { kind: 'envelope' as const, id: session.callId }]),
    ...validated.map((row) => ({ kind: 'convention' as const, id: row.id })),
    ...paid.map((row) => ({ kind: 'payment' as const, id: row.id })),
  ];
}
