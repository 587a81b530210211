// Jury-mode tokens and PIN lockout. Kept in memory only, per open database: a token dies with the run
// of the app (nothing on disk to steal), and a PIN of 4 digits cannot be tried 10,000 times.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';

/** A juror at the chair's laptop for an evening: long enough for a session, not until next year. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const MAX_PIN_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

export type JuryGrant = { sessionId: number; jurorId: number; expiresAt: number };

type Failures = { count: number; lockedUntil: number | null };

type JuryState = { grants: Map<string, JuryGrant>; failures: Map<string, Failures> };

// Keyed by the database handle: each opened service has its own tokens, and they go with it.
const states = new WeakMap<Db, JuryState>();

function stateOf(db: Db): JuryState {
  let state = states.get(db);
  if (!state) {
    state = { grants: new Map(), failures: new Map() };
    states.set(db, state);
  }
  return state;
}

const lockKey = (sessionId: number, jurorId: number) => `${sessionId}:${jurorId}`;

function minutesLeft(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes > 1 ? `${minutes} minutes` : '1 minute';
}

/** Refuses while the juror is locked out (even a right PIN: the lockout would teach nothing otherwise). */
export function assertNotLockedOut(db: Db, sessionId: number, jurorId: number, now: Date): void {
  const failures = stateOf(db).failures.get(lockKey(sessionId, jurorId));
  if (!failures || failures.lockedUntil === null) return;
  const left = failures.lockedUntil - now.getTime();
  if (left > 0) {
    throw new AppError('locked', `Trop de codes PIN erronés : la fiche de ce membre est verrouillée. Réessayez dans ${minutesLeft(left)}.`, [
      { path: 'pin', message: 'Saisie verrouillée.' },
    ]);
  }
  // The lockout is over: a fresh series of attempts begins.
  stateOf(db).failures.delete(lockKey(sessionId, jurorId));
}

/** Counts a wrong PIN; the fifth in a row locks the juror out for five minutes. Returns the error to throw. */
export function wrongPin(db: Db, sessionId: number, jurorId: number, now: Date): AppError {
  const key = lockKey(sessionId, jurorId);
  const failures = stateOf(db).failures.get(key) ?? { count: 0, lockedUntil: null };
  failures.count += 1;
  if (failures.count >= MAX_PIN_FAILURES) failures.lockedUntil = now.getTime() + LOCKOUT_MS;
  stateOf(db).failures.set(key, failures);
  const left = MAX_PIN_FAILURES - failures.count;
  const message =
    left > 0
      ? `Code PIN incorrect. Il reste ${left} essai${left > 1 ? 's' : ''} avant un verrouillage de 5 minutes.`
      : 'Code PIN incorrect. Trop d’essais : la saisie est verrouillée pendant 5 minutes.';
  return new AppError('forbidden', message, [{ path: 'pin', message: 'Code PIN incorrect.' }]);
}

/** A right PIN: the count of failures starts again, and a token opens this juror's sheets only. */
export function grantToken(db: Db, sessionId: number, jurorId: number, now: Date): string {
  const state = stateOf(db);
  state.failures.delete(lockKey(sessionId, jurorId));
  const token = randomBytes(32).toString('hex');
  state.grants.set(token, { sessionId, jurorId, expiresAt: now.getTime() + TOKEN_LIFETIME_MS });
  // Expired tokens are swept here rather than by a timer: the service holds no timers.
  for (const [other, grant] of state.grants) if (grant.expiresAt <= now.getTime()) state.grants.delete(other);
  return token;
}

export const EXPIRED_MESSAGE = 'Session de notation expirée : rouvrez-la avec votre code PIN.';

/** The juror and session a token opens; unknown or expired tokens are refused. */
export function resolveToken(db: Db, token: string, now: Date): JuryGrant {
  const state = stateOf(db);
  const grant = state.grants.get(token);
  if (!grant || grant.expiresAt <= now.getTime()) {
    if (grant) state.grants.delete(token);
    throw new AppError('forbidden', EXPIRED_MESSAGE);
  }
  return grant;
}

export function forgetToken(db: Db, token: string): void {
  stateOf(db).grants.delete(token);
}

/** The grant behind a token without judging it (the audit names the juror who acted); undefined when unknown. */
export function peekToken(db: Db, token: string): JuryGrant | undefined {
  return stateOf(db).grants.get(token);
}

/** A right PIN typed outside jury mode (the chair's acts), or a new PIN set: the count of failures starts again. */
export function clearPinFailures(db: Db, sessionId: number, jurorId: number): void {
  stateOf(db).failures.delete(lockKey(sessionId, jurorId));
}

/** The members of a session locked out right now, with the instant (epoch ms) their lockout ends. */
export function activeLockouts(db: Db, sessionId: number, now: Date): { jurorId: number; lockedUntil: number }[] {
  const prefix = `${sessionId}:`;
  return [...stateOf(db).failures.entries()].flatMap(([key, failures]) =>
    key.startsWith(prefix) && failures.lockedUntil !== null && failures.lockedUntil > now.getTime() ? [{ jurorId: Number(key.slice(prefix.length)), lockedUntil: failures.lockedUntil }] : [],
  );
}
