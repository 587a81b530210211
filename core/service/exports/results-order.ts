// The deliberation table's orders, for the export to follow the screen row for row: by rank (ties and
// unranked in discussion order, unranked last) or in discussion order, optionally the disputed first.
// Browser-safe: the same rule as renderer/src/features/scoring/results-order.ts, which may import it.
import type { ApplicationOutcome } from '../scoring/scoring-api.ts';
import type { ResultsOrder } from './exports-api.ts';

type Ordered = Pick<ApplicationOutcome, 'position' | 'rank' | 'disagreement'>;

const byPosition = (a: Ordered, b: Ordered) => a.position - b.position;

const byRank = (a: Ordered, b: Ordered) => {
  if (a.rank === b.rank) return byPosition(a, b);
  if (a.rank === null) return 1;
  if (b.rank === null) return -1;
  return a.rank - b.rank;
};

export function orderOutcomes<T extends Ordered>(outcomes: readonly T[], order: ResultsOrder, disputedFirst: boolean): T[] {
  const sorted = [...outcomes].sort(order === 'rank' ? byRank : byPosition);
  if (!disputedFirst) return sorted;
  // A stable split: each half keeps the chosen order.
  return [...sorted.filter((outcome) => outcome.disagreement), ...sorted.filter((outcome) => !outcome.disagreement)];
}
