// A code never changes meaning, whatever the catalogue: importing any catalogue twice changes nothing the
// second time (not one row, not one audit entry), and giving any of its code versions another meaning
// afterwards is refused with the base left exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorCatalogueEntry, IndicatorCatalogueFile } from '../../../core/domain/indicators/catalogue.ts';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, openTestService } from '../../support/test-app.ts';

const BREAKDOWNS = ['sex', 'age', 'qpv', 'rsa', 'territory'] as const;
const UNITS = ['personnes', 'seances', 'heures', 'pourcent'] as const;

const entry = (index: number): fc.Arbitrary<IndicatorCatalogueEntry> =>
  fc.record({
    code: fc.constant(`ZZ${String(index + 1).padStart(2, '0')}`),
    version: fc.integer({ min: 1, max: 3 }),
    label: fc.stringMatching(/^[A-Za-zéè' ]{1,40}[a-z]$/u),
    unit: fc.constantFrom(...UNITS),
    kind: fc.constantFrom('realisation' as const, 'resultat' as const),
    aggregation: fc.constant('sum' as const),
    subsetOf: fc.option(fc.constantFrom('IC01', 'IC10'), { nil: undefined }),
    breakdowns: fc.subarray([...BREAKDOWNS]),
  }).map((value) => {
    const { subsetOf, ...rest } = value;
    return subsetOf === undefined ? rest : { ...rest, subsetOf };
  });

const catalogue: fc.Arbitrary<IndicatorCatalogueFile> = fc.integer({ min: 1, max: 5 }).chain((count) =>
  fc.tuple(...Array.from({ length: count }, (_, index) => entry(index))).map((indicators) => ({
    format: 'pacte-cai/indicateurs' as const,
    key: 'catalogue-essai',
    title: 'Catalogue d’essai',
    validFrom: '2020-01-01',
    indicators,
  })),
);

type Change = 'label' | 'unit' | 'kind' | 'breakdowns' | 'subsetOf' | 'aggregation';

/** The same code and version with one part of its meaning changed. */
function changed(original: IndicatorCatalogueEntry, change: Change): IndicatorCatalogueEntry {
  switch (change) {
    case 'label':
      return { ...original, label: `${original.label} (révisé)` };
    case 'unit':
      return { ...original, unit: original.unit === 'heures' ? 'seances' : 'heures' };
    case 'kind':
      return { ...original, kind: original.kind === 'realisation' ? 'resultat' : 'realisation' };
    case 'breakdowns':
      return { ...original, breakdowns: original.breakdowns.includes('sex') ? original.breakdowns.filter((dimension) => dimension !== 'sex') : [...original.breakdowns, 'sex'] };
    case 'subsetOf':
      return { ...original, subsetOf: original.subsetOf === 'IC01' ? 'IC10' : 'IC01' };
    case 'aggregation':
      return { ...original, aggregation: 'derived', derivedFrom: ['IC12', 'IC13'] };
  }
}

describe('a code never changes meaning (property)', () => {
  it('any catalogue imported twice changes nothing; any changed meaning afterwards is refused, the base unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(catalogue, fc.nat(), fc.constantFrom<Change>('label', 'unit', 'kind', 'breakdowns', 'subsetOf', 'aggregation'), fc.boolean(), async (file, pick, change, reversed) => {
        const app = openTestService();
        try {
          const first = await app.service.invoke('indicators.import', { content: JSON.stringify(file) });
          expect(first.created).toHaveLength(file.indicators.length);
          const snapshot = snapshotTables(app.database.sqlite);
          // The same content again, in another order or not: nothing written, not even an audit entry.
          const again = { ...file, indicators: reversed ? [...file.indicators].reverse() : file.indicators };
          expect(await app.service.invoke('indicators.import', { content: JSON.stringify(again) })).toMatchObject({ status: 'unchanged', created: [] });
          expect(snapshotTables(app.database.sqlite)).toEqual(snapshot);

          const index = pick % file.indicators.length;
          const target = file.indicators[index];
          if (!target) throw new Error('no entry');
          const mutated = { ...file, indicators: file.indicators.map((other, position) => (position === index ? changed(target, change) : other)) };
          const error = expectFailure(await app.service.call('indicators.import', { content: JSON.stringify(mutated) }));
          expect(error.message).toContain(`un code ne change jamais de sens : publiez une version ${target.version + 1}`);
          expect(error.issues?.map((issue) => issue.path)).toEqual([`indicators.${index} (${target.code})`]);
          expect(snapshotTables(app.database.sqlite)).toEqual(snapshot);
        } finally {
          app.close();
        }
      }),
      { numRuns: 6 },
    );
  });
});
