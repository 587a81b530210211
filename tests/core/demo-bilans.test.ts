// The demo year's bilans: one at every status (reasons where a decision needs one), figures that pass the
// app's own consistency rules with breakdowns adding up, a compte rendu financier near the application's
// budget, targets on the conventions, every act in the demo's dates and under the demo's manager, and a
// dashboard and roll-ups with something to show on first start.
import { describe, expect, it } from 'vitest';
import { definitionsInForce } from '../../db/queries/indicator-catalogue.ts';
import { readBilanContent } from '../../db/queries/bilan-content.ts';
import { listTerritories } from '../../db/queries/territory-queries.ts';
import { checkBilanValues } from '../../core/domain/indicators/bilan-consistency.ts';
import { DEMO_BILAN_REASONS, DEMO_OTHER_BILANS } from '../../core/service/demo/demo-bilans.ts';
import { DEMO_ABANDON_REASON, DEMO_REVIEW_HELD_ON } from '../../core/service/demo/demo-pact-review.ts';
import { DEMO_ACTOR } from '../../core/service/demo/demo-year-plan.ts';
import { openTestService } from '../support/test-app.ts';

type BilanRow = { id: number; conventionId: number; year: number; status: string; statusReason: string; receivedOn: string | null; decidedOn: string | null; createdBy: string; decidedBy: string | null; createdAt: string; title: string; chargesCents: number; incomeCents: number };

