// Calls for projects through the service: what the manager records is what is read back, bad input changes nothing.
import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../core/service/api.ts';
import { expectFailure, openTestService } from '../support/test-app.ts';

const call2018: CallInput = {
  year: 2018,
  title: 'Appel à projets 2018 — actions collectives d’insertion',
  opensOn: '2017-09-01',
  closesOn: '2017-10-15',
  envelopeCents: 42_000_000,
  leverEnvelopes: [
    { leverNumber: 2, envelopeCents: 15_000_000 },
    { leverNumber: 6, envelopeCents: 5_000_000 },
  ],
  priorities: 'Habitants des quartiers prioritaires ; mobilité dans chaque action.',
};

describe('calls for projects', () => {
  it('a created call is read back with its envelopes per lever and the pact in force in its year', async () => {
    const { service } = openTestService();
    const created = await service.invoke('calls.create', call2018);
    expect(created).toMatchObject({ year: 2018, title: call2018.title, status: 'preparation', envelopeCents: 42_000_000, pactCode: 'PRI-2017-2021', isDemo: false });
    expect(created.leverEnvelopes.map((envelope) => [envelope.leverNumber, envelope.envelopeCents])).toEqual([
      [2, 15_000_000],
      [6, 5_000_000],
    ]);
    expect(created.leverEnvelopes[1]?.leverTitle).toBe('Favoriser la mobilité');
    expect(await service.invoke('calls.get', { id: created.id })).toEqual(created);
    expect((await service.invoke('calls.list', {})).map((call) => call.id)).toEqual([created.id]);
  });

  it('an update replaces the fields and the lever envelopes', async () => {
    const { service } = openTestService();
    const created = await service.invoke('calls.create', call2018);
    const updated = await service.invoke('calls.update', { ...call2018, id: created.id, status: 'ouvert', leverEnvelopes: [{ leverNumber: 1, envelopeCents: 100 }] });
    expect(updated.status).toBe('ouvert');
    expect(updated.leverEnvelopes.map((envelope) => envelope.leverNumber)).toEqual([1]);
  });

  it('lever envelopes may not exceed the total envelope, and nothing is written', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('calls.create', { ...call2018, envelopeCents: 1_000 }));
    expect(error.code).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toContain('leverEnvelopes');
    expect(await service.invoke('calls.list', {})).toEqual([]);
  });

  it('a closing date before the opening date is refused on the closing date', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('calls.create', { ...call2018, opensOn: '2017-10-15', closesOn: '2017-09-01' }));
    expect(error.issues).toContainEqual({ path: 'closesOn', message: "La clôture précède l'ouverture." });
  });

  it('an impossible date, a negative or fractional amount are refused in French', async () => {
    const { service } = openTestService();
    for (const bad of [{ opensOn: '2017-02-30' }, { envelopeCents: -1 }, { envelopeCents: 10.5 }]) {
      const error = expectFailure(await service.call('calls.create', { ...call2018, ...bad }));
      expect(error.code).toBe('validation');
      expect(error.message).toMatch(/Données invalides/);
    }
    expect(await service.invoke('calls.list', {})).toEqual([]);
  });

  it('a lever that the pact does not have is refused and nothing is written', async () => {
    const { service } = openTestService();
    const error = expectFailure(await service.call('calls.create', { ...call2018, leverEnvelopes: [{ leverNumber: 9, envelopeCents: 1 }] }));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('9');
    expect(await service.invoke('calls.list', {})).toEqual([]);
  });

  it('updating a call that does not exist says so', async () => {
    const { service } = openTestService();
    expect(expectFailure(await service.call('calls.update', { ...call2018, id: 999 })).code).toBe('not_found');
  });
});

describe('territories', () => {
  it('the 12 neighbourhoods of Rennes and their 5 priority areas are loaded on first run, each QPV inside its neighbourhood', async () => {
    const { service } = openTestService();
    const territories = await service.invoke('territories.list', {});
    const neighbourhoods = territories.filter((territory) => territory.parentId === null);
    const priority = territories.filter((territory) => territory.isPriority);
    expect(neighbourhoods).toHaveLength(12);
    expect(priority.map((territory) => territory.name)).toEqual(['Maurepas (QPV)', 'Cleunay (QPV)', 'Villejean (QPV)', 'Le Blosne (QPV)', 'Champs-Manceaux (QPV)']);
    const brequigny = neighbourhoods.find((territory) => territory.name === 'Bréquigny');
    expect(priority.find((territory) => territory.code === 'qpv-champs-manceaux')?.parentId).toBe(brequigny?.id);
  });

  it('opening the database again does not load the territories twice', async () => {
    const first = openTestService();
    const count = (await first.service.invoke('territories.list', {})).length;
    first.close();
    const second = openTestService({ file: first.file });
    expect(await second.service.invoke('territories.list', {})).toHaveLength(count);
  });
});
