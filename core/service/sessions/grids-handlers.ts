// Evaluation grids: the default one shipped in resources/grids, and new versions that never overwrite a frozen one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { familyExists, getGrid, insertGrid, latestGridVersion, listGrids } from '../../../db/queries/grid-queries.ts';
import { AppError } from '../../domain/app-error.ts';
import { parseGrid, type EvaluationGrid } from '../../domain/jury/grid.ts';
import { toSearchText } from '../../domain/text.ts';
import type { ServiceContext } from '../context.ts';
import type { Handlers } from '../handlers.ts';
import type { GridDetail } from './sessions-api.ts';

export { freezeGrid } from '../../../db/queries/grid-queries.ts';

export const DEFAULT_GRID_FAMILY = 'pacte-defaut';
export const DEFAULT_GRID_FILE = path.join('grids', 'grille-pacte-defaut.json');
/** Who "created" the shipped grid: the app, not the person who happened to open it first. */
const SHIPPED_BY = 'Pacte CAI (grille livrée)';

/** At open: the default grid exists as version 1 of its family, so that a session can be created at once. */
export function ensureDefaultGrid(context: ServiceContext): number | null {
  if (familyExists(context.db, DEFAULT_GRID_FAMILY)) return null;
  const file = path.join(context.resourcesDir, DEFAULT_GRID_FILE);
  const reading = parseGrid(JSON.parse(readFileSync(file, 'utf8')));
  // A broken shipped file is the app's bug, not the user's: fail loudly at open.
  if (!reading.ok) throw new Error(`${file}: ${reading.problems.join('; ')}`);
  return insertGrid(context.db, { family: DEFAULT_GRID_FAMILY, version: 1, definition: reading.grid, at: context.now().toISOString(), by: SHIPPED_BY });
}

/** The id of the latest version of the default grid (what a new session scores with unless told otherwise). */
export function defaultGridId(context: ServiceContext): number {
  const latest = latestGridVersion(context.db, DEFAULT_GRID_FAMILY);
  if (!latest) throw new AppError('not_found', 'La grille d’évaluation par défaut est introuvable : choisissez une grille.');
  return latest.id;
}

/** A family name for a new grid, from its title: "Grille 2019 (DIAP)" → "grille-2019-diap", then "-2", "-3"… if taken. */
function newFamilyName(context: ServiceContext, title: string): string {
  const base = toSearchText(title).trim().replace(/ /gu, '-').slice(0, 60) || 'grille';
  let family = base;
  for (let suffix = 2; familyExists(context.db, family); suffix += 1) family = `${base}-${suffix}`;
  return family;
}

/** The definition without its version number: two versions are "the same grid" when this is equal. */
function content(grid: EvaluationGrid): string {
  const { version: _version, ...rest } = grid;
  return JSON.stringify(rest);
}

function saveGrid(context: ServiceContext, family: string | undefined, definition: EvaluationGrid): GridDetail {
  const at = context.now().toISOString();
  if (family === undefined) {
    return getGrid(context.db, insertGrid(context.db, { family: newFamilyName(context, definition.title), version: 1, definition, at, by: context.actor }));
  }
  const latest = latestGridVersion(context.db, family);
  if (!latest) throw new AppError('not_found', `Aucune grille de la famille « ${family} » : enregistrez-la sans famille pour en créer une.`, [{ path: 'family', message: 'Famille inconnue.' }]);
  // Saving the latest version unchanged makes no new version (and leaves no trace in the log).
  if (content(latest.definition) === content(definition)) return getGrid(context.db, latest.id);
  return getGrid(context.db, insertGrid(context.db, { family, version: latest.version + 1, definition, at, by: context.actor }));
}

export const gridsHandlers: Handlers<'grids.list' | 'grids.get' | 'grids.save'> = {
  'grids.list': (_input, { db }) => listGrids(db),
  'grids.get': ({ id }, { db }) => getGrid(db, id),
  'grids.save': ({ family, definition }, context) => saveGrid(context, family, definition),
};
