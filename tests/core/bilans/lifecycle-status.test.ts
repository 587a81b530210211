// The bilan's statuses: attendu → reçu → incomplet / validé / rejeté, attendu or incomplet → dispensé;
// every other act refused in French with the base unchanged, reasons required, the history kept.
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, FRENCH, type TestService } from '../../support/test-app.ts';
import { clock, insertReceivedBilan, prepareBase, signedApp } from './lifecycle-fixtures.ts';

beforeAll(prepareBase);

const STATUSES = ['attendu', 'recu', 'incomplet', 'valide', 'rejete', 'dispense'] as const;

/** Written out here, not read from the code: which act each status allows, and where it leads. */
const ALLOWED: Record<string, Partial<Record<(typeof STATUSES)[number], string>>> = {
  'bilans.validate': { recu: 'valide' },
  'bilans.reject': { recu: 'rejete' },
  'bilans.markIncomplete': { recu: 'incomplet' },
  'bilans.dispense': { attendu: 'dispense', incomplet: 'dispense' },
};

async function refusedUnchanged(app: TestService, method: string, input: unknown): Promise<string> {
  const before = snapshotTables(app.database.sqlite);
  const error = expectFailure(await app.service.call(method, input));
  expect(error.message).toMatch(FRENCH);
  expect(snapshotTables(app.database.sqlite)).toEqual(before);
  return error.message;
}

describe('bilan status transitions', () => {
  it('allows exactly the transitions of the lifecycle, and refuses every other one with the base unchanged', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const { sqlite } = app.database;
    const bilanId = insertReceivedBilan(sqlite, app.conventionId, 2018);
    for (const method of Object.keys(ALLOWED)) {
      for (const from of STATUSES) {
        sqlite.prepare("update bilans set status = ?, status_reason = '', decided_on = null where id = ?").run(from, bilanId);
        sqlite.prepare('update convention_years set bilan_accepted_on = null').run();
        const input = method === 'bilans.dispense' ? { conventionId: app.conventionId, year: 2018, reason: 'Action arrêtée en mars.' } : method === 'bilans.validate' ? { id: bilanId } : { id: bilanId, reason: 'Il manque le compte rendu.' };
        const to = ALLOWED[method]?.[from];
        if (to === undefined) {
          await refusedUnchanged(app, method, input);
          continue;
        }
        const detail = await app.service.invoke(method as 'bilans.reject', input as { id: number; reason: string });
        expect([method, from, detail.status]).toEqual([method, from, to]);
        expect(detail.decidedBy).toBe('Marie Le Gall');
        expect(detail.decidedOn).toBe('2019-03-01');
      }
    }
  });

  it('requires a reason to reject, find incomplete or dispense, and keeps it on the bilan and in the history', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const bilanId = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018);
    expect(await refusedUnchanged(app, 'bilans.reject', { id: bilanId, reason: '   ' })).toContain('motif');
    expect(await refusedUnchanged(app, 'bilans.markIncomplete', { id: bilanId, reason: '' })).toContain('manque');
    expect(await refusedUnchanged(app, 'bilans.dispense', { conventionId: app.conventionId, year: 2018, reason: '' })).toContain('motif');
    const incomplete = await app.service.invoke('bilans.markIncomplete', { id: bilanId, reason: 'La répartition par âge manque.' });
    expect(incomplete).toMatchObject({ status: 'incomplet', statusReason: 'La répartition par âge manque.', allowedActs: ['dispense'] });
    const dispensed = await app.service.invoke('bilans.dispense', { conventionId: app.conventionId, year: 2018, reason: 'Action interrompue, convention résiliée.' });
    expect(dispensed.status).toBe('dispense');
    expect(dispensed.history.map((entry) => [entry.summary, entry.reason])).toEqual([
      ['Bilan 2018 incomplet : demandé à nouveau au porteur.', 'La répartition par âge manque.'],
      ['Bilan 2018 dispensé.', 'Action interrompue, convention résiliée.'],
    ]);
    // A dispensed bilan releases no balance: its solde stays behind its trigger.
    expect(dispensed.bilanAcceptedOn).toBeNull();
  });

  it('dispenses an expected bilan that has no row yet, creating it with its default due date', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-09-01T09:00:00.000Z');
    const expected = await app.service.invoke('bilans.get', { conventionId: app.conventionId, year: 2018 });
    expect(expected).toMatchObject({ id: null, status: 'attendu', dueOn: '2019-06-30', late: true, allowedActs: ['dispense'] });
    expect(await refusedUnchanged(app, 'bilans.validate', { id: 999 })).toContain('introuvable');
    const dispensed = await app.service.invoke('bilans.dispense', { conventionId: app.conventionId, year: 2018, reason: 'Année blanche.' });
    expect(dispensed.id).toEqual(expect.any(Number));
    expect(dispensed).toMatchObject({ status: 'dispense', dueOn: '2019-06-30', late: false });
    const audit = await app.service.invoke('audit.list', { filters: { action: 'bilans.dispense' } });
    expect(JSON.stringify(audit)).toContain('Année blanche.');
  });

  it('refuses to validate a received bilan without figures or without a financial report, and a convention year it does not cover', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const noLines = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018, { financialLines: false });
    expect(await refusedUnchanged(app, 'bilans.validate', { id: noLines })).toContain('compte rendu financier');
    app.database.sqlite.prepare('delete from bilans where id = ?').run(noLines);
    const noValues = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018, { values: false });
    expect(await refusedUnchanged(app, 'bilans.validate', { id: noValues })).toContain('indicateurs');
    expect(await refusedUnchanged(app, 'bilans.validate', { id: noValues, decidedOn: '2019-01-15' })).toMatch(/compte rendu|indicateurs|précéder/u);
    expect(await refusedUnchanged(app, 'bilans.dispense', { conventionId: app.conventionId, year: 2021, reason: 'x' })).toContain('ne couvre pas');
  });

  it('keeps the appraisal on a validated bilan, and an unchanged appraisal writes nothing', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const bilanId = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018);
    await app.service.invoke('bilans.validate', { id: bilanId });
    const appraised = await app.service.invoke('bilans.setAppraisal', { id: bilanId, appraisal: 'Action bien conduite ; public féminin bien atteint.' });
    expect(appraised).toMatchObject({ status: 'valide', appraisal: 'Action bien conduite ; public féminin bien atteint.' });
    const before = snapshotTables(app.database.sqlite);
    await app.service.invoke('bilans.setAppraisal', { id: bilanId, appraisal: 'Action bien conduite ; public féminin bien atteint.' });
    expect(snapshotTables(app.database.sqlite)).toEqual(before);
  });
});
