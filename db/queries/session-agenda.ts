// The agenda of a CAI session: the applications it discusses, positions 1..n in discussion order.
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { ApplicationStatus } from '../../core/service/applications/applications-api.ts';
import type { Db } from '../open-database.ts';
import { applications } from '../schema/applications.ts';
import { providers } from '../schema/providers.ts';
import { sessionAgenda } from '../schema/sessions.ts';

export type AgendaCandidate = { id: number; title: string; callId: number; status: ApplicationStatus; providerId: number; providerName: string };

export function agendaApplicationIds(db: Db, sessionId: number): number[] {
  return db
    .select({ applicationId: sessionAgenda.applicationId })
    .from(sessionAgenda)
    .where(eq(sessionAgenda.sessionId, sessionId))
    .orderBy(asc(sessionAgenda.position))
    .all()
    .map((row) => row.applicationId);
}

const candidateColumns = {
  id: applications.id,
  title: applications.title,
  callId: applications.callId,
  status: applications.status,
  providerId: applications.providerId,
  providerName: providers.name,
};

export function agendaCandidates(db: Db, applicationIds: readonly number[]): Map<number, AgendaCandidate> {
  if (applicationIds.length === 0) return new Map();
  const rows = db
    .select(candidateColumns)
    .from(applications)
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .where(inArray(applications.id, [...applicationIds]))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}

/** The recevable applications of a call not on the agenda yet, by provider name then title (accents ignored). */
export function recevableNotOnAgenda(db: Db, callId: number, sessionId: number): number[] {
  const onAgenda = db.select({ id: sessionAgenda.applicationId }).from(sessionAgenda).where(eq(sessionAgenda.sessionId, sessionId));
  return db
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .where(and(eq(applications.callId, callId), eq(applications.status, 'recevable'), notInArray(applications.id, onAgenda)))
    .orderBy(asc(providers.searchName), asc(applications.titleKey), asc(applications.id))
    .all()
    .map((row) => row.id);
}

/** The agenda becomes exactly this list, numbered 1..n in the order given. */
export function replaceAgenda(db: Db, sessionId: number, applicationIds: readonly number[]): void {
  db.delete(sessionAgenda).where(eq(sessionAgenda.sessionId, sessionId)).run();
  applicationIds.forEach((applicationId, index) => db.insert(sessionAgenda).values({ sessionId, applicationId, position: index + 1 }).run());
}

/** Appends after the last position. */
export function appendAgenda(db: Db, sessionId: number, applicationIds: readonly number[]): void {
  const last = db.select({ max: sql<number | null>`max(${sessionAgenda.position})` }).from(sessionAgenda).where(eq(sessionAgenda.sessionId, sessionId)).get()?.max ?? 0;
  applicationIds.forEach((applicationId, index) => db.insert(sessionAgenda).values({ sessionId, applicationId, position: last + index + 1 }).run());
}

/** Whether the provider has an application on the agenda of the session. */
export function providerOnAgenda(db: Db, sessionId: number, providerId: number): boolean {
  return (
    db
      .select({ id: applications.id })
      .from(sessionAgenda)
      .innerJoin(applications, eq(applications.id, sessionAgenda.applicationId))
      .where(and(eq(sessionAgenda.sessionId, sessionId), eq(applications.providerId, providerId)))
      .limit(1)
      .get() !== undefined
  );
}
