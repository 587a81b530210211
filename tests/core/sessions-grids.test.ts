// Evaluation grids through the service on a real database: the shipped default grid is there from the
// first open, a change makes a new version, and a frozen version never changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridDefinition } from '../../core/service/api.ts';
import { freezeGrid } from '../../core/service/sessions/grids-handlers.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService, repoRoot } from '../support/test-app.ts';

const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'grids', 'grille-pacte-defaut.json'), 'utf8')) as GridDefinition;

const smallGrid = (title: string, weight = 1): GridDefinition => ({
  title,
  criteria: [
    {
      key: 'adequation',
      label: 'Adéquation au pacte',
      description: '',
      weight,
      scale: { min: 0, max: 2, levels: [{ value: 0, descriptor: 'Aucune' }, { value: 1, descriptor: 'Partielle' }, { value: 2, descriptor: 'Pleine' }] },
      allowsNotApplicable: false,
      commentRequiredBelow: null,
    },
  ],
});

describe('evaluation grids', () => {
  it('has the default grid as version 1 of its family from the first open, once only', async () => {
    const first = openTestService();
    const grids = await first.service.invoke('grids.list', {});
    expect(grids).toEqual([{ id: expect.any(Number) as number, family: 'pacte-defaut', version: 1, title: shipped.title, isFrozen: false, criteriaCount: 7 }]);
    const detail = await first.service.invoke('grids.get', { id: grids[0]?.id ?? 0 });
    expect(detail.definition.criteria.map((criterion) => criterion.key)).toEqual(shipped.criteria.map((criterion) => criterion.key));
    expect(detail.definition.version).toBe(1);
    first.close();
    const again = openTestService({ file: first.file });
    expect(await again.service.invoke('grids.list', {})).toHaveLength(1);
  });

  it('saves a new family as version 1, then each change of it as the next version', async () => {
    const { service } = openTestService({ actor: 'agnes.martin' });
    const v1 = await service.invoke('grids.save', { definition: smallGrid('Grille DIAP 2019') });
    expect(v1).toMatchObject({ family: 'grille-diap-2019', version: 1, createdBy: 'agnes.martin', isFrozen: false, criteriaCount: 1 });
    const v2 = await service.invoke('grids.save', { family: v1.family, definition: smallGrid('Grille DIAP 2019', 2) });
    expect(v2).toMatchObject({ family: 'grille-diap-2019', version: 2 });
    expect(v2.id).not.toBe(v1.id);
    expect((await service.invoke('grids.get', { id: v1.id })).definition.criteria[0]?.weight).toBe(1);
    // A second family of the same title gets its own name.
    expect((await service.invoke('grids.save', { definition: smallGrid('Grille DIAP 2019') })).family).toBe('grille-diap-2019-2');
  });

  it('makes no version when nothing changed, and writes nothing then', async () => {
    const { service, database } = openTestService();
    const v1 = await service.invoke('grids.save', { definition: smallGrid('Grille simple') });
    const before = snapshotTables(database.sqlite);
    const same = await service.invoke('grids.save', { family: v1.family, definition: smallGrid('Grille simple') });
    expect(same.id).toBe(v1.id);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('never changes a frozen version: a change is the next version', async () => {
    const { service, database } = openTestService();
    const v1 = await service.invoke('grids.save', { definition: smallGrid('Grille gelée') });
    freezeGrid(database.db, v1.id, '2018-03-12T09:00:00.000Z');
    freezeGrid(database.db, v1.id, '2018-03-13T09:00:00.000Z');
    const frozen = database.sqlite.prepare('select * from evaluation_grids where id = ?').get(v1.id) as { frozen_at: string };
    expect(frozen.frozen_at).toBe('2018-03-12T09:00:00.000Z');
    const v2 = await service.invoke('grids.save', { family: v1.family, definition: smallGrid('Grille gelée', 3) });
    expect(v2).toMatchObject({ version: 2, isFrozen: false });
    expect(database.sqlite.prepare('select * from evaluation_grids where id = ?').get(v1.id)).toEqual(frozen);
    expect((await service.invoke('grids.get', { id: v1.id })).isFrozen).toBe(true);
  });

  it('refuses an unknown family or a broken grid in French, writing nothing', async () => {
    const { service, database } = openTestService();
    const before = snapshotTables(database.sqlite);
    const unknown = expectFailure(await service.call('grids.save', { family: 'inconnue', definition: smallGrid('X') }));
    expect(unknown).toMatchObject({ code: 'not_found', message: expect.stringContaining('« inconnue »') as string });
    const broken = smallGrid('X');
    const invalid = expectFailure(await service.call('grids.save', { definition: { ...broken, criteria: [{ ...broken.criteria[0], weight: 0 }] } }));
    expect(invalid.code).toBe('validation');
    expect(invalid.message).toMatch(FRENCH);
    expect(expectFailure(await service.call('grids.get', { id: 999 })).message).toBe('Aucune grille d’évaluation n° 999.');
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});
