// Providers through the service: identifiers checked and normalised, one body per SIRET, close names flagged.
import { describe, expect, it } from 'vitest';
import type { ProviderInput } from '../../core/service/api.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

// A well-formed SIRET: 14 digits with a valid Luhn key (made up for the test).
const VALID_SIRET = '21350238800019';

const envie: ProviderInput = {
  name: 'Envie 35',
  legalForm: 'association',
  siret: '213 502 388 00019',
  rna: 'w352001234',
  address: '1 rue de la Réparation',
  postalCode: '35000',
  city: 'Rennes',
  representativeName: 'Anne Martin',
  representativeRole: 'Présidente',
  contactName: 'Paul Durand',
  contactEmail: 'contact@envie35.example',
  contactPhone: '02.99.00.11.22',
  notes: 'Recyclerie, chantier d’insertion.',
};

describe('providers', () => {
  it('are stored with their identifiers normalised and read back', async () => {
    const { service } = openTestService();
    const { provider, probableDuplicates } = await service.invoke('providers.create', envie);
    expect(provider).toMatchObject({ name: 'Envie 35', siret: VALID_SIRET, rna: 'W352001234', contactPhone: '02 99 00 11 22', isDemo: false });
    expect(probableDuplicates).toEqual([]);
    expect(await service.invoke('providers.get', { id: provider.id })).toEqual(provider);
  });

  it('keep the representative’s civility, none given reading back as not given, and refuse an unknown one', async () => {
    const { service } = openTestService();
    const { provider } = await service.invoke('providers.create', envie);
    expect(provider.representativeCivility).toBe('');
    const { provider: updated } = await service.invoke('providers.update', { ...envie, id: provider.id, representativeCivility: 'madame' });
    expect((await service.invoke('providers.get', { id: provider.id })).representativeCivility).toBe('madame');
    expect(updated.representativeCivility).toBe('madame');
    const error = expectFailure(await service.call('providers.update', { ...envie, id: provider.id, representativeCivility: 'Mme' }));
    expect(error.issues?.map((issue) => issue.path)).toEqual(['representativeCivility']);
  });

  it('a SIRET with a wrong key, a malformed RNA, phone or e-mail are refused in French on their field', async () => {
    const { service } = openTestService();
    const error = expectFailure(
      await service.call('providers.create', { ...envie, siret: '21350238800018', rna: 'X123', contactPhone: '12', contactEmail: 'pas-une-adresse' }),
    );
    expect(error.code).toBe('validation');
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['contactEmail', 'contactPhone', 'rna', 'siret']);
    expect(error.issues?.find((issue) => issue.path === 'siret')?.message).toContain('Clé de contrôle du SIRET invalide');
    expect((await service.invoke('providers.list', {})).total).toBe(0);
  });

  it('an RNA number is for associations only', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('providers.create', { ...envie, legalForm: 'entreprise' }));
    expect(error.issues).toContainEqual({ path: 'rna', message: 'Le numéro RNA ne concerne que les associations.' });
  });

  it('a second provider with the same SIRET is refused and names the first', async () => {
    const { service } = openTestService();
    await service.invoke('providers.create', envie);
    const error = expectFailure(await service.call('providers.create', { ...envie, name: 'Autre nom' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Envie 35');
    expect((await service.invoke('providers.list', {})).total).toBe(1);
  });

  it('a very close name is saved but flagged as a probable duplicate', async () => {
    const { service } = openTestService();
    const first = await service.invoke('providers.create', envie);
    const second = await service.invoke('providers.create', { name: 'ENVIE35', legalForm: 'association' });
    expect(second.probableDuplicates).toEqual([{ id: first.provider.id, name: 'Envie 35', siret: VALID_SIRET, reason: 'name' }]);
    expect(await service.invoke('providers.findDuplicates', { name: 'Association Envie 35', excludeId: second.provider.id })).toEqual([
      { id: first.provider.id, name: 'Envie 35', siret: VALID_SIRET, reason: 'name' },
    ]);
    expect(await service.invoke('providers.findDuplicates', { name: 'Autre', siret: '213 502 388 00019' })).toMatchObject([{ id: first.provider.id, reason: 'siret' }]);
  });

  it('the list is sorted by name, searched without accents, and paged', async () => {
    const { service } = openTestService();
    for (const name of ['Mobiliclés', 'ARCS', 'Breizh Insertion Sport', 'Envie 35']) await service.invoke('providers.create', { name, legalForm: 'association' });
    expect((await service.invoke('providers.list', {})).items.map((item) => item.name)).toEqual(['ARCS', 'Breizh Insertion Sport', 'Envie 35', 'Mobiliclés']);
    expect((await service.invoke('providers.list', { query: 'MOBILICLES' })).items.map((item) => item.name)).toEqual(['Mobiliclés']);
    const page = await service.invoke('providers.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4, items: [{ name: 'Envie 35' }, { name: 'Mobiliclés' }] });
  });

  it('an update keeps the identity and changes the fields', async () => {
    const { service } = openTestService();
    const { provider } = await service.invoke('providers.create', envie);
    const { provider: updated } = await service.invoke('providers.update', { ...envie, id: provider.id, city: 'Saint-Jacques-de-la-Lande' });
    expect(updated).toMatchObject({ id: provider.id, city: 'Saint-Jacques-de-la-Lande', siret: VALID_SIRET });
  });
});
