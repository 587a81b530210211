// Gathers the COPIL review and the evaluation of the action plan from the database and renders them:
// data first (the review, the roll-ups of validated bilans, the money, the late bilans), then the pure
// definitions, then the one renderer. Dated of their data, never the clock: same data, same bytes.
import { countBilansByStatus, listBilans } from '../../../db/queries/bilan-read.ts';
import { committedByLeverAndYear, latestChangeOfYear, yearMoney } from '../../../db/queries/pact-review-money.ts';
import { getPactReview, leverCompletion, listPactReviews } from '../../../db/queries/pact-review-queries.ts';
import { rollup, type RollupRow } from '../../../db/queries/rollup-queries.ts';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/open-database.ts';
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { pactReviewTitle, type PactReviewDetail } from '../../domain/pact-review.ts';
import { evaluationPlanDocument, type EvaluationData } from '../../documents/evaluation-plan.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { revueCopilDocument, type IndicatorLine, type RevueCopilData } from '../../documents/revue-copil.ts';
import { currentAuditHead } from '../audit/audit-head.ts';
import { latestDate, organisationIdentity } from '../documents/document-context.ts';
import type { GeneratedDocument } from '../documents/documents-api.ts';

/** Participations (IC01) against targets and positive exits (IC14 over IC10), one line per key of an axis. */
function indicatorLines(rows: readonly RollupRow[]): IndicatorLine[] {
  const keys = [...new Set(rows.map((row) => row.key))];
  return keys.flatMap((key) => {
    const participations = rows.find((row) => row.key === key && row.code === 'IC01');
    const exits = rows.find((row) => row.key === key && row.code === 'IC14');
    if (!participations && !exits) return [];
    return [
      {
        label: participations?.label ?? exits?.label ?? key,
        bilans: Math.max(participations?.bilans ?? 0, exits?.bilans ?? 0),
        participations: participations?.value ?? null,
        target: participations?.target ?? null,
        positiveExits: exits?.numerator ?? exits?.value ?? null,
        exits: exits?.denominator ?? null,
      },
    ];
  });
}

const reviewHeader = (review: PactReviewDetail) => ({ id: review.id, kind: review.kind, year: review.year, heldOn: review.heldOn, status: review.status });
const pactHeader = (review: PactReviewDetail) => ({ title: review.pactTitle, periodStart: review.periodStart, periodEnd: review.periodEnd });
const withAbandoned = (review: PactReviewDetail) => review.levers.map(({ objectives: _objectives, ...lever }) => lever);

export function copilData(db: Db, reviewId: number): { data: RevueCopilData; lastChange: string } {
  const review = getPactReview(db, reviewId);
  const { year } = review;
  const lastChange = latestDate([review.updatedAt, latestChangeOfYear(db, year)], review.createdAt);
  // Lateness is judged on the day of the COPIL, else on the day the data were last changed.
  const asOf = review.heldOn ?? lastChange.slice(0, 10);
  const byYear = rollup(db, { by: 'year', year });
  const participations = byYear.find((row) => row.code === 'IC01');
  const exits = byYear.find((row) => row.code === 'IC14');
  const money = yearMoney(db, review.pactId, year);
  const counts = countBilansByStatus(db, year, asOf);
  const late = listBilans(db, { year, lateOnly: true, limit: 500, offset: 0 }, asOf).rows;
  const committed = money.levers.reduce((total, lever) => total + lever.committedCents, money.unassigned.committedCents);
  const conventions = money.levers.reduce((total, lever) => total + lever.conventions, money.unassigned.conventions);
  const data: RevueCopilData = {
    review: reviewHeader(review),
    pact: pactHeader(review),
    keyFigures: { conventions, committedCents: committed, participations: participations?.value ?? null, positiveExits: exits?.numerator ?? exits?.value ?? null, exits: exits?.denominator ?? null, bilans: participations?.bilans ?? 0 },
    levers: withAbandoned(review),
    indicators: {
      byLever: indicatorLines(rollup(db, { by: 'lever', year })),
      byObjective: indicatorLines(rollup(db, { by: 'objective', year })),
      byTerritory: rollup(db, { by: 'territory', year, code: 'IC01' })
        .filter((row) => row.value !== null)
        .map((row) => ({ label: row.label.replace(/ \(QPV\)$/u, ''), qpv: row.qpv === true, participations: row.value ?? 0 })),
    },
    money: { callEnvelopeCents: money.callEnvelopeCents, levers: money.levers, unassigned: money.unassigned },
    bilans: {
      asOf,
      expected: counts.total,
      received: counts.recu + counts.valide + counts.incomplet + counts.rejete,
      validated: counts.valide,
      late: counts.late,
      lateList: late.map((row) => ({ conventionNumber: row.conventionNumber, providerName: row.providerName, actionTitle: row.actionTitle, dueOn: row.dueOn })),
    },
    correctiveMeasures: review.correctiveMeasures,
    priorities: review.priorities,
    decisions: review.decisions,
  };
  return { data, lastChange };
}

