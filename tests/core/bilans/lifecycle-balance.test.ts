// Validating a bilan is what releases the year's balance payment: the same act as conventions.acceptBilan,
// in one transaction with its history entry, and `audit verify` still vouches for the convention.
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, FRENCH, type TestService } from '../../support/test-app.ts';
import { clock, insertReceivedBilan, prepareBase, signedApp } from './lifecycle-fixtures.ts';

beforeAll(prepareBase);

async function balanceLine(app: TestService, conventionId: number) {
  const detail = await app.service.invoke('conventions.get', { id: conventionId });
  const line = detail.schedule.find((candidate) => candidate.supersededBy === null && candidate.kind === 'solde');
  if (!line) throw new Error('no balance line');
  return line;
}

describe('validating a bilan releases the balance', () => {
  it('makes the balance recordable without a reason once validated, and not before', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const bilanId = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018);
    const line = await balanceLine(app, app.conventionId);
    const payment = { conventionId: app.conventionId, lineRank: line.rank, amountCents: line.plannedCents, paidOn: '2019-03-01' };
    const before = snapshotTables(app.database.sqlite);
    expect(expectFailure(await app.service.call('payments.record', payment)).message).toContain('bilan');
    expect(snapshotTables(app.database.sqlite)).toEqual(before);

    const validated = await app.service.invoke('bilans.validate', { id: bilanId, decidedOn: '2019-02-15' });
    expect(validated).toMatchObject({ status: 'valide', decidedOn: '2019-02-15', bilanAcceptedOn: '2019-02-15', allowedActs: [] });
    const convention = await app.service.invoke('conventions.get', { id: app.conventionId });
    expect(convention.years).toEqual([{ year: 2018, amountCents: 1_600_000, bilanAcceptedOn: '2019-02-15' }]);
    expect(convention.history.filter((event) => event.kind === 'bilan').map((event) => event.summary)).toEqual(['Bilan 2018 validé le 15/02/2019 : le solde 2018 devient payable.']);

    const paid = await app.service.invoke('payments.record', payment);
    expect(paid.status).toBe('soldee');
    const check = await app.service.invoke('audit.verify', {});
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('refuses, changing nothing: a convention not signed yet, a validation dated before the bilan came in', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const app = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const draftBilan = insertReceivedBilan(app.database.sqlite, app.otherIds[0] ?? 0, 2018);
    const bilanId = insertReceivedBilan(app.database.sqlite, app.conventionId, 2018, { receivedOn: '2019-02-10' });
    for (const [input, expected] of [
      [{ id: draftBilan }, 'signée'],
      [{ id: bilanId, decidedOn: '2019-02-01' }, 'précéder'],
    ] as const) {
      const before = snapshotTables(app.database.sqlite);
      const error = expectFailure(await app.service.call('bilans.validate', input));
      expect(error.message).toMatch(FRENCH);
      expect(error.message).toContain(expected);
      expect(snapshotTables(app.database.sqlite)).toEqual(before);
    }
  });

  it('conventions.acceptBilan is bilans.validate: refused while the year’s bilan is not received, the same rows written once it is', async () => {
    const time = clock('2018-01-10T09:00:00.000Z');
    const accepted = await signedApp(time);
    const validated = await signedApp(time);
    time.at('2019-03-01T09:00:00.000Z');
    const before = snapshotTables(accepted.database.sqlite);
    const refusal = expectFailure(await accepted.service.call('conventions.acceptBilan', { id: accepted.conventionId, year: 2018, acceptedOn: '2019-02-15' }));
    expect(refusal.message).toBe('Le bilan 2018 n’est pas reçu : importez le classeur du porteur ou saisissez-le.');
    expect(snapshotTables(accepted.database.sqlite)).toEqual(before);

    const acceptedId = insertReceivedBilan(accepted.database.sqlite, accepted.conventionId, 2018);
    const validatedId = insertReceivedBilan(validated.database.sqlite, validated.conventionId, 2018);
    const detail = await accepted.service.invoke('conventions.acceptBilan', { id: accepted.conventionId, year: 2018, acceptedOn: '2019-02-15' });
    expect(detail.years[0]?.bilanAcceptedOn).toBe('2019-02-15');
    await validated.service.invoke('bilans.validate', { id: validatedId, decidedOn: '2019-02-15' });
    expect(acceptedId).toBe(validatedId);
    const written = (app: TestService) => {
      const { bilans, convention_years: years, convention_events: events, conventions } = snapshotTables(app.database.sqlite);
      return { bilans, years, events, conventions };
    };
    expect(written(accepted)).toEqual(written(validated));
    expect((await accepted.service.invoke('audit.verify', {})).ok).toBe(true);
  });
});
