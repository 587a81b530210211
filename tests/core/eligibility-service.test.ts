// Recevabilité through the service on a real database: the checklist follows the file and its attachments,
// ticks are kept with who and when, and "recevable" is refused until every point is met.
import { describe, expect, it } from 'vitest';
import type { ApplicationInput } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const pdf = Buffer.from('%PDF-1.4 pièce de démonstration').toString('base64');

async function seed(service: Service, legalForm: 'association' | 'entreprise' = 'association') {
  const call = await service.invoke('calls.create', {
    year: 2018,
    title: 'Appel à projets 2018',
    envelopeCents: 42_000_000,
    checklistItems: [{ label: 'Action menée à Rennes' }],
  });
  const { provider } = await service.invoke('providers.create', { name: 'Mobiliclés', legalForm, siret: '73282932000074' });
  const pact = await service.invoke('pacts.get', { pactId: call.pactId });
  const objective = pact.levers[5]?.objectives[3]?.operationalObjectives[0]?.id ?? 0;
  const input: ApplicationInput = {
    callId: call.id,
    providerId: provider.id,
    title: 'Vélo-école',
    summary: 'Apprendre le vélo.',
    primaryObjectiveId: objective,
    publics: ['rsa'],
    expectedParticipants: 20,
    startsOn: '2018-01-08',
    endsOn: '2018-12-14',
    isRenewal: true,
    mobility: 'C’est l’objet de l’action.',
    budgetLines: [
      { account: '64', amountCents: 1_000_000 },
      { account: '74-ccas', amountCents: 1_000_000 },
    ],
  };
  const application = await service.invoke('applications.create', input);
  await service.invoke('applications.setStatus', { id: application.id, status: 'depose' });
  return { call, provider, application, input };
}

async function attachAll(service: Service, applicationId: number) {
  for (const documentType of ['statuts', 'rib', 'budget', 'contrat_engagement_republicain', 'compte_rendu_financier'] as const) {
    await service.invoke('attachments.add', { applicationId, documentType, fileName: `${documentType}.pdf`, contentBase64: pdf });
  }
}

describe('eligibility service', () => {
  it('lists the standard points then the call’s own, computed from the file', async () => {
    const { service } = openTestService();
    const { application, call } = await seed(service);
    const eligibility = await service.invoke('eligibility.get', { applicationId: application.id });
    const itemKey = `call:${call.checklistItems[0]?.id ?? 0}`;
    expect(eligibility.items.map((item) => [item.key, item.state])).toEqual([
      ['dossier_complet', 'missing'],
      ['siret_valide', 'ok'],
      ['contrat_engagement_republicain', 'to_check'],
      ['compte_rendu_financier', 'to_check'],
      ['budget_equilibre', 'ok'],
      ['objectif_pacte', 'ok'],
      [itemKey, 'to_check'],
    ]);
    expect(eligibility.items[0]?.detail).toContain('Pièces manquantes');
    expect(eligibility).toMatchObject({ okCount: 3, applicableCount: 7 });
  });

  it('refuses recevable, naming what is left, and writes nothing', async () => {
    const { service, database } = openTestService();
    const { application } = await seed(service);
    const before = snapshotTables(database.sqlite);
    const failure = expectFailure(await service.call('applications.setStatus', { id: application.id, status: 'recevable' }));
    expect(failure.code).toBe('precondition');
    expect(failure.message).toMatch(/^Le dossier ne peut pas être déclaré recevable : « Dossier complet », .*« Action menée à Rennes » \(à cocher\)\.$/u);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('declares the file recevable once the documents are attached and every manual point ticked, keeping who ticked', async () => {
    const { service } = openTestService({ actor: 'agnes.martin' });
    const { application, call } = await seed(service);
    await attachAll(service, application.id);
    for (const itemKey of ['contrat_engagement_republicain', 'compte_rendu_financier', `call:${call.checklistItems[0]?.id ?? 0}`]) {
      await service.invoke('eligibility.tick', { applicationId: application.id, itemKey, isChecked: true });
    }
    const eligibility = await service.invoke('eligibility.get', { applicationId: application.id });
    expect(eligibility.recevableRefusal).toBeNull();
    expect(eligibility.items.find((item) => item.key === 'contrat_engagement_republicain')).toMatchObject({ state: 'ok', checkedBy: 'agnes.martin' });
    expect(eligibility.ticks).toHaveLength(3);
    const recevable = await service.invoke('applications.setStatus', { id: application.id, status: 'recevable' });
    expect(recevable.status).toBe('recevable');
    // Unticking would pull the ground from under the decision: it must be taken back first.
    expect(expectFailure(await service.call('eligibility.tick', { applicationId: application.id, itemKey: 'compte_rendu_financier', isChecked: false })).message).toMatch(
      /repassez-le à « déposé »/u,
    );
  });

  it('refuses a hand tick on a computed point, or a point that does not concern the file', async () => {
    const { service } = openTestService();
    const { application } = await seed(service, 'entreprise');
    expect(expectFailure(await service.call('eligibility.tick', { applicationId: application.id, itemKey: 'budget_equilibre', isChecked: true })).message).toMatch(
      /vérifié par l’application/u,
    );
    expect(
      expectFailure(await service.call('eligibility.tick', { applicationId: application.id, itemKey: 'contrat_engagement_republicain', isChecked: true })).message,
    ).toMatch(/ne concerne pas ce dossier/u);
  });

  it('keeps a point of the call, and the ticks on it, when the call is edited; a dropped point leaves its history', async () => {
    const { service } = openTestService();
    const { application, call } = await seed(service);
    const kept = call.checklistItems[0];
    if (!kept) throw new Error('the call has its point');
    await service.invoke('eligibility.tick', { applicationId: application.id, itemKey: `call:${kept.id}`, isChecked: true });
    const { id, year, title, envelopeCents } = call;
    const edited = await service.invoke('calls.update', { id, year, title, envelopeCents, checklistItems: [{ label: 'Public majoritairement RSA' }, { id: kept.id, label: 'Action menée à Rennes (ville)' }] });
    expect(edited.checklistItems.map((item) => [item.id === kept.id, item.label])).toEqual([
      [false, 'Public majoritairement RSA'],
      [true, 'Action menée à Rennes (ville)'],
    ]);
    const eligibility = await service.invoke('eligibility.get', { applicationId: application.id });
    expect(eligibility.items.find((item) => item.key === `call:${kept.id}`)?.state).toBe('ok');
    await service.invoke('calls.update', { id, year, title, envelopeCents, checklistItems: [] });
    const after = await service.invoke('eligibility.get', { applicationId: application.id });
    expect(after.items.some((item) => item.key.startsWith('call:'))).toBe(false);
    expect(after.ticks[0]?.itemLabel).toBe('Point retiré de la liste de l’appel');
  });

  it('sums up a whole call, one row per application', async () => {
    const { service } = openTestService();
    const { call, application } = await seed(service);
    const rows = await service.invoke('eligibility.forCall', { callId: call.id });
    expect(rows).toEqual([expect.objectContaining({ applicationId: application.id, okCount: 3, applicableCount: 7, status: 'depose' })]);
    expect(rows[0]?.blockers).toContain('Dossier complet');
  });
});
