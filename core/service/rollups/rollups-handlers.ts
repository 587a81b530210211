// The roll-up methods: thin calls into the roll-up queries, and the indicators' export.
import { rollupCosts, rollupDrill } from '../../../db/queries/rollup-drill.ts';
import { rollup, rollupDefinitions } from '../../../db/queries/rollup-queries.ts';
import type { Handlers } from '../handlers.ts';
import { exportIndicators } from './indicators-export.ts';
import type { RollupOptions, rollupsMethods } from './rollups-api.ts';

export const rollupsHandlers: Handlers<keyof typeof rollupsMethods> = {
  'rollups.get': (input, { db }) => rollup(db, input),
  'rollups.drill': (input, { db }) => rollupDrill(db, input),
  'rollups.getCosts': (input, { db }) => rollupCosts(db, input),
  'rollups.getOptions': (_input, { db }): RollupOptions => {
    const years = db.$client
      .prepare(
        `select year, sum(status = 'valide') as validated, sum(status = 'recu') as received from bilans
         where status in ('valide', 'recu') group by year order by year desc`,
      )
      .all() as RollupOptions['years'];
    const indicators = rollupDefinitions(db, undefined).map(({ code, label, unit, aggregation, denominatorCode }) => ({ code, label, unit, aggregation, denominatorCode }));
    return { years, indicators };
  },
  'exports.indicators': (input, { db, now }) => exportIndicators(db, input, now()),
};
