// The chair's acts on the scores, each with the chair's PIN: a sheet scored on paper, a sheet
// reopened (with a reason, kept in the audit log), and the reveal of the scores at deliberation.
import { freezeGrid } from '../../../db/queries/grid-queries.ts';
import { markRevealed } from '../../../db/queries/scoring-avis.ts';
import { jurorSheet, reopenSheets, replaceSheet } from '../../../db/queries/scoring-sheets.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import { AppError } from '../../domain/app-error.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { sheetProblems } from '../../domain/jury/sheet-rules.ts';
import type { Handlers } from '../handlers.ts';
import { requireMember } from '../sessions/session-guards.ts';
import { requireChairPin } from '../sessions/session-pins.ts';
import { paperReplacementProblem, refuseIfConflicted, refuseIfFrozen, requireAgendaItem, requireStatus, scoringSession, sheetOf } from './scoring-session.ts';
import { sessionResults } from './session-results.ts';

/** Where paper sheets may be entered: while scoring, and at deliberation for a juror who scored on paper. */
export const PAPER_STATUSES = ['notation', 'deliberation'] as const;

export const chairHandlers: Handlers<'scores.enterPaper' | 'scores.reopen' | 'sessions.reveal'> = {
  'scores.enterPaper': ({ sessionId, jurorId, applicationId, answers, chairPin }, { db, now }) => {
    const { session, grid, agenda } = scoringSession(db, sessionId);
    requireStatus(session, PAPER_STATUSES, 'Saisie d’une fiche papier impossible');
    requireChairPin(db, sessionId, chairPin);
    const { member } = requireMember(db, sessionId, jurorId);
    const item = requireAgendaItem(agenda, applicationId);
    refuseIfConflicted(item, jurorId, `${member.name} est`);
    const replacement = paperReplacementProblem(jurorSheet(db, sessionId, jurorId, applicationId), member.name, item.title);
    if (replacement) throw new AppError('precondition', replacement);
    // A paper sheet is submitted at once: it is checked as a whole, like a juror's submit.
    const problems = sheetProblems(grid, answers, 'submit');
    if (problems.length > 0) {
      throw new AppError(
        'validation',
        `${sheetOf(member.name)} pour « ${item.title} » incomplète ou invalide : ${problems.map((problem) => problem.message).join(' ')}`,
        problems.map((problem) => ({ path: `answers.${problem.criterionKey}`, message: problem.message })),
      );
    }
    const at = now().toISOString();
    replaceSheet(db, { sessionId, jurorId, applicationId }, { answers, source: 'paper', at });
    freezeGrid(db, session.gridId, at);
    return sessionResults(db, sessionId);
  },

  'scores.reopen': ({ sessionId, jurorId, chairPin }, { db, now }) => {
    const { session } = scoringSession(db, sessionId);
    requireStatus(session, PAPER_STATUSES, 'Réouverture des fiches impossible');
    requireChairPin(db, sessionId, chairPin);
    const { member } = requireMember(db, sessionId, jurorId);
    // The reason is part of the input, which the audit log keeps with who and when.
    const reopened = reopenSheets(db, sessionId, jurorId, now().toISOString());
    if (reopened === 0) throw new AppError('conflict', `${member.name} n’a aucune fiche soumise à rouvrir.`);
    return sessionResults(db, sessionId);
  },

  'sessions.reveal': ({ sessionId, chairPin }, { db, now, actor }) => {
    const session = sessionRow(db, sessionId);
    refuseIfFrozen(session);
    if (session.revealedAt !== null) {
      throw new AppError('conflict', `Les notes ont déjà été révélées le ${formatFrenchDate(session.revealedAt.slice(0, 10))} par ${session.revealedBy ?? 'un utilisateur inconnu'}.`);
    }
    requireStatus(session, ['deliberation'], 'Les notes ne peuvent être révélées qu’en délibération');
    requireChairPin(db, sessionId, chairPin);
    markRevealed(db, sessionId, { at: now().toISOString(), by: actor });
    return sessionResults(db, sessionId);
  },
};
