// Pacts are versioned referentials: a later pact is imported beside the PRI 2017–2021 and never
// rewrites it; a refused import writes nothing; the pact shown by default is the one in force.
import { describe, expect, it } from 'vitest';
import type { PactDetail } from '../../core/service/api.ts';
import { openService } from '../../core/service/open-service.ts';
import { snapshotPactRows, snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService, readFixture, repoRoot } from '../support/test-app.ts';

const FIXTURE = 'pact-2022-2026.json';

describe('the PRI 2017–2021 on first run', () => {
  it('is loaded when the database is created, and only once however often the app opens it', async () => {
    const first = openTestService();
    expect(await first.service.invoke('pacts.list', {})).toEqual([
      expect.objectContaining({ code: 'PRI-2017-2021', counts: { levers: 6, objectives: 25, operationalObjectives: 91, actions: 167 } }),
    ]);
    const before = snapshotTables(first.database.sqlite);
    first.close();

    const again = openService({ databaseFile: first.file, appRoot: repoRoot });
    try {
      expect(await again.service.invoke('pacts.list', {})).toHaveLength(1);
      expect(snapshotTables(again.database.sqlite)).toEqual(before);
    } finally {
      again.close();
    }
  });
});

describe('importing another pact', () => {
  it('creates a second pact and leaves every row of the first one as it was', async () => {
    const { service, database } = openTestService();
    const [pri] = await service.invoke('pacts.list', {});
    if (!pri) throw new Error('the PRI is not loaded');
    const detailBefore = await service.invoke('pacts.get', { pactId: pri.id });
    const rowsBefore = snapshotPactRows(database.sqlite, pri.id);

    const report = await service.invoke('pacts.import', { content: readFixture(FIXTURE) });

    expect(report).toEqual({ pactId: expect.any(Number), code: 'PRI-2022-2026-FICTIF', status: 'created' });
    expect(report.pactId).not.toBe(pri.id);
    const list = await service.invoke('pacts.list', {});
    expect(list.map((pact) => [pact.code, pact.counts])).toEqual([
      ['PRI-2017-2021', { levers: 6, objectives: 25, operationalObjectives: 91, actions: 167 }],
      ['PRI-2022-2026-FICTIF', { levers: 2, objectives: 3, operationalObjectives: 3, actions: 4 }],
    ]);
    expect(await service.invoke('pacts.get', { pactId: pri.id })).toEqual(detailBefore);
    expect(snapshotPactRows(database.sqlite, pri.id)).toEqual(rowsBefore);
  });

  it('reports the same file imported again as unchanged and writes nothing', async () => {
    const { service, database } = openTestService();
    const created = await service.invoke('pacts.import', { content: readFixture(FIXTURE) });
    const before = snapshotTables(database.sqlite);

    const again = await service.invoke('pacts.import', { content: readFixture(FIXTURE) });

    expect(again).toEqual({ pactId: created.pactId, code: created.code, status: 'unchanged' });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses another content under a code already taken (conflict), and writes nothing', async () => {
    const { service, database } = openTestService();
    await service.invoke('pacts.import', { content: readFixture(FIXTURE) });
    const before = snapshotTables(database.sqlite);
    const edited = JSON.parse(readFixture(FIXTURE)) as { levers: { title: string }[] };
    if (edited.levers[0]) edited.levers[0].title = 'Un autre intitulé';

    const error = expectFailure(await service.call('pacts.import', { content: JSON.stringify(edited) }));

    expect(error.code).toBe('conflict');
    expect(error.message).toContain('PRI-2022-2026-FICTIF');
    expect(error.message).toMatch(/jamais réécrits/);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses a pact file without a title, pointing at the missing field, and writes nothing', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);
    const invalid = JSON.parse(readFixture(FIXTURE)) as Record<string, unknown>;
    delete invalid.title;

    const error = expectFailure(await service.call('pacts.import', { content: JSON.stringify(invalid) }));

    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/rien n'a été importé/);
    expect(error.issues).toEqual([{ path: 'title', message: expect.stringMatching(FRENCH) }]);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses a pact file whose levers are numbered 1, 3, pointing at the wrong number, and writes nothing', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);
    const invalid = JSON.parse(readFixture(FIXTURE)) as { levers: { number: number }[] };
    if (invalid.levers[1]) invalid.levers[1].number = 3;

    const error = expectFailure(await service.call('pacts.import', { content: JSON.stringify(invalid) }));

    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'levers.1.number', message: expect.stringMatching(/numérotés 1, 2, 3/) }]);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses a file that is not JSON with a French message, and writes nothing', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);

    const error = expectFailure(await service.call('pacts.import', { content: '{ "code": "PRI-2022", levers: [' }));

    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/n'est pas un JSON valide/);
    expect(error.message).toMatch(FRENCH);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});

describe('the pact shown when none is asked for', () => {
  async function defaultPactIn(year: number): Promise<string> {
    const { service } = openTestService({ now: () => new Date(`${year}-06-15T12:00:00Z`) });
    await service.invoke('pacts.import', { content: readFixture(FIXTURE) });
    const shown: PactDetail = await service.invoke('pacts.get', {});
    return shown.code;
  }

  it('is the pact in force in the current year', async () => {
    expect(await defaultPactIn(2019)).toBe('PRI-2017-2021');
    expect(await defaultPactIn(2021)).toBe('PRI-2017-2021');
    expect(await defaultPactIn(2022)).toBe('PRI-2022-2026-FICTIF');
    expect(await defaultPactIn(2026)).toBe('PRI-2022-2026-FICTIF');
  });

  it('is the latest pact when none is in force', async () => {
    expect(await defaultPactIn(2031)).toBe('PRI-2022-2026-FICTIF');
    expect(await defaultPactIn(2010)).toBe('PRI-2022-2026-FICTIF');
  });

  it('is also the pact searched and exported by default', async () => {
    const { service } = openTestService({ now: () => new Date('2024-01-10T09:00:00Z') });
    await service.invoke('pacts.import', { content: readFixture(FIXTURE) });
    const search = await service.invoke('pacts.search', { text: 'velo' });
    expect(search.hits.map((hit) => hit.title)).toEqual(['Prêter des vélos', 'Atelier de réparation de vélos']);
    const exported = JSON.parse((await service.invoke('pacts.export', { format: 'json' })).content) as { period: unknown };
    expect(exported.period).toEqual({ start: 2022, end: 2026 });
  });
});
