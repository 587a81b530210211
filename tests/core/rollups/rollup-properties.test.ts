// Properties of roll-ups on a real database, with random bilans: a rate is Σ numerators / Σ denominators
// of the counted bilans however they are split across conventions and years; the totals by lever, by
// (primary) objective, by provider and by year are each the sum over the validated bilans.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollup } from '../../../db/queries/rollup-queries.ts';
import { openTestService } from '../../support/test-app.ts';
import { buildRollupBase, copyOfBase, insertBilan, type RollupBase } from '../../support/validated-bilans.ts';

let shared: RollupBase;
beforeAll(async () => {
  shared = await buildRollupBase();
}, 60_000);
afterAll(() => shared.remove());

const YEARS = [2018, 2019, 2020, 2021, 2022];
const STATUSES = ['valide', 'valide', 'valide', 'recu', 'rejete'] as const;

/** Up to 14 bilans on distinct (convention, year) slots, each with an exit count out of its exits. */
const bilansArbitrary = fc.uniqueArray(
  fc.record({
    slot: fc.integer({ min: 0, max: 4 * YEARS.length - 1 }),
    exits: fc.integer({ min: 0, max: 500 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    status: fc.constantFrom(...STATUSES),
  }),
  { selector: (bilan) => bilan.slot, minLength: 1, maxLength: 14 },
);

function sumOf(rows: { value: number | null }[]): number {
  return rows.reduce((total, row) => total + (row.value ?? 0), 0);
}

describe('rollup properties', () => {
  it('rolls a rate up as Σ numerators / Σ denominators of the validated bilans, whatever their split', async () => {
    const app = openTestService({ file: copyOfBase(shared) });
    const { db, sqlite } = app.database;
    await fc.assert(
      fc.property(bilansArbitrary, (bilans) => {
        sqlite.exec('delete from bilans');
        let numerator = 0;
        let denominator = 0;
        for (const bilan of bilans) {
          const convention = shared.conventions[bilan.slot % 4]!;
          const year = YEARS[Math.floor(bilan.slot / 4)]!;
          const employed = Math.floor(bilan.exits * bilan.share);
          insertBilan(sqlite, { conventionId: convention.id, year, status: bilan.status, figures: [{ code: 'IC10', value: bilan.exits }, { code: 'IC12', value: employed }, { code: 'IC08', value: employed }, { code: 'IC16', value: bilan.exits }] });
          if (bilan.status === 'valide') {
            numerator += employed;
            denominator += bilan.exits;
          }
        }
        const all = rollup(db, { by: 'provider' });
        const exits = all.filter((row) => row.code === 'IC12');
        expect(exits.reduce((total, row) => total + (row.numerator ?? 0), 0)).toBe(numerator);
        expect(exits.reduce((total, row) => total + (row.denominator ?? 0), 0)).toBe(denominator);
        // Rolled up once more by year over the whole history: one ratio of the same sums, never a mean of rates.
        const attendance = rollup(db, { by: 'lever', code: 'IC09' });
        const num = attendance.reduce((total, row) => total + (row.numerator ?? 0), 0);
        const den = attendance.reduce((total, row) => total + (row.denominator ?? 0), 0);
        expect([num, den]).toEqual([numerator, denominator]);
        for (const row of attendance) {
          if (row.denominator && row.denominator > 0) expect(row.value).toBeCloseTo(((row.numerator ?? 0) / row.denominator) * 100, 9);
          else expect(row.value).toBeNull();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same total by lever, by primary objective, by provider, by year and over the bilans', async () => {
    const app = openTestService({ file: copyOfBase(shared) });
    const { db, sqlite } = app.database;
    await fc.assert(
      fc.property(bilansArbitrary, fc.constantFrom(undefined, 2018, 2020), (bilans, year) => {
        sqlite.exec('delete from bilans');
        let expected = 0;
        for (const bilan of bilans) {
          const convention = shared.conventions[bilan.slot % 4]!;
          const bilanYear = YEARS[Math.floor(bilan.slot / 4)]!;
          insertBilan(sqlite, { conventionId: convention.id, year: bilanYear, status: bilan.status, figures: [{ code: 'IC01', value: bilan.exits }] });
          if (bilan.status === 'valide' && (year === undefined || year === bilanYear)) expected += bilan.exits;
        }
        const query = { code: 'IC01', ...(year === undefined ? {} : { year }) };
        const byLever = sumOf(rollup(db, { ...query, by: 'lever' }));
        const byObjective = sumOf(rollup(db, { ...query, by: 'objective' }));
        expect(byLever).toBe(expected);
        expect(byObjective).toBe(expected);
        expect(sumOf(rollup(db, { ...query, by: 'provider' }))).toBe(expected);
        expect(sumOf(rollup(db, { ...query, by: 'year' }))).toBe(expected);
        // The first convention's secondary objective is reported apart, never added to the primary total.
        const secondary = rollup(db, { ...query, by: 'objective', secondary: true });
        expect(secondary.every((row) => row.key.startsWith('2.'))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