export function evaluationData(db: Db, reviewId: number): { data: EvaluationData; lastChange: string } {
  const review = getPactReview(db, reviewId);
  const history = listPactReviews(db)
    .filter((other) => other.pactId === review.pactId && (other.year < review.year || (other.year === review.year && other.id <= review.id)))
    .sort((a, b) => a.year - b.year || a.id - b.id)
    .map((other) => ({ id: other.id, kind: other.kind, year: other.year, levers: leverCompletion(db, other.id) }));
  const data: EvaluationData = {
    review: reviewHeader(review),
    pact: pactHeader(review),
    history,
    committed: committedByLeverAndYear(db, review.pactId, review.periodStart, review.year),
    levers: review.levers,
    correctiveMeasures: review.correctiveMeasures,
    priorities: review.priorities,
    decisions: review.decisions,
  };
  return { data, lastChange: latestDate([review.updatedAt, latestChangeOfYear(db, review.year)], review.createdAt) };
}

type Source<D> = { data: D & { review: RevueCopilData['review']; pact: RevueCopilData['pact'] }; lastChange: string };
type Frame = Parameters<typeof evaluationPlanDocument>[0];

async function render<D>(db: Db, kind: 'copil' | 'evaluation', source: Source<D>, define: (frame: Frame, data: D) => TDocumentDefinitions): Promise<GeneratedDocument> {
  const { signatories: _signatories, ...organisation } = organisationIdentity(db);
  const { review, pact } = source.data;
  const reference = `${kind === 'copil' ? 'COPIL' : 'EVALUATION'}-${review.year}-${review.kind.toUpperCase()}-R${review.id}`;
  const generatedOn = source.lastChange.slice(0, 10);
  // Everything the pages print is fingerprinted, the date they are established on included.
  const sha256 = dataSha256({ organisation, reference, generatedOn, data: source.data } as unknown as JsonValue);
  const auditHead = currentAuditHead(db);
  const definition = define({ organisation, reference, generatedOn, dataSha256: sha256, auditHead }, source.data);
  const bytes = await renderPdf(definition, {
    title: `${kind === 'copil' ? 'Revue du COPIL' : 'Évaluation du plan d’action'} — ${pactReviewTitle(review.kind, review.year)}`,
    subject: `${pact.title} : ${kind === 'copil' ? 'revue annuelle du comité de pilotage' : 'évaluation du plan d’action'}`,
    author: organisation.name || 'Pacte CAI',
    keywords: `COPIL, plan d’action, ${reference}, empreinte ${sha256}`,
    auditHead,
    creationDate: new Date(source.lastChange),
  });
  return { fileName: `${kind === 'copil' ? 'revue-copil' : 'evaluation-plan'}-${review.year}-${review.kind}-${review.id}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
}

export const generateCopil = (db: Db, reviewId: number) => render(db, 'copil', copilData(db, reviewId), revueCopilDocument);
export const generateEvaluation = (db: Db, reviewId: number) => render(db, 'evaluation', evaluationData(db, reviewId), evaluationPlanDocument);
