// Territories: the default list of the city is loaded on first run, like the pact.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { territoryFileSchema } from '../../domain/territory-file.ts';
import { hasTerritories, insertTerritories, listTerritories } from '../../../db/queries/territory-queries.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import type { territoriesMethods } from './territories-api.ts';

export const DEFAULT_TERRITORIES_FILE = path.join('territories', 'rennes.json');

/** A database opened for the first time, or migrated from a version without territories, gets the shipped list. */
export function ensureDefaultTerritories(context: ServiceContext): boolean {
  if (hasTerritories(context.db)) return false;
  const file = territoryFileSchema.parse(JSON.parse(readFileSync(path.join(context.resourcesDir, DEFAULT_TERRITORIES_FILE), 'utf8')));
  insertTerritories(context.db, file);
  return true;
}

export const territoriesHandlers: Handlers<keyof typeof territoriesMethods> = {
  'territories.list': ({ includeArchived }, { db }) => listTerritories(db, includeArchived ?? false),
};
