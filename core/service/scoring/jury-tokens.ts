// Jury-mode tokens, kept in memory only, per open database: a token dies with the run of the app
// (nothing on disk to steal). The PIN lockout is on disk: pin-lockout.ts.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';

/** A juror at the chair's laptop for an evening: long enough for a session, not until next year. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

export type JuryGrant = { sessionId: number; jurorId: number; expiresAt: number };

type JuryState = { grants: Map<string, JuryGrant> };

// Keyed by the database handle: each opened service has its own tokens, and they go with it.
const states = new WeakMap<Db, JuryState>();

function stateOf(db: Db): JuryState {
  let state = states.get(db);
  if (!state) {
    state = { grants: new Map() };
    states.set(db, state);
  }
  return state;
}

/** A right PIN: a token opens this juror's sheets only. */
export function grantToken(db: Db, sessionId: number, jurorId: number, now: Date): string {
  const state = stateOf(db);
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
