// Writes of a CAI session itself and of its jury: fields, members, attendance, PINs, status.
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { QuorumRule } from '../../core/domain/jury/quorum.ts';
import type { SessionStatus } from '../../core/domain/jury/session-status.ts';
import type { MemberAttendance } from '../../core/service/sessions/sessions-api.ts';
import type { Db } from '../open-database.ts';
import { scoreSheets } from '../schema/scoring.ts';
import { caiSessions, sessionMembers } from '../schema/sessions.ts';

export type SessionFields = {
  callId: number;
  gridId: number;
  title: string;
  heldOn: string;
  place: string;
  quorumRule: QuorumRule;
  disagreementThreshold: number;
  chairJurorId: number | null;
};

export function insertSession(db: Db, fields: SessionFields, packSecret: string, now: string): number {
  return db.insert(caiSessions).values({ ...fields, packSecret, createdAt: now, updatedAt: now }).returning({ id: caiSessions.id }).get().id;
}

export function updateSession(db: Db, id: number, fields: SessionFields, now: string): void {
  db.update(caiSessions).set({ ...fields, updatedAt: now }).where(eq(caiSessions.id, id)).run();
}

export function touchSession(db: Db, id: number, now: string): void {
  db.update(caiSessions).set({ updatedAt: now }).where(eq(caiSessions.id, id)).run();
}

export function setSessionStatus(db: Db, id: number, status: SessionStatus, now: string): void {
  db.update(caiSessions).set({ status, updatedAt: now }).where(eq(caiSessions.id, id)).run();
}

/** The convened jury becomes exactly these jurors: the ones kept keep their attendance and PIN, new ones are 'convoque'. */
export function setSessionMembers(db: Db, sessionId: number, jurorIds: readonly number[]): void {
  const ids = [...jurorIds];
  db.delete(sessionMembers)
    .where(and(eq(sessionMembers.sessionId, sessionId), ids.length === 0 ? undefined : notInArray(sessionMembers.jurorId, ids)))
    .run();
  for (const jurorId of ids) db.insert(sessionMembers).values({ sessionId, jurorId, attendance: 'convoque' }).onConflictDoNothing().run();
}

export function setMemberAttendance(db: Db, sessionId: number, jurorId: number, attendance: MemberAttendance, representedByJurorId: number | null): void {
  db.update(sessionMembers)
    .set({ attendance, representedByJurorId })
    .where(and(eq(sessionMembers.sessionId, sessionId), eq(sessionMembers.jurorId, jurorId)))
    .run();
}

export function setMemberPinHash(db: Db, sessionId: number, jurorId: number, pinHash: string): void {
  db.update(sessionMembers)
    .set({ pinHash })
    .where(and(eq(sessionMembers.sessionId, sessionId), eq(sessionMembers.jurorId, jurorId)))
    .run();
}

export function memberPinHash(db: Db, sessionId: number, jurorId: number): string | null | undefined {
  return db
    .select({ pinHash: sessionMembers.pinHash })
    .from(sessionMembers)
    .where(and(eq(sessionMembers.sessionId, sessionId), eq(sessionMembers.jurorId, jurorId)))
    .get()?.pinHash;
}

/** Which of these jurors already have a score sheet (draft or submitted) in the session. */
export function jurorsWithSheets(db: Db, sessionId: number, jurorIds: readonly number[]): Set<number> {
  if (jurorIds.length === 0) return new Set();
  const rows = db
    .selectDistinct({ jurorId: scoreSheets.jurorId })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.sessionId, sessionId), inArray(scoreSheets.jurorId, [...jurorIds])))
    .all();
  return new Set(rows.map((row) => row.jurorId));
}

/** Which of these applications already have a score sheet in the session. */
export function applicationsWithSheets(db: Db, sessionId: number, applicationIds: readonly number[]): Set<number> {
  if (applicationIds.length === 0) return new Set();
  const rows = db
    .selectDistinct({ applicationId: scoreSheets.applicationId })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.sessionId, sessionId), inArray(scoreSheets.applicationId, [...applicationIds])))
    .all();
  return new Set(rows.map((row) => row.applicationId));
}
