// The deliberation's records: the reveal of the scores, and the commission's avis on each application.
import { and, eq, isNull } from 'drizzle-orm';
import type { Avis } from '../../core/service/scoring/scoring-api.ts';
import type { Db } from '../open-database.ts';
import { avis } from '../schema/scoring.ts';
import { caiSessions } from '../schema/sessions.ts';

/** The avis recorded in a session, by application. */
export function sessionAvis(db: Db, sessionId: number): Map<number, Avis> {
  const rows = db.select().from(avis).where(eq(avis.sessionId, sessionId)).all();
  return new Map(rows.map(({ sessionId: _session, applicationId, ...row }) => [applicationId, row]));
}

/** Records or replaces the avis on one application (who decided and when travel with it). */
export function saveAvis(db: Db, sessionId: number, applicationId: number, record: Avis): void {
  db.insert(avis)
    .values({ sessionId, applicationId, ...record })
    .onConflictDoUpdate({ target: [avis.sessionId, avis.applicationId], set: record })
    .run();
}

/** Marks the scores revealed, once: false when they already were (the first reveal stands). */
export function markRevealed(db: Db, sessionId: number, reveal: { at: string; by: string }): boolean {
  const result = db
    .update(caiSessions)
    .set({ revealedAt: reveal.at, revealedBy: reveal.by, updatedAt: reveal.at })
    .where(and(eq(caiSessions.id, sessionId), isNull(caiSessions.revealedAt)))
    .run();
  return result.changes > 0;
}
