// The figures of a deliberation: each juror's score on 20, then per application the count, mean,
// median, spread and rank, computed on plain numbers without rounding (only display rounds).
import type { EvaluationGrid, GridCriterion } from './grid.ts';
import type { SheetAnswers } from './sheet-rules.ts';

/** Database ids are numbers; packs and tests may use strings. One kind per call. */
export type JuryId = number | string;

export type JurorSheet = { jurorId: JuryId; applicationId: JuryId; answers: SheetAnswers };

/** The jurors who declared (or were given) a conflict of interest, by application. */
export type ConflictsByApplication = ReadonlyMap<JuryId, ReadonlySet<JuryId>>;

export type CriterionMean = { key: string; mean: number | null; count: number };

export type ApplicationResult = {
  applicationId: JuryId;
  jurorsCounted: number;
  /** The counted jurors' scores on 20, in the order the sheets came. */
  jurorScores: { jurorId: JuryId; score: number }[];
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation (divides by n): the jurors are the whole jury, not a sample. */
  stdDev: number | null;
  /** In the grid's order, each on the criterion's own scale, N/A left out. */
  criterionMeans: CriterionMean[];
  /** Competition ranking by mean (1, 2, 2, 4); null without any counted juror. */
  rank: number | null;
  /** max − min above the session's threshold: the application is discussed first. */
  disagreement: boolean;
};

export const DEFAULT_DISAGREEMENT_THRESHOLD = 5;

/**
 * Means this close are one tie: they come from sums of the same fractions taken in other orders,
 * and a last-bit difference must not split a tie that the arithmetic says is one.
 */
const TIE_TOLERANCE = 1e-9;

function scoredValue(criterion: GridCriterion, answers: SheetAnswers): number | null {
  const score = answers[criterion.key]?.score ?? null;
  if (score === null) return null;
  const { min, max } = criterion.scale;
  if (score === 'na') {
    if (!criterion.allowsNotApplicable) throw new RangeError(`N/A is not allowed on criterion ${criterion.key}.`);
    return null;
  }
  // Results read sheets that were validated when saved: a value off the scale here is a bug.
  if (!Number.isInteger(score) || score < min || score > max) throw new RangeError(`Score ${String(score)} is off the scale of criterion ${criterion.key}.`);
  return score;
}

function assertKnownCriteria(grid: EvaluationGrid, answers: SheetAnswers): void {
  for (const key of Object.keys(answers)) {
    if (answers[key] !== undefined && !grid.criteria.some((criterion) => criterion.key === key)) {
      throw new RangeError(`Criterion ${key} is not in the grid "${grid.title}".`);
    }
  }
}

/**
 * A juror's score on 20 for one application: 20 × Σ weight × (score − min) / (max − min) ÷ Σ weight,
 * both sums over the criteria scored. N/A leaves the denominator (it is never a 0), and so does a
 * criterion left unanswered, since only complete sheets are submitted. Null when nothing is scored:
 * such a sheet counts for nothing.
 */
export function sheetScoreOn20(grid: EvaluationGrid, answers: SheetAnswers): number | null {
  assertKnownCriteria(grid, answers);
  let weighted = 0;
  let weights = 0;
  for (const criterion of grid.criteria) {
    const score = scoredValue(criterion, answers);
    if (score === null) continue;
    const { min, max } = criterion.scale;
    // Both sums in the same order: all-max then gives exactly 20, and never more.
    weighted += criterion.weight * ((score - min) / (max - min));
    weights += criterion.weight;
  }
  // The ratio first: all-max then gives 1 exactly, and 20 × 1 is 20, not 20.000000000000004.
  return weights > 0 ? 20 * (weighted / weights) : null;
}

/**
 * Mean of values sorted ascending, as min + mean of the distances to min: equal values give exactly
 * that value (so the spread is exactly 0), and the result is kept between min and max, which the
 * exact mean is and a float sum may miss by one last bit.
 */
function meanOfSorted(sorted: readonly number[]): number {
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  let distances = 0;
  for (const value of sorted) distances += value - low;
  return Math.min(high, Math.max(low, low + distances / sorted.length));
}

function medianOfSorted(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? 0;
  return (lower + upper) / 2;
}

export type Summary = { count: number; mean: number; median: number; min: number; max: number; stdDev: number };

