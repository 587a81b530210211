// Funding applications through the service: what is recorded is read back whole, references are checked,
// the list filters and searches like a person expects, and every status change is traced.
import { describe, expect, it } from 'vitest';
import type { ApplicationInput, MethodInput } from '../../core/service/api.ts';
import type { Service as ServiceType } from '../../core/service/create-service.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, openTestService, readFixture } from '../support/test-app.ts';

async function seed(service: ServiceType) {
  const call = await service.invoke('calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 50_000_000 });
  const { provider: mobilicles } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm: 'association' });
  const { provider: envie } = await service.invoke('providers.create', { name: 'Envie 35', legalForm: 'association' });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const operational = (code: string) => {
    const found = pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives)).find((item) => item.code === code);
    if (!found) throw new Error(`no operational objective ${code}`);
    return found.id;
  };
  const territories = await service.invoke('territories.list', {});
  const territory = (code: string) => territories.find((item) => item.code === code)?.id ?? 0;
  return { call, mobilicles, envie, operational, territory };
}

function bikeSchool(ids: Awaited<ReturnType<typeof seed>>): ApplicationInput {
  return {
    callId: ids.call.id,
    providerId: ids.mobilicles.id,
    title: 'Vélo-école : apprendre à faire du vélo en équipe',
    summary: 'Apprentissage du vélo pour des adultes sans solution de mobilité.',
    primaryObjectiveId: ids.operational('6.4.1'),
    secondaryObjectiveIds: [ids.operational('6.1.1')],
    publics: ['rsa', 'femmes'],
    expectedParticipants: 40,
    expectedRsaParticipants: 25,
    territoryIds: [ids.territory('qpv-le-blosne')],
    startsOn: '2018-01-08',
    endsOn: '2018-12-14',
    mobility: 'C’est l’objet même de l’action.',
    budgetLines: [
      { account: '64', amountCents: 3_000_000 },
      { account: '60', amountCents: 500_000 },
      { account: '74-ccas', amountCents: 2_000_000 },
      { account: '74-departement', amountCents: 1_000_000 },
      { account: '70', amountCents: 500_000 },
    ],
    indicators: [{ label: 'Participants sachant circuler seuls', target: '30' }],
  };
}

