// The bilans list: counts and totals computed in SQL over every row (never from a page) agree with a
// count made here over all rows, whatever the conventions, years, bilan rows and day; a convention year
// with no bilan row is listed as expected, with the default due date; pages cut the same ordered list.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { countBilansByStatus } from '../../../db/queries/bilan-read.ts';
import { defaultBilanDueOn } from '../../../core/domain/indicators/bilan-dates.ts';
import type { BilanListRow } from '../../../core/service/api.ts';
import { clock, prepareBase, signedApp } from './lifecycle-fixtures.ts';

beforeAll(prepareBase);

const CONVENTION_STATUSES = ['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee', 'abandonnee'] as const;
const OWING = new Set(['signee', 'en_cours', 'soldee', 'cloturee']);
const BILAN_STATUSES = ['attendu', 'recu', 'incomplet', 'valide', 'rejete', 'dispense'] as const;
const YEARS = [2017, 2018, 2019, 2020];

type World = {
  conventions: { status: (typeof CONVENTION_STATUSES)[number]; years: number[] }[];
  bilans: { convention: number; year: number; status: (typeof BILAN_STATUSES)[number]; dueOn: string }[];
  today: string;
};

const isoDay = fc.date({ min: new Date('2017-06-01'), max: new Date('2022-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const world: fc.Arbitrary<World> = fc.record({
  conventions: fc.array(fc.record({ status: fc.constantFrom(...CONVENTION_STATUSES), years: fc.subarray(YEARS) }), { minLength: 4, maxLength: 4 }),
  bilans: fc.uniqueArray(fc.record({ convention: fc.nat(3), year: fc.constantFrom(...YEARS), status: fc.constantFrom(...BILAN_STATUSES), dueOn: isoDay }), {
    maxLength: 10,
    selector: (bilan) => `${bilan.convention}:${bilan.year}`,
  }),
  today: isoDay,
});

type Expected = { conventionId: number; year: number; status: string; dueOn: string; late: boolean };

/** Every bilan, real or expected, counted the slow way. */
function universe(value: World, ids: number[]): Expected[] {
  const late = (status: string, dueOn: string) => (status === 'attendu' || status === 'incomplet') && dueOn < value.today;
  const rows: Expected[] = value.bilans.map((bilan) => ({ conventionId: ids[bilan.convention] ?? 0, year: bilan.year, status: bilan.status, dueOn: bilan.dueOn, late: late(bilan.status, bilan.dueOn) }));
  value.conventions.forEach((convention, index) => {
    if (!OWING.has(convention.status)) return;
    for (const year of convention.years) {
      if (value.bilans.some((bilan) => bilan.convention === index && bilan.year === year)) continue;
      rows.push({ conventionId: ids[index] ?? 0, year, status: 'attendu', dueOn: defaultBilanDueOn(year), late: late('attendu', defaultBilanDueOn(year)) });
    }
  });
  return rows;
}

function countsOf(rows: Expected[]) {
  const counts: Record<string, number> = { attendu: 0, recu: 0, incomplet: 0, valide: 0, rejete: 0, dispense: 0, late: 0, total: rows.length };
  for (const row of rows) {
    counts[row.status] = (counts[row.status] ?? 0) + 1;
    if (row.late) counts.late = (counts.late ?? 0) + 1;
  }
  return counts;
}

const keyOf = (row: { conventionId: number; year: number }) => `${row.conventionId}:${row.year}`;

describe('the bilans list', () => {
  it('counts per status and in total over all rows, in SQL, as a count over every bilan does; pages cut the ordered list', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    const { sqlite } = app.database;
    const ids = [app.conventionId, ...app.otherIds];
    const setStatus = sqlite.prepare('update conventions set status = ? where id = ?');
    const addYear = sqlite.prepare('insert into convention_years (convention_id, year, amount_cents) values (?, ?, 100000)');
    const addBilan = sqlite.prepare("insert into bilans (convention_id, year, status, due_on, created_at, created_by, updated_at) values (?, ?, ?, ?, 'x', 'x', 'x')");
    await fc.assert(
      fc.asyncProperty(world, fc.constantFrom(undefined, ...YEARS), fc.option(fc.constantFrom(...BILAN_STATUSES), { nil: undefined }), fc.boolean(), fc.integer({ min: 1, max: 4 }), async (value, year, status, lateOnly, limit) => {
        sqlite.transaction(() => {
          sqlite.prepare('delete from bilans').run();
          sqlite.prepare('delete from convention_years').run();
          value.conventions.forEach((convention, index) => {
            setStatus.run(convention.status, ids[index]);
            for (const y of convention.years) addYear.run(ids[index], y);
          });
          for (const bilan of value.bilans) addBilan.run(ids[bilan.convention], bilan.year, bilan.status, bilan.dueOn);
        })();
        time.at(`${value.today}T12:00:00.000Z`);
        const all = universe(value, ids);
        for (const y of YEARS) expect(countBilansByStatus(app.service.context.db, y, value.today)).toEqual(countsOf(all.filter((row) => row.year === y)));

        const scoped = all.filter((row) => year === undefined || row.year === year);
        const matching = scoped.filter((row) => (status === undefined || row.status === status) && (!lateOnly || row.late));
        const pages: BilanListRow[] = [];
        for (let offset = 0; offset < matching.length + limit; offset += limit) {
          const page = await app.service.invoke('bilans.list', { year, status, lateOnly, limit, offset });
          expect(page.total).toBe(matching.length);
          expect(page.counts).toEqual(countsOf(scoped));
          pages.push(...page.rows);
        }
        expect(pages.map(keyOf).sort()).toEqual(matching.map(keyOf).sort());
        expect(pages.map((row) => row.dueOn)).toEqual([...pages.map((row) => row.dueOn)].sort());
        for (const row of pages) {
          const expected = matching.find((candidate) => keyOf(candidate) === keyOf(row));
          expect([row.status, row.dueOn, row.late, row.id === null]).toEqual([expected?.status, expected?.dueOn, expected?.late, !value.bilans.some((bilan) => keyOf({ conventionId: ids[bilan.convention] ?? 0, year: bilan.year }) === keyOf(row))]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('lists a signed convention year with no bilan row as expected, due on 30 June of the next year, with its convention and action', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-07-01T09:00:00.000Z');
    const list = await app.service.invoke('bilans.list', { year: 2018 });
    expect(list.rows).toEqual([
      {
        id: null,
        conventionId: app.conventionId,
        conventionNumber: expect.stringMatching(/^CONV-2018-/u),
        providerName: 'Mobiliclés',
        actionTitle: 'Vélo-école pour l’emploi',
        year: 2018,
        status: 'attendu',
        dueOn: defaultBilanDueOn(2018),
        receivedOn: null,
        decidedOn: null,
        late: true,
        isDemo: false,
      },
    ]);
    expect(list.counts).toMatchObject({ attendu: 1, late: 1, total: 1 });
  });
});
