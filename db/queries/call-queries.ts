// Calls for projects: written with their lever envelopes in one transaction, read with their pact.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { CallDetail, CallStatus, CallSummary } from '../../core/service/calls/calls-api.ts';
import type { Db } from '../open-database.ts';
import { callLeverEnvelopes, calls } from '../schema/calls.ts';
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
  return { ...row, leverEnvelopes };
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
    return callId;
  });
}
