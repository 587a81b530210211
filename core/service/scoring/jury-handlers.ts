// Jury mode: a juror opens the session with their PIN and works on their own sheets only. Sealed:
// nothing here ever returns another juror's answers, nor any figure computed across jurors.
import { getApplication } from '../../../db/queries/application-read.ts';
import { listAttachments } from '../../../db/queries/attachment-queries.ts';
import { freezeGrid } from '../../../db/queries/grid-queries.ts';
import { getJuror } from '../../../db/queries/juror-queries.ts';
import { insertDraftSheet, jurorSheet, saveAnswer, sessionSheets, submitSheets } from '../../../db/queries/scoring-sheets.ts';
import { memberRows, sessionRow } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { answeredCriteria, isSheetComplete, sheetProblems, type CriterionAnswer } from '../../domain/jury/sheet-rules.ts';
import type { Handlers } from '../handlers.ts';
import { requireChairPin, verifyPin } from '../sessions/session-pins.ts';
import { forgetToken, grantToken, resolveToken, type JuryGrant } from './jury-tokens.ts';
import { assertNotLockedOut, clearPinFailures, wrongPin } from './pin-lockout.ts';
import type { JurySession, JurySheet, scoringMethods } from './scoring-api.ts';
import { jurorProgress, sheetsByApplication } from './scoring-progress.ts';
import { applicationsToScore, isConflicted, refuseIfConflicted, requireAgendaItem, requireStatus, scoringSession } from './scoring-session.ts';

type JuryMethod = Extract<keyof typeof scoringMethods, `jury.${string}`>;

const NOTATION_CLOSED = 'La notation en mode juré n’est pas ouverte';

function jurySession(db: Db, juryToken: string, grant: JuryGrant): JurySession {
  const { session, grid, agenda } = scoringSession(db, grant.sessionId);
  const juror = getJuror(db, grant.jurorId);
  const sheets = sheetsByApplication(sessionSheets(db, session.id, { jurorId: grant.jurorId }));
  const progress = jurorProgress(grid, agenda, grant.jurorId, sheets);
  return {
    juryToken,
    sessionId: session.id,
    sessionTitle: session.title,
    heldOn: session.heldOn,
    sessionStatus: session.status,
    jurorId: juror.id,
    jurorName: juror.name,
    grid,
    applications: agenda.map((item) => {
      const answers = sheets.get(item.applicationId)?.answers ?? {};
      return {
        applicationId: item.applicationId,
        title: item.title,
        providerName: item.providerName,
        isConflicted: isConflicted(item, grant.jurorId),
        ...answeredCriteria(grid, answers),
        isComplete: isSheetComplete(grid, answers),
        missingComments: sheetProblems(grid, answers, 'submit').flatMap((problem) =>
          problem.kind === 'comment_required' ? (grid.criteria.find((criterion) => criterion.key === problem.criterionKey)?.label ?? []) : [],
        ),
      };
    }),
    completeCount: progress.completeCount,
    toScoreCount: progress.toScoreCount,
    isSubmitted: progress.isSubmitted,
    submittedAt: progress.submittedAt,
  };
}

function jurySheet(db: Db, grant: JuryGrant, applicationId: number): JurySheet {
  const { grid } = scoringSession(db, grant.sessionId);
  const sheet = jurorSheet(db, grant.sessionId, grant.jurorId, applicationId);
  const answers = sheet?.answers ?? {};
  return {
    applicationId,
    application: getApplication(db, applicationId),
    // Withdrawn files stay on the application's record, not in front of the jury.
    attachments: listAttachments(db, applicationId).filter((attachment) => !attachment.isRemoved),
    answers,
    problems: sheetProblems(grid, answers, 'submit'),
    status: sheet?.status ?? 'draft',
  };
}

/** The application the token's juror asks for: on the agenda, and not one they are in conflict with. */
function openableItem(db: Db, grant: JuryGrant, applicationId: number) {
  const scoring = scoringSession(db, grant.sessionId);
  const item = requireAgendaItem(scoring.agenda, applicationId);
  refuseIfConflicted(item, grant.jurorId, 'Vous êtes');
  return { ...scoring, item };
}

const sameAnswer = (a: CriterionAnswer | undefined, b: CriterionAnswer) => a !== undefined && (a.score ?? null) === (b.score ?? null) && (a.comment ?? '').trim() === (b.comment ?? '').trim();

