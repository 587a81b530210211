// Conflicts of interest declared in a session: inserted, pinned by the chair, withdrawn — never deleted.
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { ConflictType } from '../../core/service/sessions/sessions-api.ts';
import type { Db } from '../open-database.ts';
import { conflicts } from '../schema/sessions.ts';

export type ConflictRow = typeof conflicts.$inferSelect;
export type ConflictTarget = { applicationId: number; providerId: null } | { applicationId: null; providerId: number };

export function conflictRow(db: Db, id: number): ConflictRow {
  const row = db.select().from(conflicts).where(eq(conflicts.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucun conflit d’intérêts n° ${id}.`);
  return row;
}

/** The conflict still in force of this juror on this very target (an application, or a provider). */
export function activeConflictOn(db: Db, sessionId: number, jurorId: number, target: ConflictTarget): ConflictRow | undefined {
  const onTarget = target.applicationId !== null ? eq(conflicts.applicationId, target.applicationId) : eq(conflicts.providerId, target.providerId);
  return db
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.sessionId, sessionId), eq(conflicts.jurorId, jurorId), onTarget, isNull(conflicts.withdrawnAt)))
    .get();
}

export function insertConflict(
  db: Db,
  conflict: { sessionId: number; jurorId: number; type: ConflictType; note: string; declaredBy: string; isPinned: boolean; createdAt: string } & ConflictTarget,
): number {
  return db.insert(conflicts).values(conflict).returning({ id: conflicts.id }).get().id;
}

export function pinConflict(db: Db, id: number): void {
  db.update(conflicts).set({ isPinned: true }).where(eq(conflicts.id, id)).run();
}

export function withdrawConflict(db: Db, id: number, withdrawal: { at: string; by: string; reason: string }): void {
  db.update(conflicts)
    .set({ withdrawnAt: withdrawal.at, withdrawnBy: withdrawal.by, withdrawnReason: withdrawal.reason })
    .where(and(eq(conflicts.id, id), isNull(conflicts.withdrawnAt)))
    .run();
}
