// PIN lockout, kept on disk (session_members.pin_failures / pin_locked_until): five wrong PINs in a row
// lock a member's sheet for five minutes, and restarting the app does not reset the count — a PIN of
// 4 digits cannot be tried 10,000 times. Each wrong PIN leaves an audit entry though the call is refused.
import { and, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { sessionMembers } from '../../../db/schema/sessions.ts';
import { AppError } from '../../domain/app-error.ts';
import { RecordedRefusal } from '../recorded-refusal.ts';

export const MAX_PIN_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

const memberOf = (sessionId: number, jurorId: number) => and(eq(sessionMembers.sessionId, sessionId), eq(sessionMembers.jurorId, jurorId));

function failuresOf(db: Db, sessionId: number, jurorId: number): { count: number; lockedUntil: number | null } {
  const row = db.select({ count: sessionMembers.pinFailures, lockedUntil: sessionMembers.pinLockedUntil }).from(sessionMembers).where(memberOf(sessionId, jurorId)).get();
  return { count: row?.count ?? 0, lockedUntil: row?.lockedUntil ? Date.parse(row.lockedUntil) : null };
}

function minutesLeft(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes > 1 ? `${minutes} minutes` : '1 minute';
}

/** Refuses while the juror is locked out (even a right PIN: the lockout would teach nothing otherwise). */
export function assertNotLockedOut(db: Db, sessionId: number, jurorId: number, now: Date): void {
  const { lockedUntil } = failuresOf(db, sessionId, jurorId);
  if (lockedUntil === null) return;
  const left = lockedUntil - now.getTime();
  if (left > 0) {
    throw new AppError('locked', `Trop de codes PIN erronés : la fiche de ce membre est verrouillée. Réessayez dans ${minutesLeft(left)}.`, [
      { path: 'pin', message: 'Saisie verrouillée.' },
    ]);
  }
}

/**
 * Counts a wrong PIN; the fifth in a row locks the juror out for five minutes. Returns the refusal to
 * throw: call() rolls the call back, then writes the new count and an audit entry in a transaction of their own.
 */
export function wrongPin(db: Db, sessionId: number, jurorId: number, now: Date): RecordedRefusal {
  const stored = failuresOf(db, sessionId, jurorId);
  // A lockout that is over starts a fresh series of attempts.
  const count = (stored.lockedUntil !== null && stored.lockedUntil <= now.getTime() ? 0 : stored.count) + 1;
  const lockedUntil = count >= MAX_PIN_FAILURES ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
  const left = MAX_PIN_FAILURES - count;
  const message =
    left > 0
      ? `Code PIN incorrect. Il reste ${left} essai${left > 1 ? 's' : ''} avant un verrouillage de 5 minutes.`
      : 'Code PIN incorrect. Trop d’essais : la saisie est verrouillée pendant 5 minutes.';
  return new RecordedRefusal(new AppError('forbidden', message, [{ path: 'pin', message: 'Code PIN incorrect.' }]), {
    action: lockedUntil === null ? 'sessions.pinRefused' : 'sessions.pinLocked',
    entity: 'sessions',
    entityId: String(sessionId),
    details: { sessionId, jurorId, failures: count, lockedUntil },
    write: () => {
      // After a lockout the count stays at its maximum until a right PIN or the chair clears it.
      db.update(sessionMembers).set({ pinFailures: count, pinLockedUntil: lockedUntil }).where(memberOf(sessionId, jurorId)).run();
    },
  });
}

/** A right PIN, a new PIN set, or the chair lifting a lockout: the count of failures starts again. */
export function clearPinFailures(db: Db, sessionId: number, jurorId: number): void {
  // Only when there is something to clear: a right PIN on a clean count writes nothing (and no audit entry).
  db.update(sessionMembers)
    .set({ pinFailures: 0, pinLockedUntil: null })
    .where(and(memberOf(sessionId, jurorId), gt(sessionMembers.pinFailures, 0)))
    .run();
}

/** The members of a session locked out right now, with the instant (epoch ms) their lockout ends. */
export function activeLockouts(db: Db, sessionId: number, now: Date): { jurorId: number; lockedUntil: number }[] {
  return db
    .select({ jurorId: sessionMembers.jurorId, lockedUntil: sessionMembers.pinLockedUntil })
    .from(sessionMembers)
    .where(and(eq(sessionMembers.sessionId, sessionId), isNotNull(sessionMembers.pinLockedUntil)))
    .all()
    .flatMap(({ jurorId, lockedUntil }) => {
      const until = lockedUntil === null ? Number.NaN : Date.parse(lockedUntil);
      return until > now.getTime() ? [{ jurorId, lockedUntil: until }] : [];
    });
}
