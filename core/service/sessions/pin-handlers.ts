// The PINs that open the jurors' sheets: set while preparing, changed once the notation has started only
// with the chair's PIN, and the lockout after five wrong PINs lifted by the chair. Each act is logged.
import type { Db } from '../../../db/open-database.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import { setMemberPinHash, touchSession } from '../../../db/queries/session-write.ts';
import { AppError } from '../../domain/app-error.ts';
import { activeLockouts, clearPinFailures } from '../scoring/pin-lockout.ts';
import type { Handlers } from '../handlers.ts';
import { openSession, requireMember } from './session-guards.ts';
import { hashPin, requireChairPin } from './session-pins.ts';

/**
 * From the notation on, a PIN changed by whoever sits at the chair's computer would let a juror score in
 * another's name: the chair authorises it with their own PIN (the audit log keeps that it was given).
 */
function requireChairForPinChange(db: Db, sessionId: number, status: string, chairPin: string | undefined): void {
  if (status === 'preparation') return;
  if (chairPin === undefined) {
    const message = 'La notation a commencé : le code PIN d’un membre ne change qu’avec le code PIN du président.';
    throw new AppError('forbidden', message, [{ path: 'chairPin', message: 'Code PIN du président requis.' }]);
  }
  requireChairPin(db, sessionId, chairPin);
}

export const pinHandlers: Handlers<'sessions.setPin' | 'sessions.unlockPin' | 'sessions.listPinLockouts'> = {
  'sessions.setPin': ({ sessionId, jurorId, pin, chairPin }, { db, now }) => {
    const session = openSession(db, sessionId);
    requireMember(db, sessionId, jurorId);
    requireChairForPinChange(db, sessionId, session.status, chairPin);
    setMemberPinHash(db, sessionId, jurorId, hashPin(pin));
    // The wrong attempts were against the old PIN: the new one starts a fresh count (and ends a lockout).
    clearPinFailures(db, sessionId, jurorId);
    touchSession(db, sessionId, now().toISOString());
    return getSession(db, sessionId);
  },

  'sessions.unlockPin': ({ sessionId, jurorId, chairPin }, { db, now }) => {
    openSession(db, sessionId);
    const { member } = requireMember(db, sessionId, jurorId);
    const at = now();
    if (!activeLockouts(db, sessionId, at).some((lockout) => lockout.jurorId === jurorId)) {
      throw new AppError('conflict', `La saisie du code PIN de ${member.name} n’est pas verrouillée.`);
    }
    requireChairPin(db, sessionId, chairPin);
    clearPinFailures(db, sessionId, jurorId);
    // The lockout lives in memory only: touching the session is the write the audit log records the act by.
    touchSession(db, sessionId, at.toISOString());
    return getSession(db, sessionId);
  },

  'sessions.listPinLockouts': ({ sessionId }, { db, now }) => {
    openSession(db, sessionId);
    return activeLockouts(db, sessionId, now()).map(({ jurorId, lockedUntil }) => ({ jurorId, jurorName: getJuror(db, jurorId).name, lockedUntil: new Date(lockedUntil).toISOString() }));
  },
};
