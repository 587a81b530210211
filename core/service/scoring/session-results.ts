// The deliberation's figures. Sealed until the reveal: before it, only each juror's progress and the
// envelope leave this function — no score, no mean, not even which application leads.
import { getCall } from '../../../db/queries/call-queries.ts';
import { sessionAvis } from '../../../db/queries/scoring-avis.ts';
import { sessionSheets, type StoredSheet } from '../../../db/queries/scoring-sheets.ts';
import { memberRows } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { envelopeTotals } from '../../domain/jury/avis.ts';
import { applicationResults } from '../../domain/jury/results.ts';
import { criterionComments } from './outcome-comments.ts';
import type { ApplicationOutcome, Avis, SessionResults } from './scoring-api.ts';
import { jurorProgress, sheetsByApplication } from './scoring-progress.ts';
import { conflictsByApplication, scoringSession, type ScoringSession } from './scoring-session.ts';

/** The session's members, in their order: names for the scores and comments, and the order comments follow. */
type Members = { names: ReadonlyMap<number, string>; order: readonly number[] };

function outcomes(scoring: ScoringSession, sheets: readonly StoredSheet[], members: Members, avis: ReadonlyMap<number, Avis>): ApplicationOutcome[] {
  const { session, grid, agenda } = scoring;
  const onAgenda = new Set(agenda.map((item) => item.applicationId));
  // Submitted sheets only: a draft is a juror's unfinished thought, never part of a total.
  const counted = sheets
    .filter((sheet) => sheet.status === 'submitted' && onAgenda.has(sheet.applicationId))
    .map((sheet) => ({ jurorId: sheet.jurorId, applicationId: sheet.applicationId, answers: sheet.answers }));
  const conflicts = conflictsByApplication(agenda);
  // Grouped once: a 2,000-application session must not scan every sheet for each application.
  const heard = new Map<number, typeof counted>();
  for (const sheet of counted) {
    if (conflicts.get(sheet.applicationId)?.has(sheet.jurorId)) continue;
    const list = heard.get(sheet.applicationId);
    if (list) list.push(sheet);
    else heard.set(sheet.applicationId, [sheet]);
  }
  const results = applicationResults(
    grid,
    agenda.map((item) => item.applicationId),
    counted,
    conflicts,
    { disagreementThreshold: session.disagreementThreshold },
  );
  const labels = new Map(grid.criteria.map((criterion) => [criterion.key, criterion.label]));
  return agenda.map((item, index): ApplicationOutcome => {
    const result = results[index];
    if (result?.applicationId !== item.applicationId) throw new Error('applicationResults must keep the agenda order.');
    return {
      applicationId: item.applicationId,
      position: item.position,
      title: item.title,
      providerName: item.providerName,
      leverNumber: item.leverNumber,
      requestedCents: item.requestedCents,
      jurorsCounted: result.jurorsCounted,
      conflictedCount: item.conflictedJurorIds.length,
      mean: result.mean,
      median: result.median,
      min: result.min,
      max: result.max,
      stdDev: result.stdDev,
      rank: result.rank,
      disagreement: result.disagreement,
      criterionMeans: result.criterionMeans.map((mean) => ({ ...mean, label: labels.get(mean.key) ?? mean.key })),
      jurorScores: result.jurorScores.map(({ jurorId, score }) => ({ jurorId: Number(jurorId), jurorName: members.names.get(Number(jurorId)) ?? `Membre n° ${String(jurorId)}`, score })),
      // The same sheets as the scores: a juror in conflict with the application is not heard in its comments either.
      criterionComments: criterionComments(grid, heard.get(item.applicationId) ?? [], members.names, members.order),
      avis: avis.get(item.applicationId) ?? null,
    };
  });
}

export function sessionResults(db: Db, sessionId: number): SessionResults {
  const scoring = scoringSession(db, sessionId);
  const { session, grid, agenda } = scoring;
  const members = memberRows(db, sessionId);
  const sheets = sessionSheets(db, sessionId);
  const byJuror = new Map<number, StoredSheet[]>();
  for (const sheet of sheets) {
    const mine = byJuror.get(sheet.jurorId);
    if (mine) mine.push(sheet);
    else byJuror.set(sheet.jurorId, [sheet]);
  }
  const progress = members.map((member) => ({
    jurorId: member.id,
    jurorName: member.name,
    ...jurorProgress(grid, agenda, member.id, sheetsByApplication(byJuror.get(member.id) ?? [])),
  }));
  const avis = sessionAvis(db, sessionId);
  const call = getCall(db, session.callId);
  const envelope = envelopeTotals(
    // In agenda order: `running` follows the outcomes (and the agenda before the reveal) item by item.
    agenda.map((item) => ({ leverNumber: item.leverNumber, proposedCents: avis.get(item.applicationId)?.proposedCents ?? null })),
    call.envelopeCents,
    call.leverEnvelopes.map(({ leverNumber, envelopeCents }) => ({ leverNumber, envelopeCents })),
  );
  const revealed = session.revealedAt !== null;
  return {
    sessionId,
    status: session.status,
    revealedAt: session.revealedAt,
    progress,
    outcomes: revealed ? outcomes(scoring, sheets, { names: new Map(members.map((member) => [member.id, member.name])), order: members.map((member) => member.id) }, avis) : [],
    envelope,
  };
}
