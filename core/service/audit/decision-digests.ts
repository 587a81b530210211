// Digests of what decisive acts decide on, written into their audit entry so that `audit verify` can
// tell the tables changed behind the app's back: the reveal seals the session's scores (and its avis,
// the budgets and the envelope they are weighed against, sealed again at the close), the board's
// validation a convention's amounts and schedule, each payment its amount, dates and line.
//
// Every later logged act that may change sealed rows (a paper sheet at deliberation, an avenant, a
// payment marked paid…) records the digest again, and with it the digest of the rows just before it
// wrote (`was`, when it differs): so verify checks each step, not only the last one, and an honest act
// cannot bless a change made behind the app's back before it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { payments, recoveries } from '../../../db/schema/conventions.ts';
import { bilans } from '../../../db/schema/indicators.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import {
  DECISION_KINDS,
  decisionData,
  demoDecisions,
  isConventionValidated,
  newestPayment,
  revealedSessions,
  sessionsOfApplication,
  sessionsOfCall,
  type DecisionKind,
  type DecisionSubject,
} from './decision-data.ts';

export type { DecisionKind, DecisionSubject } from './decision-data.ts';

/**
 * What an audit entry keeps of a decision: its subject, the SHA-256 of its data after the act, and
 * `was`, the SHA-256 just before it, when the act changed it (absent: unchanged, or not sealed before).
 */
export type DecisionDigest = DecisionSubject & { sha256: string; was?: string };

const keyOf = (subject: DecisionSubject) => `${subject.kind}:${subject.id}`;

/** The digest of a subject's data as the tables hold it now; null when the subject is gone. */
export function decisionDigest(db: Db, subject: DecisionSubject): string | null {
  const data = decisionData(db, subject);
  return data === null ? null : dataSha256({ kind: subject.kind, id: subject.id, data });
}

function numberIn(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = (value as Record<string, unknown>)[key];
  return typeof candidate === 'number' && Number.isSafeInteger(candidate) ? candidate : undefined;
}

const SESSION_KINDS = ['scores', 'avis', 'budgets'] as const;

function sessionSubjects(db: Db, sessionIds: readonly number[] | undefined): DecisionSubject[] {
  return revealedSessions(db, sessionIds).flatMap((session) => [...SESSION_KINDS.map((kind) => ({ kind, id: session.id })), { kind: 'envelope' as const, id: session.callId }]);
}

/** The convention an act of the conventions' area works on, known from its input. */
function conventionOf(db: Db, method: string, input: unknown): number | undefined {
  const area = method.slice(0, method.indexOf('.'));
  const id = numberIn(input, 'id');
  if (area === 'conventions') return id;
  // Validating a bilan releases its year's balance: it writes the convention's years.
  if (method === 'bilans.validate' && id !== undefined) return db.select({ conventionId: bilans.conventionId }).from(bilans).where(eq(bilans.id, id)).get()?.conventionId;
  if (method === 'payments.record' || method === 'recoveries.record') return numberIn(input, 'conventionId');
  if (id === undefined) return undefined;
  if (area === 'payments') return db.select({ conventionId: payments.conventionId }).from(payments).where(eq(payments.id, id)).get()?.conventionId;
  if (area === 'recoveries') return db.select({ conventionId: recoveries.conventionId }).from(recoveries).where(eq(recoveries.id, id)).get()?.conventionId;
  return undefined;
}

/**
 * The sealed decisions a write may change, known from its input: the session it names once its scores
 * are revealed (scores, avis, budgets of its agenda, its call's envelope); the budgets of revealed
 * sessions an application edit or an import may touch; an envelope of a call with a revealed session;
 * a convention validated by the board; a payment.
 */
