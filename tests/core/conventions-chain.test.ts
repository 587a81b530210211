// The whole chain on a real database file: avis → convention → CA → signature → payments → avenant →
// balance → close; and every refusal leaves the database exactly as it was, with a French reason.
import { describe, expect, it } from 'vitest';
import type { ConventionDetail } from '../../core/service/api.ts';
import { boardSession, BOARD_PLAN } from '../support/board-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService, type TestService } from '../support/test-app.ts';
import { receiveBilan } from '../support/received-bilan.ts';

let clock = new Date('2018-01-10T09:00:00.000Z');
const now = () => clock;

async function closedBoard(): Promise<TestService & { setup: Awaited<ReturnType<typeof boardSession>> }> {
  clock = new Date('2018-01-10T09:00:00.000Z');
  const app = openTestService({ now, actor: 'Marie Le Gall' });
  await app.service.invoke('settings.saveOrganisation', {
    name: 'CCAS de Rennes',
    department: '',
    address: '12 rue de l’Hôtel-Dieu',
    postalCode: '35000',
    city: 'Rennes',
    phone: '',
    email: '',
    logoDataUrl: null,
    siret: '26350001900017',
    signatories: [{ name: 'Zoé Ménard', role: 'Vice-présidente du CCAS' }],
  });
  const setup = await boardSession(app.service);
  return { ...app, setup };
}

/** A refused call: French reason, and not one row of any table changed. */
async function expectRefusedUnchanged(app: TestService, method: string, input: unknown): Promise<string> {
  const before = snapshotTables(app.database.sqlite);
  const error = expectFailure(await app.service.call(method, input));
  expect(error.message).toMatch(FRENCH);
  expect(snapshotTables(app.database.sqlite)).toEqual(before);
  return error.message;
}

