// Jurors' PINs: stored as a salted scrypt hash (a 4-digit PIN is guessed in no time from a plain or
// fast hash), checked in constant time. A PIN is never returned nor logged.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/open-database.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import { memberPinHash } from '../../../db/queries/session-write.ts';
import { assertNotLockedOut, clearPinFailures, wrongPin } from '../scoring/pin-lockout.ts';
import { RecordedRefusal } from '../recorded-refusal.ts';
import { AppError } from '../../domain/app-error.ts';
import { isPackPinHash, verifyPackPin } from '../packs/pack-pin.ts';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
// scrypt needs 128 × N × r bytes; leave room above the default limit for the parameters a stored hash may carry.
const MAX_MEMORY = 64 * 1024 * 1024;

/** `scrypt$16384$8$1$<saltHex>$<hashHex>`: the parameters travel with the hash, so that they can be raised later. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return `scrypt$${N}$${R}$${P}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

/** True when the PIN matches the stored hash; false for a wrong PIN or a malformed hash. */
export function verifyPin(stored: string, pin: string): boolean {
  // On a juror's laptop the member's hash is the jury pack's stronger check (packs/pack-pin.ts).
  if (isPackPinHash(stored)) return verifyPackPin(stored, pin);
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'hex');
  const expected = Buffer.from(parts[5] ?? '', 'hex');
  if (![n, r, p].every(Number.isSafeInteger) || salt.length === 0 || expected.length === 0) return false;
  try {
    const actual = scryptSync(pin, salt, expected.length, { N: n, r, p, maxmem: MAX_MEMORY });
    return timingSafeEqual(actual, expected);
  } catch {
    // Parameters scrypt refuses (N not a power of two…): the hash cannot match anything.
    return false;
  }
}

/** Chair-only acts (pinning or withdrawing a conflict, later reopening a sheet) ask for the chair's PIN. */
export function requireChairPin(db: Db, sessionId: number, pin: string): void {
  const session = sessionRow(db, sessionId);
  if (session.chairJurorId === null) {
    throw new AppError('precondition', 'Cette séance n’a pas de président : désignez-le parmi les membres du jury avant cette opération.');
  }
  const stored = memberPinHash(db, sessionId, session.chairJurorId);
  if (!stored) {
    const chair = getJuror(db, session.chairJurorId);
    throw new AppError('precondition', `${chair.name}, président de la séance, n’a pas encore de code PIN : définissez-le d’abord.`);
  }
  // The same lockout as jury mode: a 4-digit PIN must not be tried 10,000 times through the API.
  const now = new Date();
  assertNotLockedOut(db, sessionId, session.chairJurorId, now);
  if (!verifyPin(stored, pin)) {
    const failure = wrongPin(db, sessionId, session.chairJurorId, now);
    const refusal = new AppError(failure.code, `Code PIN du président incorrect. ${failure.message.replace(/^Code PIN incorrect\. /u, '')}`, [{ path: 'chairPin', message: 'Code PIN incorrect.' }]);
    throw new RecordedRefusal(refusal, failure.record);
  }
  clearPinFailures(db, sessionId, session.chairJurorId);
}
