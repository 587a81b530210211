// The consistency rules of a bilan's figures, on the shipped catalogue: breakdowns sum to their total,
// sub-populations and exclusive exits stay within their parent, rates are never typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBilanValues, type BilanValueInput } from '../../../core/domain/indicators/bilan-consistency.ts';
import { FIXED_CATEGORIES, indicatorCatalogueSchema, type IndicatorDefinition } from '../../../core/domain/indicators/catalogue.ts';
import { financialGap } from '../../../core/domain/indicators/financial-report.ts';
import { repoRoot } from '../../support/test-app.ts';

const file = indicatorCatalogueSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'indicators', 'indicateurs-communs-v1.json'), 'utf8')));
const definitions: IndicatorDefinition[] = file.indicators.map((entry, index) => ({
  code: entry.code,
  version: entry.version,
  catalogueKey: file.key,
  position: index + 1,
  label: entry.label,
  unit: entry.unit,
  kind: entry.kind,
  aggregation: entry.aggregation,
  numeratorCode: entry.numerator ?? null,
  denominatorCode: entry.denominator ?? null,
  derivedFrom: entry.derivedFrom ?? [],
  breakdowns: entry.breakdowns,
  subsetOfCode: entry.subsetOf ?? null,
  exclusiveGroup: entry.exclusiveGroup ?? null,
  definition: entry.definition ?? '',
  validFrom: entry.validFrom ?? file.validFrom,
  validTo: entry.validTo ?? null,
}));
const TERRITORIES = ['centre', 'le-blosne', 'brequigny'];
const total = (code: string, value: number): BilanValueInput => ({ code, dimension: 'total', category: '', value });
const sexCells = (code: string, [f, h, nr]: [number, number, number]): BilanValueInput[] => [
  { code, dimension: 'sex', category: 'F', value: f },
  { code, dimension: 'sex', category: 'H', value: h },
  { code, dimension: 'sex', category: 'nr', value: nr },
];
const check = (values: BilanValueInput[]) => checkBilanValues(definitions, values, TERRITORIES);

/** n non-negative integer parts and their sum. */
const split = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 500 }), { minLength: n, maxLength: n }).map((parts) => ({ parts, sum: parts.reduce((a, b) => a + b, 0) }));

