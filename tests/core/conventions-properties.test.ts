// The numeric rules of conventions, property-tested on the pure domain: the schedule always falls
// exactly on the amount, an avenant's new lines again make the new amount of each year, and the
// 23 000 € rule sums what a provider receives per calendar year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/domain/app-error.ts';
import { CONVENTION_THRESHOLD_CENTS, isConventionMandatory, yearlyTotals, type YearAmount } from '../../core/domain/conventions/payment-rules.ts';
import { defaultSchedule, defaultYearLines, scheduleProblems } from '../../core/domain/conventions/schedule.ts';
import { formatEuros } from '../../core/domain/money.ts';
import { reviseSchedule } from '../../core/service/conventions/avenant-handlers.ts';

/** Any amount the API accepts (integer cents, up to the largest safe integer). */
const anyCents = fc.oneof(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const anyBp = fc.integer({ min: 0, max: 10_000 });
const year = fc.integer({ min: 2000, max: 2100 });
const NBSP = '\u00a0';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('the default schedule', () => {
  it('sums to the amount to the cent, each line ≥ 0, whatever the amount and the advance percentage', () => {
    fc.assert(
      fc.property(year, anyCents, anyBp, fc.boolean(), (y, amount, bp, isFirstYear) => {
        const lines = defaultYearLines(y, amount, bp, isFirstYear);
        expect(sum(lines.map((line) => line.plannedCents))).toBe(amount);
        for (const line of lines) {
          expect(Number.isSafeInteger(line.plannedCents)).toBe(true);
          expect(line.plannedCents).toBeGreaterThanOrEqual(0);
          expect(line.year).toBe(y);
        }
        // The remainder goes to the balance: the balance is the last line, and there is one at most of each kind.
        expect(lines.filter((line) => line.kind === 'solde').length).toBeLessThanOrEqual(1);
        expect(lines.filter((line) => line.kind === 'avance').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds the advance to the nearest cent (half up) and leaves the remainder to the balance', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 10_000_000_00 }), anyBp, (y, amount, bp) => {
        const advance = defaultYearLines(y, amount, bp, true).find((line) => line.kind === 'avance')?.plannedCents ?? 0;
        // Written out with BigInt, not with the domain's arithmetic: round(amount × bp / 10 000), halves up.
        const expected = Number((BigInt(amount) * BigInt(bp) * 2n + 10_000n) / 20_000n);
        expect(advance).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 8 641,97 € + 3 703,70 € for 70/30 of 12 345,67 €', () => {
    const lines = defaultYearLines(2018, 1_234_567, 7000, true);
    expect(lines.map((line) => [line.kind, line.plannedCents, line.trigger])).toEqual([
      ['avance', 864_197, 'signature'],
      ['solde', 370_370, 'bilan'],
    ]);
    expect(lines.map((line) => formatEuros(line.plannedCents))).toEqual([`8${NBSP}641,97${NBSP}€`, `3${NBSP}703,70${NBSP}€`]);
  });

  it('of a multi-year convention: every year sums to its own amount, the first advance at signature, the next ones on 1 January', () => {
    const years = fc.uniqueArray(fc.record({ year, amountCents: anyCents }), { minLength: 1, maxLength: 4, selector: (entry) => entry.year });
    fc.assert(
      fc.property(years, anyBp, (entries, bp) => {
        const lines = defaultSchedule(entries, bp);
        expect(scheduleProblems(entries, lines)).toEqual([]);
        for (const entry of entries) expect(sum(lines.filter((line) => line.year === entry.year).map((line) => line.plannedCents))).toBe(entry.amountCents);
        const first = Math.min(...entries.map((entry) => entry.year));
        for (const line of lines.filter((candidate) => candidate.kind === 'avance')) {
          expect(line.trigger).toBe(line.year === first ? 'signature' : 'date');
          if (line.year !== first) expect(line.plannedOn).toBe(`${line.year}-01-01`);
        }
        expect(lines.every((line) => line.plannedCents >= 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

type Line = { id: number; year: number; plannedCents: number; paidCents: number; orderedCents: number; supersededBy: number | null };

/**
 * A convention in force: the default schedule of random years, some lines partly or wholly paid or
 * ordered, possibly an earlier avenant's superseded line; and the new yearly amounts an avenant asks.
 */
const amendment = fc
  .record({
    years: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2017, max: 2022 }), amountCents: fc.integer({ min: 0, max: 20_000_000 }) }), {
      minLength: 1,
      maxLength: 4,
      selector: (entry) => entry.year,
    }),
    bp: anyBp,
    engagement: fc.array(fc.record({ paidShare: fc.integer({ min: 0, max: 100 }), orderedShare: fc.integer({ min: 0, max: 100 }) }), { minLength: 8, maxLength: 8 }),
    superseded: fc.boolean(),
    newAmounts: fc.array(fc.option(fc.integer({ min: 0, max: 25_000_000 }), { nil: undefined }), { minLength: 5, maxLength: 5 }),
    extraYear: fc.option(fc.integer({ min: 2017, max: 2023 }), { nil: undefined }),
  })
  .map(({ years, bp, engagement, superseded, newAmounts, extraYear }) => {
    const lines: Line[] = defaultSchedule(years, bp).map((line, index) => {
      const { paidShare, orderedShare } = engagement[index] ?? { paidShare: 0, orderedShare: 0 };
      // Most lines untouched, some paid or ordered in part or in whole, never above the line.
      const paid = paidShare > 60 ? Math.floor((line.plannedCents * (paidShare - 60)) / 40) : 0;
      const ordered = orderedShare > 80 ? Math.floor(((line.plannedCents - paid) * (orderedShare - 80)) / 20) : 0;
      return { id: index + 1, year: line.year, plannedCents: line.plannedCents, paidCents: paid, orderedCents: ordered, supersededBy: null };
    });
    // A line an earlier avenant replaced: it must stay out of every computation.
    if (superseded) lines.push({ id: 99, year: years[0]?.year ?? 2018, plannedCents: 123_456, paidCents: 0, orderedCents: 0, supersededBy: 1 });
    const after = years.map((entry, index) => ({ year: entry.year, amountCents: newAmounts[index] ?? entry.amountCents }));
    if (extraYear !== undefined && !after.some((entry) => entry.year === extraYear)) after.push({ year: extraYear, amountCents: newAmounts[4] ?? 0 });
    return { lines, before: years, after, bp };
  });

describe('an avenant’s schedule (reviseSchedule)', () => {
  it('makes the new amount of every year to the cent, keeps every line with money on it, or refuses when a year falls below what is engaged', () => {
    fc.assert(
      fc.property(amendment, ({ lines, before, after, bp }) => {
        const current = lines.filter((line) => line.supersededBy === null);
        const engagedOf = (y: number) => current.filter((line) => line.year === y && line.paidCents + line.orderedCents > 0);
        const wasOf = (y: number) => before.find((entry) => entry.year === y)?.amountCents ?? 0;
        const willOf = (y: number) => after.find((entry) => entry.year === y)?.amountCents ?? 0;
        const changed = [...new Set([...before, ...after].map((entry) => entry.year))].filter((y) => wasOf(y) !== willOf(y));
        const tooLow = changed.filter((y) => willOf(y) < sum(engagedOf(y).map((line) => line.plannedCents)));
        let revision: ReturnType<typeof reviseSchedule>;
        try {
          revision = reviseSchedule(lines, before, after, bp);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).message).toMatch(/inférieur aux échéances déjà versées ou mandatées/u);
          expect(tooLow.length).toBeGreaterThan(0);
          return;
        }
        expect(tooLow).toEqual([]);
        const superseded = new Set(revision.supersede);
        // Never a line with money on it, never a line already superseded, never a line of a year that does not change.
        for (const line of lines.filter((candidate) => superseded.has(candidate.id))) {
          expect(line.paidCents + line.orderedCents).toBe(0);
          expect(line.supersededBy).toBeNull();
          expect(changed).toContain(line.year);
        }
        const remaining = current.filter((line) => !superseded.has(line.id));
        for (const y of new Set([...before, ...after].map((entry) => entry.year))) {
          const total = sum(remaining.filter((line) => line.year === y).map((line) => line.plannedCents)) + sum(revision.add.filter((line) => line.year === y).map((line) => line.plannedCents));
          expect(total, `année ${y}`).toBe(willOf(y));
        }
        expect(revision.add.every((line) => Number.isSafeInteger(line.plannedCents) && line.plannedCents >= 0)).toBe(true);
        expect(revision.add.every((line) => after.some((entry) => entry.year === line.year))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('changes nothing when no year’s amount changes', () => {
    fc.assert(
      fc.property(amendment, ({ lines, before, bp }) => {
        expect(reviseSchedule(lines, before, before, bp)).toEqual({ supersede: [], add: [] });
      }),
    );
  });
});

describe('the 23 000 € rule', () => {
  const received = fc.array(
    fc.record({ providerId: fc.integer({ min: 1, max: 6 }), year: fc.integer({ min: 2017, max: 2020 }), amountCents: fc.integer({ min: 0, max: 3_000_000 }) }),
    { maxLength: 60 },
  );

  it('sums what each provider receives per calendar year, as a sum written independently', () => {
    fc.assert(
      fc.property(received, (amounts: YearAmount[]) => {
        const totals = yearlyTotals(amounts);
        const pairs = new Set(amounts.map((entry) => `${entry.providerId}:${entry.year}`));
        expect(new Set(totals.keys())).toEqual(pairs);
        for (const pair of pairs) {
          const [providerId, y] = pair.split(':').map(Number);
          const expected = amounts.filter((entry) => entry.providerId === providerId && entry.year === y).reduce((total, entry) => total + entry.amountCents, 0);
          expect(totals.get(pair)).toBe(expected);
        }
        // The order the conventions come in changes nothing.
        expect(yearlyTotals([...amounts].reverse())).toEqual(totals);
      }),
    );
  });

  it('makes a convention mandatory strictly above 23 000 €: 23 000,00 € is not, 23 000,01 € is', () => {
    expect(CONVENTION_THRESHOLD_CENTS).toBe(2_300_000);
    expect(isConventionMandatory(2_300_000)).toBe(false);
    expect(isConventionMandatory(2_300_001)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (total) => {
        expect(isConventionMandatory(total)).toBe(total > 2_300_000);
      }),
    );
  });

  it('two conventions of one provider under 23 000 € each are mandatory once their year’s sum crosses it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_300_000 }), fc.integer({ min: 1, max: 2_300_000 }), (a, b) => {
        const totals = yearlyTotals([
          { providerId: 1, year: 2018, amountCents: a },
          { providerId: 1, year: 2018, amountCents: b },
          { providerId: 1, year: 2019, amountCents: b },
        ]);
        expect(isConventionMandatory(totals.get('1:2018') ?? 0)).toBe(a + b > 2_300_000);
        expect(isConventionMandatory(totals.get('1:2019') ?? 0)).toBe(false);
      }),
    );
  });
});