function sealedSubjects(db: Db, method: string, input: unknown): DecisionSubject[] {
  const subjects: DecisionSubject[] = [];
  const sessionId = numberIn(input, 'sessionId');
  if (sessionId !== undefined) subjects.push(...sessionSubjects(db, [sessionId]));
  // A score pack names its session inside the file: every revealed session is watched.
  else if (method === 'scorePack.import') subjects.push(...sessionSubjects(db, undefined));
  if (method === 'applications.update') {
    const applicationId = numberIn(input, 'id');
    if (applicationId !== undefined) subjects.push(...revealedSessions(db, sessionsOfApplication(db, applicationId)).map((session) => ({ kind: 'budgets' as const, id: session.id })));
  }
  // An import may update applications of any call.
  if (method === 'imports.run') subjects.push(...revealedSessions(db).map((session) => ({ kind: 'budgets' as const, id: session.id })));
  if (method === 'calls.update') {
    const callId = numberIn(input, 'id');
    if (callId !== undefined && revealedSessions(db, sessionsOfCall(db, callId)).length > 0) subjects.push({ kind: 'envelope', id: callId });
  }
  const conventionId = conventionOf(db, method, input);
  if (conventionId !== undefined && isConventionValidated(db, conventionId)) subjects.push({ kind: 'convention', id: conventionId });
  const paymentId = method === 'payments.markPaid' || method === 'payments.cancel' ? numberIn(input, 'id') : undefined;
  if (paymentId !== undefined) subjects.push({ kind: 'payment', id: paymentId });
  return subjects;
}

/** The digests of the sealed decisions a write may change, taken in its transaction just before it writes. */
export type SealsBefore = ReadonlyMap<string, string | null>;

export function sealsBefore(db: Db, method: string, input: unknown): SealsBefore {
  return new Map(sealedSubjects(db, method, input).map((subject) => [keyOf(subject), decisionDigest(db, subject)]));
}

/** The decisions to record after the write: those sealed now (the reveal and the validation seal theirs), the payment it created, the demo year it loaded. */
function subjectsAfter(db: Db, method: string, input: unknown, result: unknown): DecisionSubject[] {
  const subjects = sealedSubjects(db, method, input);
  const conventionId = method === 'payments.record' ? numberIn(input, 'conventionId') : undefined;
  const created = conventionId === undefined || numberIn(result, 'id') !== conventionId ? null : newestPayment(db, conventionId);
  if (created !== null) subjects.push({ kind: 'payment', id: created });
  if (method === 'demo.load') subjects.push(...demoDecisions(db));
  return [...new Map(subjects.map((subject) => [keyOf(subject), subject])).values()];
}

/** The details of a write's audit entry, with the digests of the decisions it sealed (`digests`), if any. */
export function withDecisionDigests(db: Db, before: SealsBefore, method: string, input: unknown, result: unknown, details: JsonValue): JsonValue {
  const digests = subjectsAfter(db, method, input, result).flatMap((subject): JsonValue[] => {
    const sha256 = decisionDigest(db, subject);
    if (sha256 === null) return [];
    const was = before.get(keyOf(subject));
    return [{ kind: subject.kind, id: subject.id, sha256, ...(typeof was === 'string' && was !== sha256 ? { was } : {}) }];
  });
  if (digests.length === 0) return details;
  return typeof details === 'object' && details !== null && !Array.isArray(details) ? { ...details, digests } : { input: details, digests };
}

const HEX_64 = /^[0-9a-f]{64}$/u;

/** The digests an entry's details hold; malformed items are left out (the chain check answers for the entry). */
export function digestsIn(details: unknown): DecisionDigest[] {
  const list = typeof details === 'object' && details !== null ? (details as { digests?: unknown }).digests : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): DecisionDigest[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { kind, id, sha256, was } = item as Record<string, unknown>;
    if (!DECISION_KINDS.includes(kind as DecisionKind) || typeof id !== 'number' || !Number.isSafeInteger(id) || typeof sha256 !== 'string' || !HEX_64.test(sha256)) return [];
    return [{ kind: kind as DecisionKind, id, sha256, ...(typeof was === 'string' && HEX_64.test(was) ? { was } : {}) }];
  });
}
