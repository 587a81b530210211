// The catalogue of common indicators through the service: what is in force on a date, every version on
// demand, and importing another catalogue — a new version beside the old one, the same file twice
// changing nothing, a code given another meaning refused in French, a code named nowhere refused, all or nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorCatalogueFile } from '../../../core/domain/indicators/catalogue.ts';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService, repoRoot } from '../../support/test-app.ts';

const shipped = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'indicators', 'indicateurs-communs-v1.json'), 'utf8')) as IndicatorCatalogueFile;

/** A second catalogue: IC05 version 2 (another label) from 2024, and a new code IC18 counted among IC10. */
const SECOND: IndicatorCatalogueFile = {
  format: 'pacte-cai/indicateurs',
  key: 'indicateurs-communs-v2',
  title: 'Indicateurs communs, révision 2024',
  validFrom: '2024-01-01',
  indicators: [
    { code: 'IC05', version: 2, label: 'dont inactifs (ni en emploi ni inscrits à France Travail)', unit: 'personnes', kind: 'realisation', aggregation: 'sum', subsetOf: 'IC01', denominator: 'IC01', breakdowns: ['sex'] },
    { code: 'IC18', version: 1, label: 'Sorties vers une création d’activité', unit: 'personnes', kind: 'resultat', aggregation: 'sum', subsetOf: 'IC10', denominator: 'IC10', breakdowns: ['sex'] },
  ],
};

describe('the catalogue of common indicators', () => {
  it('lists the definitions in force on a date, and every version when asked', async () => {
    const { service } = openTestService({ now: () => new Date('2019-05-02T10:00:00Z') });
    const today = await service.invoke('indicators.list', {});
    expect(today.asOf).toBe('2019-05-02');
    expect(today.rows.map((row) => row.code)).toEqual(shipped.indicators.map((entry) => entry.code));
    expect(today.rows.every((row) => row.inForce)).toBe(true);
    expect((await service.invoke('indicators.list', { asOf: '2016-12-31' })).rows).toEqual([]);
    const all = await service.invoke('indicators.list', { asOf: '2016-12-31', allVersions: true });
    expect(all.rows).toHaveLength(shipped.indicators.length);
    expect(all.rows.some((row) => row.inForce)).toBe(false);
  });

  it('imports a new version beside the old one: each date reads its own, and the same file again changes nothing', async () => {
    const { service, database } = openTestService({ now: () => new Date('2024-03-01T10:00:00Z') });
    const report = await service.invoke('indicators.import', { content: JSON.stringify(SECOND) });
    expect(report).toEqual({ catalogueKey: 'indicateurs-communs-v2', status: 'created', created: [{ code: 'IC05', version: 2 }, { code: 'IC18', version: 1 }], unchanged: 0 });
    const before2024 = await service.invoke('indicators.list', { asOf: '2023-12-31' });
    expect(before2024.rows.find((row) => row.code === 'IC05')?.version).toBe(1);
    expect(before2024.rows.some((row) => row.code === 'IC18')).toBe(false);
    const in2024 = await service.invoke('indicators.list', { asOf: '2024-12-31' });
    expect(in2024.rows.find((row) => row.code === 'IC05')).toMatchObject({ version: 2, label: SECOND.indicators[0]?.label });
    // A new code comes after the stored ones; a new version keeps its code's place.
    expect(in2024.rows.at(-1)?.code).toBe('IC18');
    expect(in2024.rows.findIndex((row) => row.code === 'IC05')).toBe(before2024.rows.findIndex((row) => row.code === 'IC05'));
    const entries = database.sqlite.prepare("select action, entity from audit_log where action = 'indicators.import'").all();
    expect(entries).toEqual([{ action: 'indicators.import', entity: 'indicators' }]);

    const snapshot = snapshotTables(database.sqlite);
    const again = await service.invoke('indicators.import', { content: JSON.stringify(SECOND) });
    expect(again).toMatchObject({ status: 'unchanged', created: [], unchanged: 2 });
    // The shipped file itself is already there too.
    expect(await service.invoke('indicators.import', { content: JSON.stringify(shipped) })).toMatchObject({ status: 'unchanged', unchanged: shipped.indicators.length });
    expect(snapshotTables(database.sqlite)).toEqual(snapshot);
  });

  it('refuses a code+version given another meaning, in French, naming the next version; nothing is written', async () => {
    const { service, database } = openTestService();
    const changed = { ...shipped, indicators: shipped.indicators.map((entry) => (entry.code === 'IC01' ? { ...entry, label: 'Participants accueillis' } : entry)) };
    const snapshot = snapshotTables(database.sqlite);
    const error = expectFailure(await service.call('indicators.import', { content: JSON.stringify(changed) }));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('un code ne change jamais de sens : publiez une version 2');
    expect(error.issues?.[0]?.message).toMatch(/^IC01 version 1 .*libellé/u);
    // A breakdown removed, a unit changed: each named.
    const breakdowns = { ...shipped, indicators: shipped.indicators.map((entry) => (entry.code === 'IC03' ? { ...entry, breakdowns: ['sex' as const] } : entry.code === 'IC07' ? { ...entry, unit: 'heures' as const } : entry)) };
    const both = expectFailure(await service.call('indicators.import', { content: JSON.stringify(breakdowns) }));
    expect(both.issues?.map((issue) => issue.message)).toEqual([expect.stringContaining('IC03 version 1'), expect.stringContaining('IC07 version 1')]);
    expect(both.issues?.[0]?.message).toContain('ventilations');
    expect(both.issues?.[1]?.message).toContain('unité');
    expect(snapshotTables(database.sqlite)).toEqual(snapshot);
  });

  it('refuses a file naming a code that is neither in it nor stored, and keeps nothing of its valid entries', async () => {
    const { service, database } = openTestService();
    const file: IndicatorCatalogueFile = {
      ...SECOND,
      indicators: [...SECOND.indicators, { code: 'IC19', version: 1, label: 'Taux de sorties en création', unit: 'pourcent', kind: 'resultat', aggregation: 'ratio', numerator: 'IC18', denominator: 'IC99', breakdowns: [] }],
    };
    const snapshot = snapshotTables(database.sqlite);
    const error = expectFailure(await service.call('indicators.import', { content: JSON.stringify(file) }));
    expect(error.message).toMatch(FRENCH);
    expect(error.issues).toEqual([{ path: 'indicators.2 (IC19)', message: 'IC19 nomme IC99, qui n’est ni dans ce fichier ni dans le catalogue enregistré.' }]);
    expect(snapshotTables(database.sqlite)).toEqual(snapshot);
  });

  it('refuses what is not a catalogue, in French', async () => {
    const { service } = openTestService();
    expect(expectFailure(await service.call('indicators.import', { content: '{ pas du json' })).message).toMatch(/^Le fichier n’est pas un JSON valide/u);
    const wrong = expectFailure(await service.call('indicators.import', { content: JSON.stringify({ ...SECOND, indicators: [{ ...SECOND.indicators[1], code: 'quatre' }] }) }));
    expect(wrong.message).toBe('Le fichier n’est pas un catalogue d’indicateurs valide ; rien n’a été importé.');
    expect(wrong.issues?.length).toBeGreaterThan(0);
    const twice = expectFailure(await service.call('indicators.import', { content: JSON.stringify({ ...SECOND, indicators: [SECOND.indicators[1], SECOND.indicators[1]] }) }));
    expect(twice.issues?.[0]?.message).toBe('IC18 version 1 figure deux fois dans le fichier.');
  });
});
