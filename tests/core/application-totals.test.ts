// Totals and titles of applications through the service (issue 10, items 1 and 12): every sum a screen
// shows comes from SQL over all matching rows, never over the page it loaded; a title too long is refused
// with its length, never cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../core/service/create-service.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

async function seedCall(service: Service) {
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 100_000_000 });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const objectiveId = pact.levers[5]?.objectives[0]?.operationalObjectives[0]?.id ?? 0;
  return { call, objectiveId };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('applications list totals', () => {
  it('the list’s requested total covers every matching application, not the page it returns', async () => {
    const { service } = openTestService();
    const { call, objectiveId } = await seedCall(service);
    let providerNumber = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9_000_000 }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 3 }), async (amounts, limit) => {
        providerNumber += 1;
        const { provider } = await service.invoke('providers.create', { name: `Association ${providerNumber}`, legalForm: 'association' });
        for (const [index, amount] of amounts.entries()) {
          await service.invoke('applications.create', {
            callId: call.id,
            providerId: provider.id,
            title: `Action ${index + 1}`,
            primaryObjectiveId: objectiveId,
            budgetLines: [
              { account: '64', amountCents: amount },
              { account: '74-ccas', amountCents: amount },
            ],
          });
        }
        const list = await service.invoke('applications.list', { providerId: provider.id, limit });
        expect(list.items).toHaveLength(Math.min(limit, amounts.length));
        expect(list.total).toBe(amounts.length);
        expect(list.requestedTotalCents).toBe(sum(amounts));
        // Nothing decided yet: nothing proposed.
        expect(list.proposedTotalCents).toBe(0);
      }),
      { numRuns: 20 },
    );
    // And over the whole call, whatever the page size.
    const all = await service.invoke('applications.list', { callId: call.id, limit: 1 });
    const everything = await service.invoke('applications.list', { callId: call.id, limit: 5000 });
    expect(all.requestedTotalCents).toBe(sum(everything.items.map((item) => item.requestedCents)));
  });
});

describe('long titles', () => {
  const title = (length: number) => 'Atelier mobilité '.repeat(30).slice(0, length).trimEnd().padEnd(length, 'x');

  it('a title above 300 characters is refused with its length under its field, and nothing is written or cut', async () => {
    const { service } = openTestService();
    const { call, objectiveId } = await seedCall(service);
    const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
    const refused = expectFailure(await service.call('applications.create', { callId: call.id, providerId: provider.id, title: title(301), primaryObjectiveId: objectiveId }));
    expect(refused.code).toBe('validation');
    expect(refused.issues).toContainEqual({ path: 'title', message: 'L’intitulé fait 301 caractères : 300 au plus. Gardez un nom court et mettez le détail dans le résumé.' });
    expect((await service.invoke('applications.list', { callId: call.id })).total).toBe(0);

    // At the limit, the whole title is kept, to the last character.
    const kept = await service.invoke('applications.create', { callId: call.id, providerId: provider.id, title: title(300), primaryObjectiveId: objectiveId });
    expect(kept.title).toBe(title(300));
    expect(kept.title).toHaveLength(300);
  });
});
