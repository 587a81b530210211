// The deliberation figures: the score on 20 of the formula, N/A out of both sums, and per
// application count, mean, median, spread, rank and disagreement, conflicted jurors left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrid, GridCriterion } from '../../../core/domain/jury/grid.ts';
import {
  type ApplicationResult,
  applicationResults,
  competitionRanks,
  formatScore,
  type JurorSheet,
  sheetScoreOn20,
  summarize,
} from '../../../core/domain/jury/results.ts';
import type { SheetAnswers } from '../../../core/domain/jury/sheet-rules.ts';

const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => ({ value: min + index, descriptor: `Niveau ${min + index}` }));

const criterion = (key: string, weight: number, min: number, max: number, allowsNotApplicable = false): GridCriterion => ({
  key,
  label: key,
  description: '',
  weight,
  scale: { min, max, levels: levels(min, max) },
  allowsNotApplicable,
  commentRequiredBelow: null,
});

// A weight 3 on 0–4, B weight 1 on 1–5, C weight 2 on 0–4 with N/A allowed.
const grid: EvaluationGrid = { title: 'Grille', criteria: [criterion('a', 3, 0, 4), criterion('b', 1, 1, 5), criterion('c', 2, 0, 4, true)] };

const answers = (a: number | 'na', b: number | 'na', c: number | 'na'): SheetAnswers => ({ a: { score: a }, b: { score: b }, c: { score: c } });

describe('sheetScoreOn20', () => {
  it('follows the formula of the issue, N/A out of both sums', () => {
    // 20 × (3 × 3/4 + 1 × 1/4) ÷ (3 + 1) = 12.5
    expect(sheetScoreOn20(grid, answers(3, 2, 'na'))).toBe(12.5);
    // 20 × (3 × 1 + 1 × 1 + 2 × 2/4) ÷ 6 = 16.666…
    expect(sheetScoreOn20(grid, answers(4, 5, 2))).toBeCloseTo(50 / 3, 12);
    // 20 × (3 × 1/4) ÷ 6 = 2.5
    expect(sheetScoreOn20(grid, answers(1, 1, 0))).toBe(2.5);
  });

  it('counts N/A as nothing, never as the minimum', () => {
    const oneCriterion: EvaluationGrid = { title: 'G', criteria: [criterion('c', 2, 0, 4, true), criterion('d', 1, 0, 4, true)] };
    expect(sheetScoreOn20(oneCriterion, { c: { score: 4 }, d: { score: 'na' } })).toBe(20);
    expect(sheetScoreOn20(oneCriterion, { c: { score: 'na' }, d: { score: 'na' } })).toBeNull();
  });

  it('refuses values a validated sheet cannot hold', () => {
    expect(() => sheetScoreOn20(grid, answers(5, 1, 1))).toThrow(RangeError);
    expect(() => sheetScoreOn20(grid, answers('na', 1, 1))).toThrow(RangeError);
    expect(() => sheetScoreOn20(grid, { ...answers(1, 1, 1), z: { score: 1 } })).toThrow(RangeError);
  });
});

describe('applicationResults', () => {
  const sheets: JurorSheet[] = [
    { jurorId: 1, applicationId: 10, answers: answers(3, 2, 'na') },
    { jurorId: 2, applicationId: 10, answers: answers(4, 5, 2) },
    { jurorId: 3, applicationId: 10, answers: answers(1, 1, 0) },
    { jurorId: 1, applicationId: 20, answers: answers(4, 5, 4) },
    { jurorId: 2, applicationId: 20, answers: answers(2, 3, 'na') },
    { jurorId: 3, applicationId: 20, answers: answers(4, 5, 4) },
    { jurorId: 1, applicationId: 30, answers: answers('na', 'na', 'na') },
  ];
  // Juror 3 has a conflict with application 20: the two 20s of jurors 1 and 3 shrink to one.
  const conflicts = new Map([[20, new Set([3])]]);

  it('computes the figures of each application by hand', () => {
    // N/A allowed everywhere, so that application 30 can have an all-N/A sheet.
    const lenient: EvaluationGrid = { ...grid, criteria: grid.criteria.map((c) => ({ ...c, allowsNotApplicable: true })) };
    const results = applicationResults(lenient, [10, 20, 30, 40], sheets, conflicts);
    const [first, second, third, fourth] = results as [ApplicationResult, ApplicationResult, ApplicationResult, ApplicationResult];

    const scores = [12.5, 50 / 3, 2.5];
    const mean = (12.5 + 50 / 3 + 2.5) / 3;
    expect(first.jurorsCounted).toBe(3);
    expect(first.jurorScores.map((entry) => entry.jurorId)).toEqual([1, 2, 3]);
    expect(first.mean).toBeCloseTo(mean, 12);
    expect(first.median).toBe(12.5);
    expect(first.min).toBe(2.5);
    expect(first.max).toBeCloseTo(50 / 3, 12);
    expect(first.stdDev).toBeCloseTo(Math.sqrt(scores.reduce((sum, x) => sum + (x - mean) ** 2, 0) / 3), 12);
    expect(first.stdDev).toBeCloseTo(5.9447, 4);
    expect(first.disagreement).toBe(true);
    // A: (3 + 4 + 1) / 3 on 0–4; B: (2 + 5 + 1) / 3 on 1–5; C: (2 + 0) / 2, the N/A left out.
    expect(first.criterionMeans.map(({ key, count }) => [key, count])).toEqual([['a', 3], ['b', 3], ['c', 2]]);
    first.criterionMeans.forEach(({ mean: criterionMean }, index) => expect(criterionMean).toBeCloseTo([8 / 3, 8 / 3, 1][index] ?? Number.NaN, 12));

    // Jurors 1 and 2 only: 20 and 20 × (3 × 2/4 + 1 × 2/4) ÷ 4 = 10.
    expect(second.jurorsCounted).toBe(2);
    expect(second.jurorScores).toEqual([{ jurorId: 1, score: 20 }, { jurorId: 2, score: 10 }]);
    expect([second.mean, second.median, second.min, second.max, second.stdDev]).toEqual([15, 15, 10, 20, 5]);
    expect(second.disagreement).toBe(true);

    // An all-N/A sheet counts for nothing; no sheet at all, the same.
    for (const empty of [third, fourth]) {
      expect(empty).toMatchObject({ jurorsCounted: 0, mean: null, median: null, min: null, max: null, stdDev: null, rank: null, disagreement: false });
    }
    expect([first.rank, second.rank]).toEqual([2, 1]);
  });

  it('flags a disagreement only when max − min is over the threshold', () => {
    const pair = (a: number, b: number): JurorSheet[] => [
      { jurorId: 1, applicationId: 1, answers: { a: { score: a } } },
      { jurorId: 2, applicationId: 1, answers: { a: { score: b } } },
    ];
    const small: EvaluationGrid = { title: 'G', criteria: [criterion('a', 1, 0, 4)] };
    // 0 to 4 on 20 per step of 5: a spread of exactly 5 is not over 5.
    expect(applicationResults(small, [1], pair(1, 2))[0]?.disagreement).toBe(false);
    expect(applicationResults(small, [1], pair(1, 3))[0]?.disagreement).toBe(true);
    expect(applicationResults(small, [1], pair(1, 3), new Map(), { disagreementThreshold: 10 })[0]?.disagreement).toBe(false);
  });

  it('refuses two sheets of one juror for one application, and sheets for an application not listed', () => {
    const sheet: JurorSheet = { jurorId: 1, applicationId: 1, answers: answers(1, 1, 1) };
    expect(() => applicationResults(grid, [1], [sheet, sheet])).toThrow(RangeError);
    expect(() => applicationResults(grid, [2], [sheet])).toThrow(RangeError);
  });
});

