// Results of a session (sealed until the reveal) and the commission's avis on each application.
import { saveAvis } from '../../../db/queries/scoring-avis.ts';
import { AppError } from '../../domain/app-error.ts';
import { avisProblems } from '../../domain/jury/avis.ts';
import type { Handlers } from '../handlers.ts';
import { requireAgendaItem, requireStatus, scoringSession } from './scoring-session.ts';
import { sessionResults } from './session-results.ts';

/** Which field an avis problem is about, so that the form puts the focus there. */
function avisProblemPath(message: string): string {
  if (/conditions/u.test(message)) return 'conditions';
  if (/motifs/u.test(message)) return 'reasons';
  return 'proposedCents';
}

export const resultsHandlers: Handlers<'sessions.results' | 'sessions.setAvis'> = {
  'sessions.results': ({ sessionId }, { db }) => sessionResults(db, sessionId),

  'sessions.setAvis': ({ sessionId, applicationId, kind, conditions, reasons, motivation, proposedCents }, { db, now, actor }) => {
    const { session, agenda } = scoringSession(db, sessionId);
    requireStatus(session, ['deliberation'], 'Avis impossible');
    // The avis follows the reading of the scores, not a guess made before them.
    if (session.revealedAt === null) throw new AppError('precondition', 'Révélez d’abord les notes (avec le code PIN du président) avant d’enregistrer un avis.');
    const item = requireAgendaItem(agenda, applicationId);
    const problems = avisProblems({ kind, conditions, reasons, motivation, proposedCents, requestedCents: item.requestedCents });
    if (problems.length > 0) throw new AppError('validation', problems.join(' '), problems.map((message) => ({ path: avisProblemPath(message), message })));
    saveAvis(db, sessionId, applicationId, { kind, conditions, reasons, motivation, proposedCents: proposedCents ?? 0, decidedBy: actor, decidedAt: now().toISOString() });
    return sessionResults(db, sessionId);
  },
};
