// The shipped catalogue of common indicators, loaded on first run like the pact and the territories.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indicatorCatalogueSchema } from '../../domain/indicators/catalogue.ts';
import { catalogueRows, hasIndicatorDefinitions, insertDefinitionRows } from '../../../db/queries/indicator-catalogue.ts';
import type { ServiceContext } from '../context.ts';

export const DEFAULT_INDICATORS_FILE = path.join('indicators', 'indicateurs-communs-v1.json');

export function ensureDefaultIndicators(context: ServiceContext): boolean {
  if (hasIndicatorDefinitions(context.db)) return false;
  const file = indicatorCatalogueSchema.parse(JSON.parse(readFileSync(path.join(context.resourcesDir, DEFAULT_INDICATORS_FILE), 'utf8')));
  const rows = catalogueRows(file, context.now().toISOString());
  insertDefinitionRows(context.db, rows);
  return true;
}