describe('competitionRanks and summarize', () => {
  it('ranks 1, 2, 2, 4, highest first, and gives no rank to no score', () => {
    expect(competitionRanks([12, 15, 12, null, 9])).toEqual([2, 1, 2, null, 4]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('sees a tie in two means that differ only by the last bits of a float sum', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(competitionRanks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
  });

  it('gives a rank to each score, shared by equal ones, one more than the scores above it', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 }), (values) => {
        const ranks = competitionRanks(values);
        const scored = values.filter((value): value is number => value !== null);
        values.forEach((value, index) => {
          if (value === null) expect(ranks[index]).toBeNull();
          else expect(ranks[index]).toBe(1 + scored.filter((other) => other > value).length);
        });
        const given = ranks.filter((rank): rank is number => rank !== null);
        expect(given).toHaveLength(scored.length);
        if (given.length > 0) expect(Math.max(...given)).toBeLessThanOrEqual(scored.length);
        if (given.length > 0) expect(Math.min(...given)).toBe(1);
      }),
    );
  });

  it('summarizes hand examples', () => {
    expect(summarize([])).toBeNull();
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, mean: 2.5, median: 2.5, min: 1, max: 4, stdDev: Math.sqrt(1.25) });
    expect(summarize([0.1, 0.1, 0.1])).toEqual({ count: 3, mean: 0.1, median: 0.1, min: 0.1, max: 0.1, stdDev: 0 });
  });

  const scoreList = fc.array(fc.double({ min: 0, max: 20, noNaN: true }), { minLength: 1, maxLength: 50 });

  it('keeps mean and median between min and max, the spread non-negative, and ignores the order', () => {
    fc.assert(
      fc.property(scoreList, fc.infiniteStream(fc.nat()), (values, seeds) => {
        const summary = summarize(values);
        if (summary === null) throw new Error('a summary of values');
        expect(summary.min).toBe(Math.min(...values));
        expect(summary.max).toBe(Math.max(...values));
        for (const figure of [summary.mean, summary.median]) {
          expect(figure).toBeGreaterThanOrEqual(summary.min);
          expect(figure).toBeLessThanOrEqual(summary.max);
        }
        expect(summary.stdDev).toBeGreaterThanOrEqual(0);
        const shuffled = values.map((value) => ({ value, key: seeds.next().value as number })).sort((a, b) => a.key - b.key).map((entry) => entry.value);
        expect(summarize(shuffled)).toEqual(summary);
      }),
    );
  });

  it('gives a spread of exactly 0 when every juror gives the same score', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.integer({ min: 1, max: 50 }), (value, count) => {
        expect(summarize(Array.from({ length: count }, () => value))).toEqual({ count, mean: value, median: value, min: value, max: value, stdDev: 0 });
      }),
    );
  });
});

describe('formatScore', () => {
  it('writes two decimals with a French comma, rounding the decimal the figure stands for half up', () => {
    expect(formatScore(12.345)).toBe('12,35');
    expect(formatScore(12.3449)).toBe('12,34');
    expect(formatScore(50 / 3)).toBe('16,67');
    expect(formatScore(20)).toBe('20,00');
    expect(formatScore(0)).toBe('0,00');
    expect(formatScore(0.005)).toBe('0,01');
    expect(formatScore(-1.5)).toBe('-1,50');
    expect(formatScore(-0.001)).toBe('0,00');
    expect(() => formatScore(Number.NaN)).toThrow(RangeError);
  });
});
