// Reads CAI sessions: the list, and one session in full (jury, attendance, quorum, agenda, conflicts).
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../core/domain/app-error.ts';
import { quorum, type QuorumRule } from '../../core/domain/jury/quorum.ts';
import type { AgendaItem, Conflict, SessionDetail, SessionMember, SessionSummary } from '../../core/service/sessions/sessions-api.ts';
import type { Db } from '../open-database.ts';
import { applicationObjectives, applications } from '../schema/applications.ts';
import { calls } from '../schema/calls.ts';
import { jurors } from '../schema/jury.ts';
import { pactLevers, pactObjectives, pactOperationalObjectives } from '../schema/pact.ts';
import { providers } from '../schema/providers.ts';
import { scoreSheets } from '../schema/scoring.ts';
import { caiSessions, conflicts, sessionAgenda, sessionMembers } from '../schema/sessions.ts';
import { getGridSummary } from './grid-queries.ts';
import { jurorColumns } from './juror-queries.ts';

export type SessionRow = typeof caiSessions.$inferSelect;

export function sessionRow(db: Db, id: number): SessionRow {
  const row = db.select().from(caiSessions).where(eq(caiSessions.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucune séance n° ${id}.`);
  return row;
}

const agendaCount = sql<number>`(select count(*) from ${sessionAgenda} where ${sessionAgenda.sessionId} = ${caiSessions.id})`;
const memberCount = sql<number>`(select count(*) from ${sessionMembers} where ${sessionMembers.sessionId} = ${caiSessions.id})`;

const summaryColumns = {
  id: caiSessions.id,
  callId: caiSessions.callId,
  callTitle: calls.title,
  title: caiSessions.title,
  heldOn: caiSessions.heldOn,
  place: caiSessions.place,
  status: caiSessions.status,
  agendaCount,
  memberCount,
  isDemo: caiSessions.isDemo,
};

export function listSessions(db: Db, callId?: number): SessionSummary[] {
  return db
    .select(summaryColumns)
    .from(caiSessions)
    .innerJoin(calls, eq(calls.id, caiSessions.callId))
    .where(callId === undefined ? undefined : eq(caiSessions.callId, callId))
    .orderBy(desc(caiSessions.heldOn), desc(caiSessions.id))
    .all();
}

/** Active conflicts of a session (withdrawn ones stay on record but no longer count). */
export function activeConflicts(db: Db, sessionId: number): Conflict[] {
  return db
    .select({
      id: conflicts.id,
      jurorId: conflicts.jurorId,
      jurorName: jurors.name,
      applicationId: conflicts.applicationId,
      applicationTitle: applications.title,
      providerId: conflicts.providerId,
      providerName: providers.name,
      type: conflicts.type,
      note: conflicts.note,
      declaredBy: conflicts.declaredBy,
      isPinned: conflicts.isPinned,
      createdAt: conflicts.createdAt,
    })
    .from(conflicts)
    .innerJoin(jurors, eq(jurors.id, conflicts.jurorId))
    .leftJoin(applications, eq(applications.id, conflicts.applicationId))
    .leftJoin(providers, eq(providers.id, conflicts.providerId))
    .where(and(eq(conflicts.sessionId, sessionId), isNull(conflicts.withdrawnAt)))
    .orderBy(asc(conflicts.id))
    .all();
}

const primaryLink = alias(applicationObjectives, 'primary_link');

/** The agenda in discussion order, each item with the jurors who may not score it. */
export function agendaItems(db: Db, sessionId: number, sessionConflicts: readonly Conflict[]): AgendaItem[] {
  const rows = db
    .select({
      position: sessionAgenda.position,
      applicationId: applications.id,
      title: applications.title,
      providerId: providers.id,
      providerName: providers.name,
      requestedCents: applications.requestedCents,
      applicationStatus: applications.status,
      // The lever of the primary objective classifies an application (envelopes per lever).
      leverNumber: pactLevers.number,
    })
    .from(sessionAgenda)
    .innerJoin(applications, eq(applications.id, sessionAgenda.applicationId))
    .innerJoin(providers, eq(providers.id, applications.providerId))
    .leftJoin(primaryLink, and(eq(primaryLink.applicationId, applications.id), eq(primaryLink.isPrimary, true)))
    .leftJoin(pactOperationalObjectives, eq(pactOperationalObjectives.id, primaryLink.operationalObjectiveId))
    .leftJoin(pactObjectives, eq(pactObjectives.id, pactOperationalObjectives.objectiveId))
    .leftJoin(pactLevers, eq(pactLevers.id, pactObjectives.leverId))
    .where(eq(sessionAgenda.sessionId, sessionId))
    .orderBy(asc(sessionAgenda.position))
    .all();
  return rows.map((row) => ({
    ...row,
    conflictedJurorIds: [
      ...new Set(sessionConflicts.filter((conflict) => conflict.applicationId === row.applicationId || conflict.providerId === row.providerId).map((conflict) => conflict.jurorId)),
    ].sort((a, b) => a - b),
  }));
}

type MemberRow = Omit<SessionMember, 'submittedCount' | 'toScoreCount' | 'isChair' | 'hasPin'> & { pinHash: string | null };

export function memberRows(db: Db, sessionId: number): MemberRow[] {
  return db
    .select({ ...jurorColumns, attendance: sessionMembers.attendance, representedByJurorId: sessionMembers.representedByJurorId, pinHash: sessionMembers.pinHash })
    .from(sessionMembers)
    .innerJoin(jurors, eq(jurors.id, sessionMembers.jurorId))
    .where(eq(sessionMembers.sessionId, sessionId))
    .orderBy(asc(jurors.name), asc(jurors.id))
    .all();
}

function submittedCounts(db: Db, sessionId: number): Map<number, number> {
  const rows = db
    .select({ jurorId: scoreSheets.jurorId, n: count() })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.sessionId, sessionId), eq(scoreSheets.status, 'submitted')))
    .groupBy(scoreSheets.jurorId)
    .all();
  return new Map(rows.map((row) => [row.jurorId, row.n]));
}

export function getSession(db: Db, id: number): SessionDetail {
  const row = sessionRow(db, id);
  const summary = db.select(summaryColumns).from(caiSessions).innerJoin(calls, eq(calls.id, caiSessions.callId)).where(eq(caiSessions.id, id)).get();
  if (!summary) throw new AppError('not_found', `Aucune séance n° ${id}.`);
  const sessionConflicts = activeConflicts(db, id);
  const agenda = agendaItems(db, id, sessionConflicts);
  const submitted = submittedCounts(db, id);
  const members: SessionMember[] = memberRows(db, id)
    .map(({ pinHash, ...member }) => ({
      ...member,
      hasPin: pinHash !== null,
      isChair: member.id === row.chairJurorId,
      submittedCount: submitted.get(member.id) ?? 0,
      toScoreCount: agenda.filter((item) => !item.conflictedJurorIds.includes(member.id)).length,
    }))
    // The chair first: the screen and the minutes name them before the others.
    .sort((a, b) => Number(b.isChair) - Number(a.isChair));
  const quorumRule = row.quorumRule as QuorumRule;
  return {
    ...summary,
    gridId: row.gridId,
    grid: getGridSummary(db, row.gridId),
    quorumRule,
    quorum: quorum(
      members.map((member) => ({
        memberId: member.id,
        name: member.name,
        permanent: member.isPermanent,
        attendance: member.attendance === 'convoque' ? null : member.attendance,
        representedBy: member.representedByJurorId,
      })),
      quorumRule,
    ),
    disagreementThreshold: row.disagreementThreshold,
    chairJurorId: row.chairJurorId,
    members,
    agenda,
    conflicts: sessionConflicts,
    revealedAt: row.revealedAt,
    revealedBy: row.revealedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