describe('bilan consistency', () => {
  it('a breakdown that sums to its total passes, whatever the split across categories', () => {
    // A total T and, per breakdown, cut points in [0, T]: the gaps between them are a partition of T.
    const partition = (cuts: number[], size: number, totalValue: number): number[] => {
      const points = [0, ...cuts.slice(0, size - 1).map((cut) => cut % (totalValue + 1)).sort((a, b) => a - b), totalValue];
      return points.slice(1).map((point, index) => point - (points[index] ?? 0));
    };
    const cuts = fc.array(fc.nat(), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), cuts, cuts, cuts, (totalValue, sexCuts, ageCuts, territoryCuts) => {
        const sex = partition(sexCuts, 3, totalValue);
        const age = partition(ageCuts, 5, totalValue);
        const territory = partition(territoryCuts, TERRITORIES.length + 1, totalValue);
        const values = [
          total('IC01', totalValue),
          ...sexCells('IC01', sex as [number, number, number]),
          ...FIXED_CATEGORIES.age.map((category, index) => ({ code: 'IC01', dimension: 'age' as const, category: category.key, value: age[index] ?? -1 })),
          ...[...TERRITORIES, 'nr'].map((category, index) => ({ code: 'IC01', dimension: 'territory' as const, category, value: territory[index] ?? -1 })),
        ];
        expect(check(values)).toEqual([]);
      }),
    );
  });

  it('any perturbation of one breakdown cell fails, with the code and the breakdown named', () => {
    fc.assert(
      fc.property(split(3), fc.integer({ min: 0, max: 2 }), fc.integer({ min: -50, max: 50 }).filter((delta) => delta !== 0), (sex, cell, delta) => {
        const parts = [...sex.parts] as [number, number, number];
        fc.pre(parts[cell] !== undefined && (parts[cell] ?? 0) + delta >= 0);
        parts[cell] = (parts[cell] ?? 0) + delta;
        const issues = check([total('IC01', sex.sum), ...sexCells('IC01', parts)]);
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ code: 'IC01', dimension: 'sex' });
        expect(issues[0]?.message).toContain('non renseigné');
      }),
    );
  });

  it('a sub-population never exceeds its parent (IC02 ≤ IC01), at the boundary and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (parent, child) => {
        const issues = check([total('IC01', parent), total('IC02', child)]);
        expect(issues.length === 0).toBe(child <= parent);
        if (child > parent) expect(issues[0]?.message).toMatch(/IC02 \(.*\) dépasse IC01/u);
      }),
    );
  });

  it('exits of one exclusive group together never exceed the participants who left (IC11+IC12+IC13+IC17 ≤ IC10)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), (left, exits) => {
        const [a = 0, b = 0, c = 0, d = 0] = exits;
        fc.pre(Math.max(a, b, c, d) <= left);
        const issues = check([total('IC01', 1000), total('IC10', left), total('IC11', a), total('IC12', b), total('IC13', c), total('IC17', d)]);
        const over = a + b + c + d > left;
        expect(issues.length).toBe(over ? 1 : 0);
        if (over) expect(issues[0]?.message).toContain('une personne n’a qu’une sortie');
      }),
    );
  });

  it('a rate or a derived indicator given a value is refused: rates are computed', () => {
    for (const code of ['IC09', 'IC14']) {
      const issues = check([total(code, 0.5)]);
      expect(issues).toEqual([{ code, dimension: 'total', category: '', message: `${code} : les taux sont calculés, ne les saisissez pas` }]);
    }
  });

  it('persons and sessions are whole numbers, hours may carry decimals; negatives and non-finite values are refused', () => {
    expect(check([total('IC01', 2.5)])[0]?.message).toContain('nombre entier');
    expect(check([total('IC07', 1.5)])[0]?.message).toContain('nombre entier');
    expect(check([total('IC08', 12.5)])).toEqual([]);
    expect(check([total('IC08', -1)])[0]?.message).toContain('négative');
    expect(check([total('IC08', Number.NaN)])[0]?.message).toContain('nombre est attendu');
    expect(check([total('IC08', Number.POSITIVE_INFINITY)])[0]?.message).toContain('nombre est attendu');
  });

  it('only the breakdowns a definition accepts, and only their categories (territories given, plus nr)', () => {
    expect(check([total('IC07', 3), { code: 'IC07', dimension: 'sex', category: 'F', value: 3 }])[0]?.message).toContain('n’est pas prévue');
    expect(check([total('IC02', 3), { code: 'IC02', dimension: 'sex', category: 'X', value: 3 }])[0]?.message).toContain('catégorie « X » inconnue');
    const territory = (category: string) => [total('IC01', 3), { code: 'IC01', dimension: 'territory' as const, category, value: 3 }];
    expect(check(territory('le-blosne'))).toEqual([]);
    expect(check(territory('nr'))).toEqual([]);
    expect(check(territory('villejean'))[0]?.message).toContain('inconnue');
  });

  it('a breakdown without its total, an unknown code, a figure given twice are refused', () => {
    expect(check(sexCells('IC01', [1, 2, 0]))[0]?.message).toContain('sans le total');
    expect(check([total('XX99', 1)])[0]?.message).toContain('inconnu');
    expect(check([total('IC07', 1), total('IC07', 1)])[0]?.message).toContain('deux fois');
    expect(check([total('IC02', 1)])[0]?.message).toContain('renseignez aussi IC01');
  });
});

describe('financial gap', () => {
  it('is actual minus forecast, in cents and in percent of the forecast; no percent on nothing forecast', () => {
    expect(financialGap(100_000, 90_000)).toEqual({ gapCents: -10_000, gapPercent: -10 });
    expect(financialGap(0, 5_000)).toEqual({ gapCents: 5_000, gapPercent: null });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 1e10 }), (planned, actual) => {
        const gap = financialGap(planned, actual);
        expect(gap.gapCents + planned).toBe(actual);
        const exact = ((actual - planned) / planned) * 100;
        // Rounded to one decimal: within half a tenth, give or take the float error of a huge ratio.
        if (planned > 0) expect(Math.abs((gap.gapPercent ?? 0) - exact)).toBeLessThanOrEqual(0.05 + 1e-9 * Math.abs(exact));
      }),
    );
  });
});
