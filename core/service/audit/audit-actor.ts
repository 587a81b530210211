// Who acted, decided once per call: the juror whose token opened the sheet, the chair whose PIN
// authorised the act, else the person who said they use this computer, else the system account.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { jurors } from '../../../db/schema/jury.ts';
import { caiSessions, conflicts } from '../../../db/schema/sessions.ts';
import { peekToken } from '../scoring/jury-tokens.ts';
import { localUserLabel, readLocalUser } from '../settings/local-user-handlers.ts';

type Input = Record<string, unknown>;

function asRecord(input: unknown): Input {
  return typeof input === 'object' && input !== null ? (input as Input) : {};
}

/** The user of this computer as the audit names them: the local user if set, else the system account. */
export function computerUser(db: Db, systemUser: string): string {
  const user = readLocalUser(db);
  return user ? localUserLabel(user) : systemUser;
}

function jurorName(db: Db, jurorId: number): { name: string; civility: string } | undefined {
  return db.select({ name: jurors.name, civility: jurors.civility }).from(jurors).where(eq(jurors.id, jurorId)).get();
}

/** The session a chair's PIN is checked against: given, or found from the conflict being withdrawn. */
function chairSessionId(db: Db, input: Input): number | null {
  if (typeof input.sessionId === 'number') return input.sessionId;
  if (typeof input.conflictId === 'number') {
    return db.select({ sessionId: conflicts.sessionId }).from(conflicts).where(eq(conflicts.id, input.conflictId)).get()?.sessionId ?? null;
  }
  return null;
}

const CHAIR_TITLE: Record<string, string> = { madame: 'présidente', monsieur: 'président' };
const JUROR_TITLE: Record<string, string> = { madame: 'jurée' };

/**
 * The chair named by a PIN. The handler checks the PIN before writing anything: a wrong PIN throws and
 * the transaction leaves nothing under this name.
 */
function chairActor(db: Db, input: Input): string | null {
  const sessionId = chairSessionId(db, input);
  if (sessionId === null) return null;
  const chairId = db.select({ chairJurorId: caiSessions.chairJurorId }).from(caiSessions).where(eq(caiSessions.id, sessionId)).get()?.chairJurorId ?? null;
  const chair = chairId === null ? undefined : jurorName(db, chairId);
  if (!chair) return null;
  return `${chair.name} (${CHAIR_TITLE[chair.civility] ?? 'président·e'} de la commission, code PIN)`;
}

/** The person an act is attributed to, in the histories the handlers write and in the audit log. */
export function effectiveActor(db: Db, systemUser: string, input: unknown): string {
  const record = asRecord(input);
  const computer = computerUser(db, systemUser);
  const grant = typeof record.juryToken === 'string' ? peekToken(db, record.juryToken) : undefined;
  // In jury mode the computer's user is only the host: the juror typed their own PIN.
  if (grant) {
    const juror = jurorName(db, grant.jurorId);
    return `${JUROR_TITLE[juror?.civility ?? ''] ?? 'juré'} ${juror?.name ?? `n° ${grant.jurorId}`} (poste de ${computer})`;
  }
  if (typeof record.chairPin === 'string') return chairActor(db, record) ?? computer;
  return computer;
}
