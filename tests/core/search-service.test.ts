// The global search over the demo data (accents and case ignored, grouped answer), and the date of last
// change that every application summary now carries, so that lists can show it and sort by it.
import { describe, expect, it } from 'vitest';
import { openTestService } from '../support/test-app.ts';

describe('search.all', () => {
  it('finds "équipe" typed "EQUIPE" in providers and applications, each hit with what its line shows', async () => {
    const { service } = openTestService();
    await service.invoke('demo.load', {});
    const result = await service.invoke('search.all', { text: 'EQUIPE' });
    expect(result.providers.items).toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^Équipe mobile/), legalForm: 'etablissement_public', isDemo: true }));
    expect(result.providers.total).toBe(result.providers.items.length);
    expect(result.applications.total).toBeGreaterThan(0);
    for (const item of result.applications.items) {
      expect(item).toMatchObject({ callYear: 2018, status: expect.any(String), providerName: expect.any(String), updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    }
    expect(await service.invoke('search.all', { text: 'équipe' })).toEqual({ ...result, query: 'équipe' });
  });

  it('answers nothing, not everything, to punctuation without a word', async () => {
    const { service } = openTestService();
    await service.invoke('demo.load', {});
    const result = await service.invoke('search.all', { text: '« … »' });
    expect(result).toEqual({ query: '« … »', applications: { total: 0, items: [] }, providers: { total: 0, items: [] }, pact: { total: 0, items: [] } });
  });
});

describe('application summaries', () => {
  it('carry the instant of the last change, which a status change moves and the "updated" sort follows', async () => {
    let at = new Date('2017-10-20T09:00:00Z');
    const { service } = openTestService({ now: () => at });
    await service.invoke('demo.load', {});
    const list = async () => (await service.invoke('applications.list', { sort: 'updated', descending: true, limit: 5000 })).items;
    const before = await list();
    const last = before.at(-1);
    if (!last) throw new Error('the demo has applications');
    expect(last.updatedAt).toBe((await service.invoke('applications.get', { id: last.id })).updatedAt);

    at = new Date('2017-11-28T16:40:00Z');
    await service.invoke('applications.setStatus', { id: last.id, status: last.status === 'brouillon' ? 'depose' : 'brouillon' });
    const after = await list();
    expect(after[0]).toMatchObject({ id: last.id, updatedAt: '2017-11-28T16:40:00.000Z' });
  });
});
