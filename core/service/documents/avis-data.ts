// Gathers the avis techniques of a session from the database, and says in French what is missing when
// they cannot be made yet: scores revealed, the application on the agenda, an avis recorded.
import { getApplication } from '../../../db/queries/application-read.ts';
import { getCall } from '../../../db/queries/call-queries.ts';
import { getGrid } from '../../../db/queries/grid-queries.ts';
import { getPact } from '../../../db/queries/pact-read.ts';
import { getProvider } from '../../../db/queries/provider-queries.ts';
import { getSession } from '../../../db/queries/session-read.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { AVIS_LABELS } from '../../domain/jury/avis.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import type { AvisTechniqueData } from '../../documents/avis-technique.ts';
import type { ApplicationOutcome, Avis } from '../scoring/scoring-api.ts';
import { sessionResults } from '../scoring/session-results.ts';
import { requireAgendaItem } from '../scoring/scoring-session.ts';
import type { SessionDetail } from '../sessions/sessions-api.ts';

export type AvisSource = { data: AvisTechniqueData; sessionId: number; heldOn: string; applicationId: number };

/** What every avis of the session shares, read once however many avis are made. */
type SessionFacts = { session: SessionDetail; callTitle: string; grid: EvaluationGrid; leverTitles: ReadonlyMap<number, string>; outcomes: ApplicationOutcome[] };

function sessionFacts(db: Db, session: SessionDetail, refusal: string): SessionFacts {
  const results = sessionResults(db, session.id);
  // Before the reveal the results hold no score at all: there is nothing to print yet.
  if (results.revealedAt === null) throw new AppError('precondition', `${refusal} : les notes de la séance n’ont pas encore été révélées.`);
  const call = getCall(db, session.callId);
  const leverTitles = new Map(getPact(db, call.pactId).levers.map((lever) => [lever.number, lever.title]));
  return { session, callTitle: call.title, grid: getGrid(db, session.gridId).definition, leverTitles, outcomes: results.outcomes };
}

function avisData(db: Db, facts: SessionFacts, outcome: ApplicationOutcome, avis: Avis): AvisTechniqueData {
  const { session, grid } = facts;
  const application = getApplication(db, outcome.applicationId);
  const provider = getProvider(db, application.providerId);
  const chair = session.members.find((member) => member.isChair);
  const criteria = new Map(grid.criteria.map((criterion) => [criterion.key, criterion]));
  return {
    session: { id: session.id, title: session.title, heldOn: session.heldOn, callTitle: facts.callTitle },
    application: {
      id: application.id,
      position: outcome.position,
      title: application.title,
      summary: application.summary,
      requestedCents: application.requestedCents,
      startsOn: application.startsOn,
      endsOn: application.endsOn,
      expectedParticipants: application.expectedParticipants,
    },
    provider: { name: provider.name, siret: provider.siret },
    // getApplication lists the primary objective first.
    objectives: application.objectives.map((objective) => ({
      leverNumber: objective.leverNumber,
      leverTitle: facts.leverTitles.get(objective.leverNumber) ?? '',
      code: objective.code,
      title: objective.title,
      isPrimary: objective.isPrimary,
    })),
    // Means and counts only: the individual scores (and the names next to them) stay out of the data.
    result: {
      mean: outcome.mean,
      jurorsCounted: outcome.jurorsCounted,
      conflictedCount: outcome.conflictedCount,
      criteria: outcome.criterionMeans.map((mean) => {
        const criterion = criteria.get(mean.key);
        return { label: mean.label, weight: criterion?.weight ?? 1, scaleMin: criterion?.scale.min ?? 0, scaleMax: criterion?.scale.max ?? 0, mean: mean.mean, count: mean.count };
      }),
    },
    avis: { kind: avis.kind, label: AVIS_LABELS[avis.kind], conditions: avis.conditions, reasons: avis.reasons, motivation: avis.motivation, proposedCents: avis.proposedCents },
    chair: chair ? { name: chair.name, civility: chair.civility } : null,
  };
}

function source(db: Db, facts: SessionFacts, outcome: ApplicationOutcome, avis: Avis): AvisSource {
  return { data: avisData(db, facts, outcome, avis), sessionId: facts.session.id, heldOn: facts.session.heldOn, applicationId: outcome.applicationId };
}

/** The avis technique of one application of the agenda, once the commission has given its avis. */
export function avisSource(db: Db, sessionId: number, applicationId: number): AvisSource {
  const session = getSession(db, sessionId);
  requireAgendaItem(session.agenda, applicationId);
  const facts = sessionFacts(db, session, 'L’avis technique ne peut pas être établi');
  const outcome = facts.outcomes.find((candidate) => candidate.applicationId === applicationId);
  if (!outcome) throw new AppError('not_found', `Le dossier n° ${applicationId} n’est pas à l’ordre du jour de cette séance.`);
  if (!outcome.avis) throw new AppError('precondition', `Le dossier « ${outcome.title} » n’a pas encore d’avis : la commission doit le rendre avant que l’avis technique puisse être établi.`);
  return source(db, facts, outcome, outcome.avis);
}

const MAX_NAMED = 10;

/** Every avis technique of the session, in agenda order; refused while any application lacks its avis (all named). */
export function avisSources(db: Db, sessionId: number): AvisSource[] {
  const refusal = 'Les avis techniques ne peuvent pas être établis';
  const facts = sessionFacts(db, getSession(db, sessionId), refusal);
  if (facts.outcomes.length === 0) throw new AppError('precondition', `${refusal} : la séance n’a aucun dossier à l’ordre du jour.`);
  const missing = facts.outcomes.filter((outcome) => outcome.avis === null);
  if (missing.length > 0) {
    // Named up to a screenful: a session of hundreds of applications must not print a page of titles.
    const named = missing.slice(0, MAX_NAMED).map((outcome) => `« ${outcome.title} »`);
    const titles = missing.length > MAX_NAMED ? `${named.join(', ')} et ${missing.length - MAX_NAMED} autres` : named.join(', ');
    throw new AppError('precondition', `${refusal} : ${missing.length} dossier${missing.length > 1 ? 's n’ont' : ' n’a'} pas encore d’avis (${titles}).`);
  }
  return facts.outcomes.map((outcome) => {
    if (!outcome.avis) throw new Error('Every outcome was checked for its avis above.');
    return source(db, facts, outcome, outcome.avis);
  });
}