/** Count, mean, median, min, max and population standard deviation; null for no values. */
export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  // Sorted first: the same scores in another juror order give the very same figures.
  const sorted = [...values].sort((a, b) => a - b);
  const mean = meanOfSorted(sorted);
  let squares = 0;
  for (const value of sorted) squares += (value - mean) ** 2;
  return {
    count: sorted.length,
    mean,
    median: medianOfSorted(sorted),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    stdDev: Math.sqrt(squares / sorted.length),
  };
}

/**
 * Competition ranking, highest first: equal values share a rank and the next rank skips
 * (1, 2, 2, 4). Null values get no rank and take none.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const ranked = values
    .map((value, index) => ({ value, index }))
    .filter((entry): entry is { value: number; index: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks: (number | null)[] = values.map(() => null);
  let groupValue = Number.NaN;
  let groupRank = 0;
  ranked.forEach(({ value, index }, position) => {
    if (!(Math.abs(groupValue - value) <= TIE_TOLERANCE)) {
      groupValue = value;
      groupRank = position + 1;
    }
    ranks[index] = groupRank;
  });
  return ranks;
}

export type ResultsOptions = { disagreementThreshold?: number };

/**
 * The results of every application of a session, in the order given (the agenda). Sheets of a
 * juror in conflict with the application, and sheets with every criterion N/A, count for nothing.
 * The caller passes only the sheets that count (submitted ones); one per juror and application.
 */
export function applicationResults(
  grid: EvaluationGrid,
  applicationIds: readonly JuryId[],
  sheets: readonly JurorSheet[],
  conflicts: ConflictsByApplication = new Map(),
  options: ResultsOptions = {},
): ApplicationResult[] {
  const threshold = options.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  if (!(threshold >= 0)) throw new RangeError(`The disagreement threshold is a non-negative number: ${String(threshold)}`);
  const byApplication = new Map<JuryId, JurorSheet[]>(applicationIds.map((id) => [id, []]));
  if (byApplication.size !== applicationIds.length) throw new RangeError('An application appears twice in the agenda.');
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const bucket = byApplication.get(sheet.applicationId);
    if (bucket === undefined) throw new RangeError(`Sheet for application ${String(sheet.applicationId)}, which is not in the list.`);
    const pair = JSON.stringify([sheet.jurorId, sheet.applicationId]);
    if (seen.has(pair)) throw new RangeError(`Two sheets of juror ${String(sheet.jurorId)} for application ${String(sheet.applicationId)}.`);
    seen.add(pair);
    bucket.push(sheet);
  }

  const partial = applicationIds.map((applicationId) => {
    const conflicted = conflicts.get(applicationId);
    const jurorScores: { jurorId: JuryId; score: number }[] = [];
    const perCriterion = grid.criteria.map(() => [] as number[]);
    for (const sheet of byApplication.get(applicationId) ?? []) {
      if (conflicted?.has(sheet.jurorId)) continue;
      const score = sheetScoreOn20(grid, sheet.answers);
      if (score === null) continue;
      jurorScores.push({ jurorId: sheet.jurorId, score });
      grid.criteria.forEach((criterion, index) => {
        const value = scoredValue(criterion, sheet.answers);
        if (value !== null) perCriterion[index]?.push(value);
      });
    }
    const summary = summarize(jurorScores.map((entry) => entry.score));
    const criterionMeans = grid.criteria.map((criterion, index) => {
      const values = perCriterion[index] ?? [];
      return { key: criterion.key, mean: values.length > 0 ? (summarize(values)?.mean ?? null) : null, count: values.length };
    });
    return { applicationId, jurorScores, summary, criterionMeans };
  });

  const ranks = competitionRanks(partial.map((entry) => entry.summary?.mean ?? null));
  return partial.map(({ applicationId, jurorScores, summary, criterionMeans }, index) => ({
    applicationId,
    jurorsCounted: jurorScores.length,
    jurorScores,
    mean: summary?.mean ?? null,
    median: summary?.median ?? null,
    min: summary?.min ?? null,
    max: summary?.max ?? null,
    stdDev: summary?.stdDev ?? null,
    criterionMeans,
    rank: ranks[index] ?? null,
    disagreement: summary !== null && summary.max - summary.min > threshold,
  }));
}

/**
 * A score the French way with two decimals, "12,35". Rounds half up on the decimal the figure
 * stands for: 12.345 held as 12.34499… still shows 12,35, as a juror adding by hand would find.
 */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite score: ${String(value)}`);
  // 12 significant digits wipe the binary noise of the last bits and keep every real digit.
  const hundredths = Math.round(Number((Math.abs(value) * 100).toPrecision(12)));
  const sign = value < 0 && hundredths !== 0 ? '-' : '';
  return `${sign}${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}
