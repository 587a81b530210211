import { describe, expect, it } from 'vitest';
import { definitionsInForce, listAllDefinitions } from '../../../db/queries/indicator-catalogue.ts';
import { openTestService } from '../../support/test-app.ts';

describe('the shipped catalogue of common indicators', () => {
  it('is loaded on first run: sums are typed, the attendance rate is a ratio, positive exits are derived', () => {
    const app = openTestService();
    try {
      const definitions = definitionsInForce(app.database.db, '2018-12-31');
      expect(definitions.map((definition) => definition.code)).toContain('IC01');
      const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
      expect(byCode.get('IC09')).toMatchObject({ aggregation: 'ratio', numeratorCode: 'IC08', denominatorCode: 'IC16' });
      expect(byCode.get('IC14')).toMatchObject({ aggregation: 'derived', derivedFrom: ['IC12', 'IC13', 'IC17'] });
      expect(byCode.get('IC02')?.subsetOfCode).toBe('IC01');
      // Every code a definition names is itself in the catalogue.
      for (const definition of definitions) {
        for (const named of [definition.numeratorCode, definition.denominatorCode, definition.subsetOfCode, ...definition.derivedFrom]) {
          if (named !== null) expect(byCode.has(named), `${definition.code} → ${named}`).toBe(true);
        }
      }
      expect(definitionsInForce(app.database.db, '2016-12-31')).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('is not loaded twice when the base is opened again', () => {
    const app = openTestService();
    const count = listAllDefinitions(app.database.db).length;
    app.close();
    const again = openTestService({ file: app.file });
    try {
      expect(listAllDefinitions(again.database.db)).toHaveLength(count);
    } finally {
      again.close();
    }
  });

  it('flags the shipped priority areas as QPV, dated', () => {
    const app = openTestService();
    try {
      const flags = app.database.db.$client.prepare("select count(*) as n from territory_flags f join territories t on t.id = f.territory_id where t.is_priority = 1 and f.flag = 'qpv'").get() as { n: number };
      const priority = app.database.db.$client.prepare('select count(*) as n from territories where is_priority = 1').get() as { n: number };
      expect(priority.n).toBeGreaterThan(0);
      expect(flags.n).toBe(priority.n);
    } finally {
      app.close();
    }
  });
});
