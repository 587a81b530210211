// Checks shared by the session handlers: the session is open for changes, the juror sits on it.
import type { Db } from '../../../db/open-database.ts';
import { memberRows, sessionRow, type SessionRow } from '../../../db/queries/session-read.ts';
import { AppError } from '../../domain/app-error.ts';
import { isSessionFrozen } from '../../domain/jury/session-status.ts';

/** The session, unless it is closed: closing freezes its scores and avis, so nothing is written until it is reopened. */
export function openSession(db: Db, sessionId: number): SessionRow {
  const session = sessionRow(db, sessionId);
  if (isSessionFrozen(session.status)) {
    throw new AppError('precondition', 'La séance est close : rouvrez-la (avec un motif) avant de la modifier.');
  }
  return session;
}

/** The members of a session, and the one named, who must be among them. */
export function requireMember(db: Db, sessionId: number, jurorId: number, path = 'jurorId') {
  const members = memberRows(db, sessionId);
  const member = members.find((candidate) => candidate.id === jurorId);
  if (!member) throw new AppError('validation', `Le membre du jury n° ${jurorId} n’est pas convoqué à cette séance.`, [{ path, message: 'Pas membre de la séance.' }]);
  return { member, members };
}

export function refusal(code: string, message: string, path?: string): AppError {
  return new AppError(code, message, path === undefined ? undefined : [{ path, message }]);
}
