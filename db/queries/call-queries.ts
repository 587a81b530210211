// Calls for projects: written with their lever envelopes in one transaction, read with their pact.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { CallDetail, CallStatus, CallSummary } from '../../core/service/calls/calls-api.ts';
import type { Db } from '../open-database.ts';
import { callLeverEnvelopes, calls } from '../schema/calls.ts';
import { callChecklistItems } from '../schema/eligibility.ts';
import { pactLevers, pacts } from '../schema/pact.ts';

export type CallRecord = {
  year: number;
  title: string;
  pactId: number;
  opensOn: string | null;
  closesOn: string | null;
  envelopeCents: number;
  leverEnvelopes: { leverNumber: number; envelopeCents: number }[];
  priorities: string;
  checklistItems?: { id?: number | undefined; label: string }[];
  status: CallStatus;
  isDemo?: boolean;
};

const summaryColumns = {
  id: calls.id,
  year: calls.year,
  title: calls.title,
  status: calls.status,
  envelopeCents: calls.envelopeCents,
  opensOn: calls.opensOn,
  closesOn: calls.closesOn,
  pactId: calls.pactId,
  pactCode: pacts.code,
  isDemo: calls.isDemo,
};

export function listCalls(db: Db): CallSummary[] {
  return db.select(summaryColumns).from(calls).innerJoin(pacts, eq(pacts.id, calls.pactId)).orderBy(desc(calls.year), desc(calls.id)).all();
}

export function getCall(db: Db, id: number): CallDetail {
  const row = db
    .select({ ...summaryColumns, priorities: calls.priorities, createdAt: calls.createdAt, updatedAt: calls.updatedAt })
    .from(calls)
    .innerJoin(pacts, eq(pacts.id, calls.pactId))
    .where(eq(calls.id, id))
    .get();
  if (!row) throw new AppError('not_found', `Aucun appel à projets n° ${id}.`);
  const leverEnvelopes = db
    .select({ leverId: pactLevers.id, leverNumber: pactLevers.number, leverTitle: pactLevers.title, envelopeCents: callLeverEnvelopes.envelopeCents })
    .from(callLeverEnvelopes)
    .innerJoin(pactLevers, eq(pactLevers.id, callLeverEnvelopes.leverId))
    .where(eq(callLeverEnvelopes.callId, id))
    .orderBy(asc(pactLevers.number))
    .all();
  const checklistItems = db
    .select({ id: callChecklistItems.id, label: callChecklistItems.label })
    .from(callChecklistItems)
    .where(eq(callChecklistItems.callId, id))
    .orderBy(asc(callChecklistItems.position))
    .all();
  return { ...row, leverEnvelopes, checklistItems };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Keeps the ids of the points still there (their ticks stay attached), adds the new ones, drops the others. */
function syncChecklistItems(tx: Tx, callId: number, items: { id?: number | undefined; label: string }[]): void {
  const existing = new Set(tx.select({ id: callChecklistItems.id }).from(callChecklistItems).where(eq(callChecklistItems.callId, callId)).all().map((row) => row.id));
  const unknown = items.filter((item) => item.id !== undefined && !existing.has(item.id));
  if (unknown.length > 0) throw new AppError('validation', 'Point de recevabilité inconnu pour cet appel.', [{ path: 'checklistItems', message: 'Point inconnu pour cet appel.' }]);
  const kept = new Set(items.flatMap((item) => (item.id === undefined ? [] : [item.id])));
  const dropped = [...existing].filter((itemId) => !kept.has(itemId));
  if (dropped.length > 0) tx.delete(callChecklistItems).where(inArray(callChecklistItems.id, dropped)).run();
  // Positions are unique per call: park the kept rows out of the way before numbering them again.
  tx.update(callChecklistItems).set({ position: sql`-${callChecklistItems.position} - 1` }).where(eq(callChecklistItems.callId, callId)).run();
  items.forEach((item, position) => {
    if (item.id === undefined) tx.insert(callChecklistItems).values({ callId, position, label: item.label }).run();
    else tx.update(callChecklistItems).set({ position, label: item.label }).where(eq(callChecklistItems.id, item.id)).run();
  });
}

/** Lever numbers of the call's pact → lever ids; an unknown number is the caller's mistake, said in French. */
function leverIdsByNumber(db: Pick<Db, 'select'>, pactId: number, numbers: number[]): Map<number, number> {
  if (numbers.length === 0) return new Map();
  const levers = db
    .select({ id: pactLevers.id, number: pactLevers.number })
    .from(pactLevers)
    .where(and(eq(pactLevers.pactId, pactId), inArray(pactLevers.number, numbers)))
    .all();
  const byNumber = new Map(levers.map((lever) => [lever.number, lever.id]));
  const unknown = numbers.filter((number) => !byNumber.has(number));
  if (unknown.length > 0) {
    throw new AppError(
      'validation',
      `Levier inconnu dans le référentiel de l'appel : ${unknown.join(', ')}.`,
      unknown.map((number) => ({ path: `leverEnvelopes.${numbers.indexOf(number)}.leverNumber`, message: `Le levier ${number} n'existe pas dans ce pacte.` })),
    );
  }
  return byNumber;
}

export function saveCall(db: Db, record: CallRecord, now: string, id?: number): number {
  return db.transaction((tx) => {
    const byNumber = leverIdsByNumber(tx, record.pactId, record.leverEnvelopes.map((envelope) => envelope.leverNumber));
    const fields = {
      year: record.year,
      title: record.title,
      pactId: record.pactId,
      opensOn: record.opensOn,
      closesOn: record.closesOn,
      envelopeCents: record.envelopeCents,
      priorities: record.priorities,
      status: record.status,
      updatedAt: now,
    };
    let callId: number;
    if (id === undefined) {
      callId = tx.insert(calls).values({ ...fields, isDemo: record.isDemo ?? false, createdAt: now }).returning({ id: calls.id }).get().id;
    } else {
      const updated = tx.update(calls).set(fields).where(eq(calls.id, id)).returning({ id: calls.id }).get();
      if (!updated) throw new AppError('not_found', `Aucun appel à projets n° ${id}.`);
      callId = id;
      tx.delete(callLeverEnvelopes).where(eq(callLeverEnvelopes.callId, id)).run();
    }
    for (const envelope of record.leverEnvelopes) {
      tx.insert(callLeverEnvelopes).values({ callId, leverId: byNumber.get(envelope.leverNumber) as number, envelopeCents: envelope.envelopeCents }).run();
    }
    if (record.checklistItems) syncChecklistItems(tx, callId, record.checklistItems);
    return callId;
  });
}