export const juryHandlers: Handlers<JuryMethod> = {
  'jury.open': ({ sessionId, jurorId, pin }, { db, now }) => {
    const at = now();
    const { session } = scoringSession(db, sessionId);
    requireStatus(session, ['notation'], NOTATION_CLOSED);
    const member = memberRows(db, sessionId).find((candidate) => candidate.id === jurorId);
    if (!member) throw new AppError('forbidden', `Le membre du jury n° ${jurorId} n’est pas convoqué à cette séance.`, [{ path: 'jurorId', message: 'Pas membre de la séance.' }]);
    if (member.pinHash === null) throw new AppError('precondition', `${member.name} n’a pas encore de code PIN : demandez au président de le définir.`, [{ path: 'pin', message: 'Aucun code PIN défini.' }]);
    assertNotLockedOut(db, sessionId, jurorId, at);
    if (!verifyPin(member.pinHash, pin)) throw wrongPin(db, sessionId, jurorId, at);
    clearPinFailures(db, sessionId, jurorId);
    const token = grantToken(db, sessionId, jurorId, at);
    return jurySession(db, token, { sessionId, jurorId, expiresAt: 0 });
  },

  'jury.session': ({ juryToken }, { db, now }) => jurySession(db, juryToken, resolveToken(db, juryToken, now())),

  'jury.sheet': ({ juryToken, applicationId }, { db, now }) => {
    const grant = resolveToken(db, juryToken, now());
    openableItem(db, grant, applicationId);
    return jurySheet(db, grant, applicationId);
  },

  'jury.saveAnswer': ({ juryToken, applicationId, criterionKey, answer }, { db, now }) => {
    const at = now();
    const grant = resolveToken(db, juryToken, at);
    const { session, grid } = openableItem(db, grant, applicationId);
    requireStatus(session, ['notation'], NOTATION_CLOSED);
    const sheet = jurorSheet(db, session.id, grant.jurorId, applicationId);
    if (sheet?.status === 'submitted') throw new AppError('precondition', 'Vos fiches sont soumises : seul le président peut les rouvrir.');
    // Autosave checks what no scale holds (off the scale, N/A not allowed, unknown criterion); what is merely unfinished waits for the submit.
    const problems = sheetProblems(grid, { [criterionKey]: answer }, 'draft').filter((problem) => problem.criterionKey === criterionKey);
    const [first] = problems;
    if (first) throw new AppError('validation', first.message, problems.map((problem) => ({ path: 'answer.score', message: problem.message })));
    // Autosave fires on every change of focus: an answer saved as it already stands writes (and logs) nothing.
    if (sameAnswer(sheet?.answers[criterionKey], answer)) return jurySheet(db, grant, applicationId);
    const iso = at.toISOString();
    const sheetId = sheet?.id ?? insertDraftSheet(db, { sessionId: session.id, jurorId: grant.jurorId, applicationId }, iso);
    saveAnswer(db, sheetId, criterionKey, answer, iso);
    // The first score recorded freezes the grid: a change to it now makes a new version.
    freezeGrid(db, session.gridId, iso);
    return jurySheet(db, grant, applicationId);
  },

  'jury.submit': ({ juryToken }, { db, now }) => {
    const at = now();
    const grant = resolveToken(db, juryToken, at);
    const { session, grid, agenda } = scoringSession(db, grant.sessionId);
    requireStatus(session, ['notation'], NOTATION_CLOSED);
    const sheets = sheetsByApplication(sessionSheets(db, session.id, { jurorId: grant.jurorId }));
    const toScore = applicationsToScore(agenda, grant.jurorId);
    if (toScore.length === 0) throw new AppError('precondition', 'Aucun dossier à noter : vous êtes en conflit d’intérêts avec tous les dossiers de l’ordre du jour.');
    const incomplete = toScore.filter((item) => !isSheetComplete(grid, sheets.get(item.applicationId)?.answers ?? {}));
    if (incomplete.length > 0) {
      throw new AppError(
        'validation',
        `Fiches incomplètes : ${incomplete.map((item) => `« ${item.title} »`).join(', ')}.`,
        incomplete.map((item) => ({
          path: `applications.${item.applicationId}`,
          message: sheetProblems(grid, sheets.get(item.applicationId)?.answers ?? {}, 'submit')
            .map((problem) => problem.message)
            .join(' '),
        })),
      );
    }
    const drafts = toScore.flatMap((item) => {
      const sheet = sheets.get(item.applicationId);
      return sheet && sheet.status === 'draft' ? [sheet.id] : [];
    });
    if (drafts.length === 0) throw new AppError('conflict', 'Vos fiches sont déjà soumises.');
    // Only the sheets to score are sealed: a draft left on an application in conflict never reaches a total.
    submitSheets(db, drafts, at.toISOString());
    return jurySession(db, juryToken, grant);
  },

  'jury.close': ({ juryToken }, { db, now }) => {
    resolveToken(db, juryToken, now());
    forgetToken(db, juryToken);
    return { closed: true as const };
  },

  'jury.leave': ({ sessionId, chairPin }, { db }) => {
    const session = sessionRow(db, sessionId);
    // Outside the notation no sheet can be opened, and a session without a chair has no PIN to ask.
    if (session.status !== 'notation' || session.chairJurorId === null) return { left: true as const };
    if (chairPin === undefined) {
      throw new AppError('forbidden', 'Pour quitter le mode juré pendant la notation, le président tape son code PIN.', [{ path: 'chairPin', message: 'Code PIN du président requis.' }]);
    }
    requireChairPin(db, sessionId, chairPin);
    return { left: true as const };
  },
};
