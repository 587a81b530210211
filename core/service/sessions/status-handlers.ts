// A session's status: the checks before the notation opens, the change itself, and its preview — which
// names, before the deliberation, the members whose sheets are not all submitted.
import { sessionSheets, type StoredSheet } from '../../../db/queries/scoring-sheets.ts';
import { getSession, sessionRow } from '../../../db/queries/session-read.ts';
import { setSessionStatus } from '../../../db/queries/session-write.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { sessionStatusChangeProblem, type SessionStatus } from '../../domain/jury/session-status.ts';
import type { Handlers } from '../handlers.ts';
import { jurorProgress, sheetsByApplication } from '../scoring/scoring-progress.ts';
import { scoringSession } from '../scoring/scoring-session.ts';
import { refusal } from './session-guards.ts';
import type { SessionDetail, UnsubmittedJuror } from './sessions-api.ts';

/** Scoring starts only when every juror can open their sheet and there is something to score. */
function notationProblems(detail: SessionDetail): string[] {
  const problems: string[] = [];
  if (detail.agenda.length === 0) problems.push('l’ordre du jour est vide');
  if (detail.members.length === 0) problems.push('aucun membre du jury n’est convoqué');
  const withoutPin = detail.members.filter((member) => !member.hasPin).map((member) => member.name);
  if (withoutPin.length > 0) problems.push(`${withoutPin.length > 1 ? 'ces membres n’ont pas' : 'ce membre n’a pas'} de code PIN : ${withoutPin.join(', ')}`);
  return problems;
}

/** The refusal a change of status would get, as the error to throw; null when it may be made. */
function statusChangeRefusal(db: Db, sessionId: number, to: SessionStatus, reason: string): AppError | null {
  const session = sessionRow(db, sessionId);
  const problem = sessionStatusChangeProblem(session.status, to, reason);
  if (problem) return refusal('precondition', problem, to === 'deliberation' && session.status === 'close' ? 'reason' : 'status');
  if (to === 'notation') {
    const problems = notationProblems(getSession(db, session.id));
    if (problems.length > 0) return new AppError('precondition', `La notation ne peut pas commencer : ${problems.join(' ; ')}.`, problems.map((message) => ({ path: 'status', message })));
  }
  return null;
}

/**
 * Members with sheets to score who have not submitted them all (a paper juror's sheets may still be
 * entered at the deliberation): a warning, not a refusal, so that an absent juror does not block the CAI.
 */
export function unsubmittedJurors(db: Db, sessionId: number): UnsubmittedJuror[] {
  const { grid, agenda } = scoringSession(db, sessionId);
  const byJuror = new Map<number, StoredSheet[]>();
  for (const sheet of sessionSheets(db, sessionId)) byJuror.set(sheet.jurorId, [...(byJuror.get(sheet.jurorId) ?? []), sheet]);
  return getSession(db, sessionId).members.flatMap((member) => {
    const progress = jurorProgress(grid, agenda, member.id, sheetsByApplication(byJuror.get(member.id) ?? []));
    if (progress.isSubmitted || progress.toScoreCount === 0) return [];
    return [{ jurorId: member.id, jurorName: member.name, attendance: member.attendance, completeCount: progress.completeCount, toScoreCount: progress.toScoreCount }];
  });
}

export const statusHandlers: Handlers<'sessions.setStatus' | 'sessions.previewStatus'> = {
  'sessions.setStatus': ({ sessionId, status, reason }, { db, now }) => {
    const refused = statusChangeRefusal(db, sessionId, status, reason);
    if (refused) throw refused;
    // Who moved it, when and why (a reopening's reason) is in the audit log, which keeps this input.
    setSessionStatus(db, sessionId, status, now().toISOString());
    return getSession(db, sessionId);
  },

  'sessions.previewStatus': ({ sessionId, status }, { db }) => {
    const from = sessionRow(db, sessionId).status;
    // A reason is what a reopening needs; the preview does not judge it (the form asks for it).
    const refused = statusChangeRefusal(db, sessionId, status, from === 'close' ? 'aperçu' : '');
    return { from, to: status, refusal: refused?.message ?? null, unsubmitted: status === 'deliberation' && from === 'notation' ? unsubmittedJurors(db, sessionId) : [] };
  },
};