describe('the demo year’s bilans', () => {
  it('stand at every status with figures the app accepts, and feed the dashboard and the roll-ups', { timeout: 180_000 }, async () => {
    // A clock far from the demo's years: the bilans awaited are late by then, as on any real first start.
    const { service, database } = openTestService({ now: () => new Date('2031-05-04T10:00:00.000Z') });
    await service.invoke('demo.load', {});
    const db = database.db;
    const rows = database.sqlite
      .prepare(
        `select b.id, b.convention_id as conventionId, b.year, b.status, b.status_reason as statusReason, b.received_on as receivedOn, b.decided_on as decidedOn,
           b.created_by as createdBy, b.decided_by as decidedBy, b.created_at as createdAt, a.title, a.charges_cents as chargesCents, a.income_cents as incomeCents
         from bilans b join conventions c on c.id = b.convention_id join applications a on a.id = c.application_id order by b.id`,
      )
      .all() as BilanRow[];
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['valide', 'recu', 'incomplet', 'rejete', 'dispense']));
    expect(rows.filter((row) => row.status === 'valide').length).toBeGreaterThanOrEqual(10);
    const byTitle = (title: string) => rows.find((row) => row.title === title);
    expect(byTitle(DEMO_OTHER_BILANS.received)?.status).toBe('recu');
    expect(byTitle(DEMO_OTHER_BILANS.incomplete)).toMatchObject({ status: 'incomplet', statusReason: DEMO_BILAN_REASONS.incomplete });
    expect(byTitle(DEMO_OTHER_BILANS.rejected)).toMatchObject({ status: 'rejete', statusReason: DEMO_BILAN_REASONS.rejected });
    expect(byTitle(DEMO_OTHER_BILANS.dispensed)).toMatchObject({ status: 'dispense', statusReason: DEMO_BILAN_REASONS.dispensed });

    // Attributed to the demo's manager, dated in the demo's years.
    for (const row of rows) {
      expect(row.createdBy, row.title).toBe(DEMO_ACTOR);
      if (row.decidedBy !== null) expect(row.decidedBy).toBe(DEMO_ACTOR);
      expect(row.createdAt.slice(0, 10) >= '2019-01-01' && row.createdAt.slice(0, 10) <= '2019-06-30', row.createdAt).toBe(true);
      if (row.receivedOn !== null && row.decidedOn !== null) expect(row.receivedOn <= row.decidedOn).toBe(true);
    }
    // A validated bilan released its year's balance, that same day.
    for (const row of rows.filter((candidate) => candidate.status === 'valide')) {
      const year = database.sqlite.prepare('select bilan_accepted_on as on_ from convention_years where convention_id = ? and year = ?').get(row.conventionId, row.year) as { on_: string };
      expect(year.on_).toBe(row.decidedOn);
    }

    // Every content passes the app's own checks; breakdowns add up; exits stay within exits; the CRF is near the budget.
    const definitions = definitionsInForce(db, '2018-12-31');
    const territoryCodes = listTerritories(db, true).map((territory) => territory.code);
    const received = rows.filter((row) => row.status !== 'dispense');
    expect(received.length).toBeGreaterThan(0);
    for (const row of received) {
      const content = readBilanContent(db, row.id);
      expect(checkBilanValues(definitions, content.values, territoryCodes), row.title).toEqual([]);
      const totalOf = (code: string) => content.values.find((value) => value.code === code && value.dimension === 'total')?.value ?? 0;
      for (const dimension of ['sex', 'age', 'qpv', 'rsa', 'territory'] as const) {
        const cells = content.values.filter((value) => value.code === 'IC01' && value.dimension === dimension);
        expect(cells.length, `${row.title} ${dimension}`).toBeGreaterThan(0);
        expect(cells.reduce((sum, cell) => sum + cell.value, 0)).toBe(totalOf('IC01'));
      }
      expect(totalOf('IC10')).toBeLessThanOrEqual(totalOf('IC01'));
      expect(totalOf('IC11') + totalOf('IC12') + totalOf('IC13') + totalOf('IC17')).toBeLessThanOrEqual(totalOf('IC10'));
      const side = (name: 'charge' | 'produit', pick: 'plannedCents' | 'actualCents') => content.financialLines.filter((line) => line.side === name).reduce((sum, line) => sum + line[pick], 0);
      expect(side('charge', 'plannedCents')).toBe(row.chargesCents);
      expect(side('produit', 'plannedCents')).toBe(row.incomeCents);
      expect(Math.abs(side('charge', 'actualCents') - row.chargesCents)).toBeLessThanOrEqual(row.chargesCents * 0.1);
      // Produits: near the forecast, except the CCAS's line, which is what the convention granted for the year.
      const others = content.financialLines.filter((line) => line.side === 'produit' && line.account !== '74-ccas');
      const planned = others.reduce((sum, line) => sum + line.plannedCents, 0);
      expect(Math.abs(others.reduce((sum, line) => sum + line.actualCents, 0) - planned)).toBeLessThanOrEqual(planned * 0.1);
      const granted = database.sqlite.prepare('select amount_cents as cents from convention_years where convention_id = ? and year = ?').get(row.conventionId, row.year) as { cents: number };
      expect(content.financialLines.filter((line) => line.account === '74-ccas').reduce((sum, line) => sum + line.actualCents, 0)).toBe(granted.cents);
    }

    // Targets on the conventions, and a dashboard with figures against them.
    const targets = database.sqlite.prepare("select count(*) as n from convention_indicator_targets where code = 'IC01'").get() as { n: number };
    expect(targets.n).toBeGreaterThanOrEqual(20);
    const dashboard = await service.invoke('dashboard.get', {});
    expect(dashboard.year).toBe(2018);
    expect(dashboard.bilans).toMatchObject({ recu: 1, incomplet: 1, rejete: 1, dispense: 1 });
    expect(dashboard.bilans.valide).toBe(rows.filter((row) => row.status === 'valide' && row.year === 2018).length);
    expect(dashboard.bilans.attendu).toBeGreaterThanOrEqual(1);
    expect(dashboard.bilans.late).toBe(dashboard.bilans.attendu + dashboard.bilans.incomplet);
    for (const indicator of dashboard.indicators) {
      expect(indicator.total.value, indicator.code).not.toBeNull();
      expect(indicator.total.target, indicator.code).not.toBeNull();
    }
    const rollup = await service.invoke('rollups.get', { by: 'lever', year: 2018, code: 'IC01' });
    expect(JSON.stringify(rollup)).toContain('IC01');

    // The COPIL's 2018 review of the action plan, after the bilans: actions done, under way and
    // abandoned (each with its reason), so that the dashboard's pact panel is not empty.
    const reviews = await service.invoke('pactReviews.list', {});
    expect(reviews).toEqual([expect.objectContaining({ kind: 'annuelle', year: 2018, heldOn: DEMO_REVIEW_HELD_ON, status: 'brouillon' })]);
    const review = await service.invoke('pactReviews.get', { id: reviews[0]?.id ?? 0 });
    expect(review.realisees).toBeGreaterThan(0);
    expect(review.abandonnees).toBeGreaterThan(0);
    for (const lever of review.levers) for (const abandoned of lever.abandoned) expect(abandoned.reason).toBe(DEMO_ABANDON_REASON);
    expect(dashboard.pact).not.toBeNull();
  });
});
