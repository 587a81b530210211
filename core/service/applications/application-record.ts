// The application as its page shows it: the file, every avis the commission gave on it with the
// session's scores summary, its convention and what was paid, and whether its status may still change.
import { applicationConvention, applicationDecisionRows } from '../../../db/queries/application-decisions.ts';
import { getApplication } from '../../../db/queries/application-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { statusLockReason, type ApplicationDecision, type DecisionScores } from '../../domain/application-decisions.ts';
import { sessionResults } from '../scoring/session-results.ts';
import type { ApplicationRecord } from './applications-api.ts';

/**
 * The figures the deliberation showed for this application, computed by the same rules (weights, N/A,
 * conflicts) rather than copied into SQL; asked only once the session's scores are revealed.
 */
function decisionScores(db: Db, sessionId: number, applicationId: number): DecisionScores | null {
  const results = sessionResults(db, sessionId);
  const outcome = results.outcomes.find((candidate) => candidate.applicationId === applicationId);
  if (!outcome) return null;
  return {
    mean: outcome.mean,
    rank: outcome.rank,
    rankedCount: results.outcomes.filter((candidate) => candidate.rank !== null).length,
    jurorsCounted: outcome.jurorsCounted,
    conflictedCount: outcome.conflictedCount,
    disagreement: outcome.disagreement,
  };
}

export function applicationDecisions(db: Db, applicationId: number): ApplicationDecision[] {
  return applicationDecisionRows(db, applicationId).map(({ revealedAt, ...row }) => ({ ...row, scores: revealedAt === null ? null : decisionScores(db, row.sessionId, applicationId) }));
}

/** Why the status of the application can no longer change, or null; read from the database as it stands. */
export function applicationStatusLock(db: Db, applicationId: number): string | null {
  // The lock reads the avis and the sessions only: no scores to compute.
  const decisions = applicationDecisionRows(db, applicationId).map(({ revealedAt: _revealedAt, ...row }): ApplicationDecision => ({ ...row, scores: null }));
  return statusLockReason(decisions, applicationConvention(db, applicationId));
}

export function applicationRecord(db: Db, applicationId: number): ApplicationRecord {
  const detail = getApplication(db, applicationId);
  const decisions = applicationDecisions(db, applicationId);
  const convention = applicationConvention(db, applicationId);
  return { ...detail, decisions, convention, statusLock: statusLockReason(decisions, convention) };
}