describe('conventions from a closed session', () => {
  it('drafts one convention per favourable avis with an amount, conditions carried in, and a second run drafts nothing new', async () => {
    const app = await closedBoard();
    const report = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    const funded = BOARD_PLAN.filter((plan) => plan.avis === 'favorable' || plan.avis === 'favorable_sous_reserve');
    expect(report.drafted.map((row) => row.applicationTitle).sort()).toEqual(funded.map((plan) => plan.title).sort());
    expect(report.drafted.map((row) => row.number)).toEqual(['CONV-2018-001', 'CONV-2018-002', 'CONV-2018-003', 'CONV-2018-004']);
    expect(report.skipped.map((row) => row.reason)).toEqual(['Avis non favorable : pas de convention.', 'Avis non favorable : pas de convention.']);
    const scooters = report.drafted.find((row) => row.applicationTitle.includes('scooters'));
    const detail = await app.service.invoke('conventions.get', { id: scooters?.id ?? 0 });
    expect(detail.conditions).toBe('Présenter la convention avec le garage partenaire.');
    expect(detail.totalCents).toBe(900_000);
    expect(detail.schedule.map((line) => [line.kind, line.plannedCents, line.trigger])).toEqual([
      ['avance', 630_000, 'signature'],
      ['solde', 270_000, 'bilan'],
    ]);
    // Mobiliclés receives 15 000 + 9 000 = 24 000 € in 2018: a convention is mandatory for both.
    expect(detail.mandatory).toBe(true);
    expect(detail.providerYears).toEqual([{ year: 2018, totalCents: 2_400_000, conventionCount: 2, mandatory: true }]);
    const again = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    expect(again.drafted).toEqual([]);
    expect((await app.service.invoke('conventions.list', {})).totals.count).toBe(4);
  });

  it('walks avis → CA → signature → advance → avenant → balance → close, with the history naming who did each act', async () => {
    const app = await closedBoard();
    const { drafted } = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    const velo = drafted.find((row) => row.applicationTitle.startsWith('Vélo')) as { id: number };
    const id = velo.id;
    await app.service.invoke('conventions.present', { id });
    await app.service.invoke('conventions.validate', { id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    await app.service.invoke('conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
    clock = new Date('2018-02-20T09:00:00.000Z');
    let detail: ConventionDetail = await app.service.invoke('conventions.get', { id });
    expect(detail.schedule[0]?.dueOn).toBe('2018-04-06');
    expect(detail.dueCents).toBe(1_050_000);
    detail = await app.service.invoke('payments.record', { conventionId: id, lineRank: 1, amountCents: 1_050_000, paidOn: '2018-02-20', mandateRef: 'M-2018-0042' });
    expect(detail.status).toBe('en_cours');
    expect(detail.paidCents).toBe(1_050_000);
    // Avenant: 15 000 → 16 000 €; the unpaid balance line is superseded, the new one makes the new total.
    detail = await app.service.invoke('conventions.amend', { id, totalCents: 1_600_000, reason: 'Deux sessions de plus.', deliberationRef: '2018-077', deliberationOn: '2018-06-20', signedOn: '2018-06-28' });
    expect(detail.avenants.map((avenant) => [avenant.rank, avenant.previousTotalCents, avenant.newTotalCents])).toEqual([[1, 1_500_000, 1_600_000]]);
    const current = detail.schedule.filter((line) => line.supersededBy === null);
    expect(current.reduce((sum, line) => sum + line.plannedCents, 0)).toBe(1_600_000);
    expect(detail.schedule.filter((line) => line.supersededBy === 1).map((line) => line.plannedCents)).toEqual([450_000]);
    const balance = current.find((line) => line.kind === 'solde');
    clock = new Date('2019-03-01T09:00:00.000Z');
    await receiveBilan(app.service, id, 2018, '2019-02-10');
    await app.service.invoke('conventions.acceptBilan', { id, year: 2018, acceptedOn: '2019-02-15' });
    detail = await app.service.invoke('payments.record', { conventionId: id, lineRank: balance?.rank ?? 0, amountCents: 550_000, paidOn: '2019-03-01' });
    expect(detail.status).toBe('soldee');
    detail = await app.service.invoke('conventions.close', { id });
    expect(detail.status).toBe('cloturee');
    expect(detail.history.map((event) => event.toStatus).filter(Boolean)).toEqual(['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee']);
    expect(new Set(detail.history.map((event) => event.actor))).toEqual(new Set(['Marie Le Gall']));
    const audit = await app.service.invoke('audit.list', { limit: 200 } as never);
    expect(JSON.stringify(audit)).toContain('payments.record');
  });

  it('refuses, changing nothing: a signature before the CA, a payment over what is due, a balance before its bilan without a reason, a close with money due', async () => {
    const app = await closedBoard();
    const { drafted } = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    const id = drafted[0]?.id ?? 0;
    expect(await expectRefusedUnchanged(app, 'conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' })).toContain('validée par le CA');
    await app.service.invoke('conventions.present', { id });
    await app.service.invoke('conventions.validate', { id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    expect(await expectRefusedUnchanged(app, 'conventions.sign', { id, signedProviderOn: '2018-01-20', signedCcasOn: '2018-02-05' })).toContain('précéder la délibération');
    await app.service.invoke('conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
    clock = new Date('2018-02-20T09:00:00.000Z');
    const detail = await app.service.invoke('conventions.get', { id });
    const [advance, balance] = detail.schedule;
    expect(await expectRefusedUnchanged(app, 'payments.record', { conventionId: id, lineRank: advance?.rank, amountCents: (advance?.plannedCents ?? 0) + 1, paidOn: '2018-02-20' })).toContain('dépasse');
    expect(await expectRefusedUnchanged(app, 'payments.record', { conventionId: id, lineRank: balance?.rank, amountCents: balance?.plannedCents, paidOn: '2018-02-20' })).toContain('bilan');
    expect(await expectRefusedUnchanged(app, 'conventions.close', { id })).toContain('à verser');
    // With a reason, the balance may go before its bilan; the reason is kept with the payment.
    const paid = await app.service.invoke('payments.record', { conventionId: id, lineRank: balance?.rank ?? 0, amountCents: balance?.plannedCents ?? 0, paidOn: '2018-02-20', reason: 'Trésorerie fragile de l’association.' });
    expect(paid.payments[0]?.overrideReason).toBe('Trésorerie fragile de l’association.');
  });

  it('keeps a recovery open until it is received, and refuses to close before', async () => {
    const app = await closedBoard();
    const { drafted } = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    const id = drafted[0]?.id ?? 0;
    await app.service.invoke('conventions.present', { id });
    await app.service.invoke('conventions.validate', { id, deliberationRef: '2018-014', deliberationOn: '2018-01-25' });
    await app.service.invoke('conventions.sign', { id, signedProviderOn: '2018-02-01', signedCcasOn: '2018-02-05' });
    clock = new Date('2019-03-01T09:00:00.000Z');
    await receiveBilan(app.service, id, 2018, '2019-02-10');
    await app.service.invoke('conventions.acceptBilan', { id, year: 2018, acceptedOn: '2019-02-15' });
    let detail = await app.service.invoke('conventions.get', { id });
    for (const line of detail.schedule) detail = await app.service.invoke('payments.record', { conventionId: id, lineRank: line.rank, amountCents: line.plannedCents, paidOn: '2019-03-01' });
    expect(detail.status).toBe('soldee');
    detail = await app.service.invoke('recoveries.record', { conventionId: id, amountCents: 100_000, cause: 'non_consomme', decisionRef: 'TR-2019-12' });
    expect(await expectRefusedUnchanged(app, 'conventions.close', { id })).toContain('reversement');
    await app.service.invoke('recoveries.receive', { id: detail.recoveries[0]?.id ?? 0, receivedOn: '2019-04-02' });
    detail = await app.service.invoke('conventions.close', { id });
    expect(detail.status).toBe('cloturee');
  });

  it('refuses an arrêté attributif above 23 000 € a year for the provider, and allows it at or below', async () => {
    const app = await closedBoard();
    const { drafted } = await app.service.invoke('conventions.draft', { sessionId: app.setup.sessionId });
    const velo = drafted.find((row) => row.applicationTitle.startsWith('Vélo'));
    const estime = drafted.find((row) => row.providerName === 'Élan Créateur');
    expect(await expectRefusedUnchanged(app, 'conventions.update', { id: velo?.id, instrument: 'arrete' })).toContain('23 000');
    const arrete = await app.service.invoke('conventions.update', { id: estime?.id ?? 0, instrument: 'arrete' });
    expect(arrete.instrument).toBe('arrete');
    expect(arrete.mandatory).toBe(false);
  });
});
