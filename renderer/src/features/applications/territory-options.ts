// Territories as pickers show them: each neighbourhood followed by its priority areas (QPV).
import type { Territory } from '../../../../core/service/api.ts';
import { needsQpvBadge } from './application-labels.ts';

export type TerritoryOption = Territory & { depth: 0 | 1 };

/** Neighbourhoods in the host's order, each with its priority areas right under it; archived ones left out. */
export function orderTerritories(territories: Territory[]): TerritoryOption[] {
  const live = territories.filter((territory) => !territory.archived);
  const ordered: TerritoryOption[] = [];
  for (const parent of live.filter((territory) => territory.parentId === null)) {
    ordered.push({ ...parent, depth: 0 });
    for (const child of live.filter((territory) => territory.parentId === parent.id)) ordered.push({ ...child, depth: 1 });
  }
  // Orphans (a parent archived) still deserve a place.
  for (const territory of live) if (!ordered.some((known) => known.id === territory.id)) ordered.push({ ...territory, depth: 0 });
  return ordered;
}

/** Select options: priority areas read "Le Blosne (QPV)" already; the dash marks them as part of the line above. */
export function territorySelectData(territories: Territory[]): { value: string; label: string }[] {
  return orderTerritories(territories).map((territory) => ({
    value: String(territory.id),
    label: `${territory.depth === 1 ? '— ' : ''}${territory.name}${needsQpvBadge(territory) ? ' (QPV)' : ''}`,
  }));
}

/** The ordered territories cut into runs of one neighbourhood and its priority areas. */
export function groupByNeighbourhood(ordered: TerritoryOption[]): TerritoryOption[][] {
  const groups: TerritoryOption[][] = [];
  for (const territory of ordered) {
    const last = groups.at(-1);
    if (territory.depth === 1 && last) last.push(territory);
    else groups.push([territory]);
  }
  return groups;
}
