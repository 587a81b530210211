// Properties of the jury figures on any grid and any sheets: the score on 20 stays in [0, 20], hits
// 20 and 0 at the ends, ignores a common factor on the weights and never reads N/A as 0; results
// ignore the jurors' order and a conflicted juror's sheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrid, GridCriterion } from '../../../core/domain/jury/grid.ts';
import { type ApplicationResult, applicationResults, type JurorSheet, sheetScoreOn20 } from '../../../core/domain/jury/results.ts';
import type { SheetAnswers } from '../../../core/domain/jury/sheet-rules.ts';

const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => ({ value: min + index, descriptor: `Niveau ${min + index}` }));

const criterion = (key: string, weight: number, min: number, max: number, allowsNotApplicable: boolean): GridCriterion => ({
  key,
  label: key,
  description: '',
  weight,
  scale: { min, max, levels: levels(min, max) },
  allowsNotApplicable,
  commentRequiredBelow: null,
});

// Any grid: 1 to 6 criteria, scales of 1 to 6 steps starting anywhere near 0, any positive weight.
const arbitraryGrid = fc
  .array(
    fc.record({ weight: fc.double({ min: 0.01, max: 100, noNaN: true }), min: fc.integer({ min: -3, max: 3 }), span: fc.integer({ min: 1, max: 6 }), na: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  )
  .map((specs): EvaluationGrid => ({ title: 'G', criteria: specs.map((spec, index) => criterion(`c${index}`, spec.weight, spec.min, spec.min + spec.span, spec.na)) }));

const arbitraryAnswers = (g: EvaluationGrid) =>
  fc
    .tuple(...g.criteria.map((c) => (c.allowsNotApplicable ? fc.oneof(fc.integer({ min: c.scale.min, max: c.scale.max }), fc.constant('na' as const)) : fc.integer({ min: c.scale.min, max: c.scale.max }))))
    .map((scores): SheetAnswers => Object.fromEntries(g.criteria.map((c, index) => [c.key, { score: scores[index] ?? null }])));

const gridAndSheet = arbitraryGrid.chain((g) => fc.tuple(fc.constant(g), arbitraryAnswers(g)));

describe('properties of the score on 20', () => {
  it('lies within [0, 20], and is null only when every criterion is N/A', () => {
    fc.assert(
      fc.property(gridAndSheet, ([g, sheet]) => {
        const score = sheetScoreOn20(g, sheet);
        const allNa = g.criteria.every((c) => sheet[c.key]?.score === 'na');
        if (allNa) expect(score).toBeNull();
        else {
          expect(score).not.toBeNull();
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(20);
        }
      }),
    );
  });

  it('gives exactly 20 when every criterion is at its max and 0 when at its min', () => {
    fc.assert(
      fc.property(arbitraryGrid, (g) => {
        const at = (pick: (c: GridCriterion) => number): SheetAnswers => Object.fromEntries(g.criteria.map((c) => [c.key, { score: pick(c) }]));
        expect(sheetScoreOn20(g, at((c) => c.scale.max))).toBe(20);
        expect(sheetScoreOn20(g, at((c) => c.scale.min))).toBe(0);
      }),
    );
  });

  it('does not change when every weight is multiplied by the same constant', () => {
    fc.assert(
      fc.property(gridAndSheet, fc.double({ min: 0.01, max: 1000, noNaN: true }), ([g, sheet], factor) => {
        const scaled: EvaluationGrid = { ...g, criteria: g.criteria.map((c) => ({ ...c, weight: c.weight * factor })) };
        const before = sheetScoreOn20(g, sheet);
        const after = sheetScoreOn20(scaled, sheet);
        if (before === null) expect(after).toBeNull();
        else expect(Math.abs((after ?? Number.NaN) - before)).toBeLessThan(1e-9);
      }),
    );
  });

  it('scores what the other criteria score when some are N/A: an N/A is never a 0', () => {
    fc.assert(
      fc.property(gridAndSheet, ([g, sheet]) => {
        const scored = g.criteria.filter((c) => sheet[c.key]?.score !== 'na');
        const withoutNa: EvaluationGrid = { ...g, criteria: scored };
        const rest = Object.fromEntries(scored.map((c) => [c.key, sheet[c.key]]));
        expect(sheetScoreOn20(g, sheet)).toBe(scored.length === 0 ? null : sheetScoreOn20(withoutNa, rest));
      }),
    );
  });
});

describe('properties of the results', () => {
  const session = arbitraryGrid.chain((g) =>
    fc.tuple(
      fc.constant(g),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), arbitraryAnswers(g)), { maxLength: 12 }),
      arbitraryAnswers(g),
      fc.infiniteStream(fc.nat()),
    ),
  );
  // Each (application, juror) once: juror ids are the positions of the sheets.
  const toSheets = (entries: [number, SheetAnswers][]): JurorSheet[] => entries.map(([applicationId, answers], index) => ({ jurorId: `j${index}`, applicationId, answers }));
  const withoutOrder = (results: ApplicationResult[]) => results.map(({ jurorScores, ...rest }) => ({ ...rest, jurorScores: [...jurorScores].sort((a, b) => String(a.jurorId).localeCompare(String(b.jurorId))) }));

  it('a conflicted juror’s sheet changes nothing, whatever it says', () => {
    fc.assert(
      fc.property(session, fc.integer({ min: 1, max: 3 }), ([g, entries, intruder], target) => {
        const sheets = toSheets(entries);
        const withIntruder = [...sheets, { jurorId: 'conflicted', applicationId: target, answers: intruder }];
        const conflicts = new Map([[target, new Set<string | number>(['conflicted'])]]);
        expect(applicationResults(g, [1, 2, 3], withIntruder, conflicts)).toEqual(applicationResults(g, [1, 2, 3], sheets));
      }),
    );
  });

  it('does not depend on the order of the jurors, and every mean lies between min and max', () => {
    fc.assert(
      fc.property(session, ([g, entries, , seeds]) => {
        const sheets = toSheets(entries);
        const shuffled = sheets.map((sheet) => ({ sheet, key: seeds.next().value as number })).sort((a, b) => a.key - b.key).map((entry) => entry.sheet);
        const results = applicationResults(g, [1, 2, 3], sheets);
        expect(withoutOrder(applicationResults(g, [1, 2, 3], shuffled))).toEqual(withoutOrder(results));
        for (const result of results) {
          if (result.mean === null) continue;
          expect(result.mean).toBeGreaterThanOrEqual(result.min ?? Number.NaN);
          expect(result.mean).toBeLessThanOrEqual(result.max ?? Number.NaN);
          expect(result.median).toBeGreaterThanOrEqual(result.min ?? Number.NaN);
          expect(result.median).toBeLessThanOrEqual(result.max ?? Number.NaN);
          expect(result.stdDev).toBeGreaterThanOrEqual(0);
          for (const { key, mean } of result.criterionMeans) {
            const scale = g.criteria.find((c) => c.key === key)?.scale;
            if (mean !== null && scale !== undefined) expect(mean >= scale.min && mean <= scale.max).toBe(true);
          }
        }
      }),
    );
  });
});