describe('applications', () => {
  it('are read back whole, with budget totals, amount requested, cost per participant and a first history entry', async () => {
    const { service } = openTestService();
    const ids = await seed(service);
    const detail = await service.invoke('applications.create', bikeSchool(ids));
    expect(detail).toMatchObject({ status: 'brouillon', providerName: 'Mobiliclés', callYear: 2018, requestedCents: 2_000_000, primaryObjectiveCode: '6.4.1' });
    expect(detail.budget).toMatchObject({ chargesCents: 3_500_000, incomeCents: 3_500_000, balanced: true, coFundersCents: 1_000_000 });
    expect(detail.costPerParticipantCents).toBe(87_500);
    expect(detail.budgetProblems).toEqual([]);
    expect(detail.objectives.map((objective) => [objective.code, objective.isPrimary, objective.leverNumber])).toEqual([
      ['6.4.1', true, 6],
      ['6.1.1', false, 6],
    ]);
    expect(detail.territories).toEqual([expect.objectContaining({ name: 'Le Blosne (QPV)', isPriority: true })]);
    expect(detail.history).toMatchObject([{ fromStatus: null, toStatus: 'brouillon' }]);
    expect(await service.invoke('applications.get', { id: detail.id })).toEqual(detail);
  });

  it('an unbalanced budget is kept (a draft may be incomplete) and its problem is stated in French', async () => {
    const { service } = openTestService();
    const ids = await seed(service);
    const detail = await service.invoke('applications.create', { ...bikeSchool(ids), budgetLines: [{ account: '64', amountCents: 1_000 }] });
    expect(detail.budget.balanced).toBe(false);
    expect(detail.budgetProblems[0]).toMatch(/^Budget déséquilibré/);
  });

  it('the same call, provider and title (whatever the case and accents) is one application: a second is refused', async () => {
    const { service } = openTestService();
    const ids = await seed(service);
    await service.invoke('applications.create', bikeSchool(ids));
    const error = expectFailure(await service.call('applications.create', { ...bikeSchool(ids), title: 'VELO-ECOLE : apprendre a faire du velo en equipe' }));
    expect(error.code).toBe('conflict');
  });

  it('an objective of another pact, an unknown provider or more RSA recipients than participants are refused, and nothing is written', async () => {
    const { service, database } = openTestService();
    const ids = await seed(service);
    const other = await service.invoke('pacts.import', { content: readFixture('pact-2022-2026.json') });
    const otherPact = await service.invoke('pacts.get', { pactId: other.pactId });
    const foreignObjective = otherPact.levers[0]?.objectives[0]?.operationalObjectives[0]?.id ?? 0;
    const before = snapshotTables(database.sqlite);
    expect(expectFailure(await service.call('applications.create', { ...bikeSchool(ids), primaryObjectiveId: foreignObjective })).issues).toContainEqual({
      path: 'primaryObjectiveId',
      message: "Objectif absent du pacte de l'appel.",
    });
    expect(expectFailure(await service.call('applications.create', { ...bikeSchool(ids), providerId: 999 })).issues?.[0]?.path).toBe('providerId');
    expect(expectFailure(await service.call('applications.create', { ...bikeSchool(ids), expectedRsaParticipants: 41 })).issues?.[0]?.path).toBe('expectedRsaParticipants');
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('the list filters by status, lever, territory (a neighbourhood includes its QPV) and full text without accents', async () => {
    const { service } = openTestService();
    const ids = await seed(service);
    const bike = await service.invoke('applications.create', bikeSchool(ids));
    const repair = await service.invoke('applications.create', {
      callId: ids.call.id,
      providerId: ids.envie.id,
      title: 'Atelier de réparation d’ordinateurs',
      summary: 'Une équipe de bénévoles remet en état des ordinateurs.',
      primaryObjectiveId: ids.operational('5.2.4'),
      territoryIds: [ids.territory('villejean-beauregard')],
      budgetLines: [{ account: '74-ccas', amountCents: 9_000_000 }],
    });
    const titles = async (input: MethodInput<'applications.list'>) => (await service.invoke('applications.list', input)).items.map((item) => item.id);
    expect(await titles({ leverNumber: 6 })).toEqual([bike.id]);
    expect(await titles({ territoryId: ids.territory('le-blosne') })).toEqual([bike.id]);
    // "equipe" finds "équipe" in a summary and in a title; sorted by title: Atelier… before Vélo-école….
    expect(await titles({ query: 'equipe' })).toEqual([repair.id, bike.id]);
    expect(await titles({ query: 'benevoles ordinateurs' })).toEqual([repair.id]);
    expect(await titles({ query: 'mobilicles' })).toEqual([bike.id]);
    expect(await titles({ sort: 'requested', descending: true })).toEqual([repair.id, bike.id]);
    expect(await titles({ status: 'depose' })).toEqual([]);
    expect((await service.invoke('applications.list', { limit: 1, offset: 1, sort: 'requested' })).total).toBe(2);
  });

  it('status changes follow the rules, need a reason to declare ineligible, and are all kept with who and when', async () => {
    const at = new Date('2017-10-20T09:00:00Z');
    const { service } = openTestService({ now: () => at });
    const ids = await seed(service);
    const { id } = await service.invoke('applications.create', bikeSchool(ids));
    expect(expectFailure(await service.call('applications.setStatus', { id, status: 'recevable' })).message).toMatch(/ne peut pas passer directement/);
    await service.invoke('applications.setStatus', { id, status: 'depose' });
    expect(expectFailure(await service.call('applications.setStatus', { id, status: 'irrecevable' })).message).toBe('Indiquez le motif de l’irrecevabilité.');
    const refused = await service.invoke('applications.setStatus', { id, status: 'irrecevable', reason: 'Contrat d’engagement républicain non signé' });
    expect(refused).toMatchObject({ status: 'irrecevable', statusReason: 'Contrat d’engagement républicain non signé' });
    expect(refused.history.map((change) => [change.fromStatus, change.toStatus, change.reason, change.at])).toEqual([
      [null, 'brouillon', 'Dossier créé', at.toISOString()],
      ['brouillon', 'depose', '', at.toISOString()],
      ['depose', 'irrecevable', 'Contrat d’engagement républicain non signé', at.toISOString()],
    ]);
    expect(refused.history.every((change) => change.actor.length > 0)).toBe(true);
  });
});
