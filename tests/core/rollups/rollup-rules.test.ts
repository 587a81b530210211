// The roll-up rules on a real database: rates are ratios of sums (the 91/102 example), only validated
// bilans count unless received ones are asked for, derived codes sum their components, targets add up,
// secondary objectives stay apart, territories carry the QPV flag of the year, figures open on their bilans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRate } from '../../../core/domain/indicators/rollup.ts';
import { rollup } from '../../../db/queries/rollup-queries.ts';
import { rollupCosts, rollupDrill } from '../../../db/queries/rollup-drill.ts';
import { openTestService } from '../../support/test-app.ts';
import { buildRollupBase, copyOfBase, insertBilan, insertTarget, type RollupBase } from '../../support/validated-bilans.ts';

let shared: RollupBase;
beforeAll(async () => {
  shared = await buildRollupBase();
}, 60_000);
afterAll(() => shared.remove());

/** This test's own copy of the four conventions' base. */
async function base() {
  const app = openTestService({ file: copyOfBase(shared), now: () => new Date('2026-03-01T09:00:00.000Z') });
  return { app, db: app.database.db, sqlite: app.database.sqlite, conventions: shared.conventions };
}

describe('rollup', () => {
  it('rolls rates up as Σ numerators / Σ denominators: 1/2 and 90/100 give 91/102 = 89,2 %', async () => {
    const { db, sqlite, conventions } = await base();
    const [a, b] = conventions;
    insertBilan(sqlite, { conventionId: a!.id, year: 2018, figures: [{ code: 'IC10', value: 2 }, { code: 'IC12', value: 1 }, { code: 'IC08', value: 1 }, { code: 'IC16', value: 2 }] });
    insertBilan(sqlite, { conventionId: b!.id, year: 2018, figures: [{ code: 'IC10', value: 100 }, { code: 'IC12', value: 90 }, { code: 'IC08', value: 90 }, { code: 'IC16', value: 100 }] });
    const byYear = rollup(db, { by: 'year', year: 2018 });
    const exits = byYear.find((row) => row.code === 'IC12');
    expect(exits).toMatchObject({ key: '2018', value: 91, numerator: 91, denominator: 102, bilans: 2, participations: 91 });
    expect(formatRate(exits!.numerator, exits!.denominator)).toBe('89,2\u00a0% (91 / 102)');
    const attendance = byYear.find((row) => row.code === 'IC09');
    expect(attendance?.numerator).toBe(91);
    expect(attendance?.denominator).toBe(102);
    expect(attendance?.value).toBeCloseTo((91 / 102) * 100, 10);
    expect(attendance?.participations).toBeNull();
    // The mean of the two rates (50 % and 90 %) would be 70 %: never that.
    expect(attendance?.value).not.toBeCloseTo(70, 1);
  });

  it('leaves out a bilan that is not validated, unless received ones are included', async () => {
    const { db, sqlite, conventions } = await base();
    insertBilan(sqlite, { conventionId: conventions[0]!.id, year: 2018, figures: [{ code: 'IC01', value: 10 }] });
    insertBilan(sqlite, { conventionId: conventions[1]!.id, year: 2018, status: 'recu', figures: [{ code: 'IC01', value: 5 }] });
    insertBilan(sqlite, { conventionId: conventions[2]!.id, year: 2018, status: 'rejete', figures: [{ code: 'IC01', value: 7 }] });
    insertBilan(sqlite, { conventionId: conventions[3]!.id, year: 2018, status: 'incomplet', figures: [{ code: 'IC01', value: 3 }] });
    expect(rollup(db, { by: 'year', code: 'IC01' })).toEqual([expect.objectContaining({ key: '2018', value: 10, bilans: 1 })]);
    expect(rollup(db, { by: 'year', code: 'IC01', includeReceived: true })).toEqual([expect.objectContaining({ key: '2018', value: 15, bilans: 2 })]);
  });

  it('sums a derived code from its components, sums targets of the same conventions and year', async () => {
    const { db, sqlite, conventions } = await base();
    const [a, b] = conventions;
    insertBilan(sqlite, { conventionId: a!.id, year: 2019, figures: [{ code: 'IC10', value: 20 }, { code: 'IC12', value: 5 }, { code: 'IC13', value: 3 }, { code: 'IC17', value: 1 }, { code: 'IC01', value: 30 }] });
    insertBilan(sqlite, { conventionId: b!.id, year: 2019, figures: [{ code: 'IC10', value: 10 }, { code: 'IC12', value: 2 }, { code: 'IC01', value: 12 }] });
    insertTarget(sqlite, a!.id, 2019, 'IC01', 25);
    insertTarget(sqlite, b!.id, 2019, 'IC01', 15);
    insertTarget(sqlite, b!.id, 2020, 'IC01', 99);
    const rows = rollup(db, { by: 'year', year: 2019 });
    expect(rows.find((row) => row.code === 'IC14')).toMatchObject({ value: 11, numerator: 11, denominator: 30 });
    expect(rows.find((row) => row.code === 'IC01')).toMatchObject({ value: 42, target: 40, numerator: null, denominator: null, participations: 42 });
  });

  it('rolls up by lever and objective through the primary objective; secondary objectives apart', async () => {
    const { db, sqlite, conventions } = await base();
    conventions.forEach((convention, index) => insertBilan(sqlite, { conventionId: convention.id, year: 2018, figures: [{ code: 'IC01', value: 10 * (index + 1) }] }));
    const byLever = rollup(db, { by: 'lever', year: 2018, code: 'IC01' });
    expect(byLever.map((row) => [row.key, row.value])).toEqual([['1', 30], ['3', 40], ['6', 30]]);
    expect(byLever[0]?.label).toMatch(/^Levier 1 — /);
    const primary = rollup(db, { by: 'objective', year: 2018, code: 'IC01' });
    expect(primary.reduce((sum, row) => sum + (row.value ?? 0), 0)).toBe(100);
    const secondary = rollup(db, { by: 'objective', year: 2018, code: 'IC01', secondary: true });
    expect(secondary).toEqual([expect.objectContaining({ value: 10, bilans: 1 })]);
    expect(secondary[0]?.key.startsWith('2.')).toBe(true);
  });

  it('flags a territory QPV with the flag valid on the year’s 31 December', async () => {
    const { db, sqlite, conventions } = await base();
    const territory = sqlite.prepare('select id, code from territories order by position limit 1').get() as { id: number; code: string };
    sqlite.prepare("insert into territory_flags (territory_id, flag, valid_from, valid_to) values (?, 'qpv', '2015-01-01', '2023-12-31')").run(territory.id);
    for (const year of [2023, 2024]) {
      insertBilan(sqlite, { conventionId: conventions[0]!.id, year, figures: [{ code: 'IC01', value: 9 }, { code: 'IC01', dimension: 'territory', category: territory.code, value: 4 }, { code: 'IC01', dimension: 'territory', category: 'nr', value: 5 }] });
    }
    const in2023 = rollup(db, { by: 'territory', year: 2023, code: 'IC01' });
    expect(in2023.find((row) => row.key === territory.code)).toMatchObject({ value: 4, qpv: true });
    expect(in2023.find((row) => row.key === territory.code)?.label).toMatch(/\(QPV\)$/);
    expect(in2023.find((row) => row.key === 'nr')).toMatchObject({ value: 5, label: 'Non renseigné', qpv: false });
    expect(rollup(db, { by: 'territory', year: 2024, code: 'IC01' }).find((row) => row.key === territory.code)).toMatchObject({ value: 4, qpv: false });
  });

  it('opens a figure on the bilans behind it, and costs a participant as paid / IC01', async () => {
    const { app, db, sqlite, conventions } = await base();
    const [a, b] = conventions;
    const first = insertBilan(sqlite, { conventionId: a!.id, year: 2018, figures: [{ code: 'IC10', value: 2 }, { code: 'IC12', value: 1 }, { code: 'IC01', value: 20 }] });
    insertBilan(sqlite, { conventionId: b!.id, year: 2018, figures: [{ code: 'IC10', value: 100 }, { code: 'IC12', value: 90 }, { code: 'IC01', value: 80 }] });
    const drill = rollupDrill(db, { by: 'lever', key: a!.leverCode, year: 2018, code: 'IC12' });
    expect(drill).toEqual([
      expect.objectContaining({ bilanId: first, conventionNumber: a!.number, providerName: a!.providerName, value: 1, numerator: 1, denominator: 2 }),
      expect.objectContaining({ conventionNumber: b!.number, value: 90, numerator: 90, denominator: 100 }),
    ]);
    await app.service.invoke('conventions.present', { id: a!.id });
    await app.service.invoke('conventions.validate', { id: a!.id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    await app.service.invoke('conventions.sign', { id: a!.id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
    await app.service.invoke('payments.record', { conventionId: a!.id, lineRank: 1, amountCents: 1_050_000, paidOn: '2018-02-20', mandateRef: 'M-42' });
    const costs = rollupCosts(db, { by: 'year', year: 2018 });
    expect(costs).toEqual([{ key: '2018', label: '2018', paidCents: 1_050_000, participants: 100, costPerParticipantCents: 10_500 }]);
  });
});
