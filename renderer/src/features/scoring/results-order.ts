// The orders of the deliberation table: by rank (ties by discussion order) or in discussion order,
// optionally with the disputed applications first; and the running total of proposals in that order.
import { envelopeTotals } from '../../../../core/domain/jury/avis.ts';
import type { ApplicationOutcome } from '../../../../core/service/api.ts';

export type ResultsSort = 'rank' | 'position';

const byPosition = (a: ApplicationOutcome, b: ApplicationOutcome) => a.position - b.position;

/** Unranked applications (nobody counted) come last, in discussion order. */
const byRank = (a: ApplicationOutcome, b: ApplicationOutcome) => {
  if (a.rank === b.rank) return byPosition(a, b);
  if (a.rank === null) return 1;
  if (b.rank === null) return -1;
  return a.rank - b.rank;
};

export function orderOutcomes(outcomes: readonly ApplicationOutcome[], sort: ResultsSort, disputedFirst: boolean): ApplicationOutcome[] {
  const sorted = [...outcomes].sort(sort === 'rank' ? byRank : byPosition);
  if (!disputedFirst) return sorted;
  // A stable split: each half keeps the chosen order.
  return [...sorted.filter((outcome) => outcome.disagreement), ...sorted.filter((outcome) => !outcome.disagreement)];
}

/** What the proposals add up to after each row, in the order shown, and whether that passes the envelope. */
export function runningTotals(ordered: readonly ApplicationOutcome[], envelopeCents: number): { proposedCents: number; overEnvelope: boolean }[] {
  return envelopeTotals(
    ordered.map((outcome) => ({ leverNumber: outcome.leverNumber, proposedCents: outcome.avis?.proposedCents ?? null })),
    envelopeCents,
  ).running;
}
