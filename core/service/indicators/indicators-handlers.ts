// The common indicators' catalogue and the conventions' targets: the handlers behind indicators-api.ts.
import { definitionsInForce, listAllDefinitions } from '../../../db/queries/indicator-catalogue.ts';
import type { Handlers } from '../handlers.ts';
import { importCatalogueContent } from './catalogue-import.ts';
import { conventionTargets, setConventionTarget } from './convention-targets.ts';
import type { IndicatorCatalogue, indicatorsMethods } from './indicators-api.ts';

export const indicatorsHandlers: Handlers<keyof typeof indicatorsMethods> = {
  'indicators.list': ({ asOf, allVersions }, { db, now }): IndicatorCatalogue => {
    const date = asOf ?? now().toISOString().slice(0, 10);
    const inForce = definitionsInForce(db, date);
    const current = new Set(inForce.map((definition) => `${definition.code}@${definition.version}`));
    const rows = allVersions === true ? listAllDefinitions(db) : inForce;
    return { asOf: date, rows: rows.map((definition) => ({ ...definition, inForce: current.has(`${definition.code}@${definition.version}`) })) };
  },
  'indicators.import': ({ content }, context) => importCatalogueContent(context, content),
  'targets.list': ({ conventionId }, { db }) => conventionTargets(db, conventionId),
  'targets.set': (input, context) => setConventionTarget(context, input),
  // One call, one transaction: a refused value leaves the year's other targets as they were.
  'targets.setYear': ({ conventionId, year, values }, context) => {
    for (const { code, value } of values) setConventionTarget(context, { conventionId, year, code, value });
    return conventionTargets(context.db, conventionId);
  },
};
