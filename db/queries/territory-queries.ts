// Territories: the shipped default list, loaded once, and reads in display order.
import { asc, eq } from 'drizzle-orm';
import type { TerritoryFile } from '../../core/domain/territory-file.ts';
import type { Territory } from '../../core/service/territories/territories-api.ts';
import type { Db } from '../open-database.ts';
import { territoryFlags } from '../schema/indicators.ts';
import { territories } from '../schema/territories.ts';

/** The shipped priority areas are QPV since the 2015 contrats de ville; a new list dates its own flags. */
export const SHIPPED_QPV_SINCE = '2015-01-01';

export function hasTerritories(db: Db): boolean {
  return db.select({ id: territories.id }).from(territories).limit(1).get() !== undefined;
}

export function insertTerritories(db: Db, file: TerritoryFile): void {
  db.transaction((tx) => {
    let position = 0;
    for (const territory of file.territories) {
      position += 1;
      const parentId = tx.insert(territories).values({ code: territory.code, name: territory.name, position }).returning({ id: territories.id }).get().id;
      for (const area of territory.priorityAreas) {
        position += 1;
        const areaId = tx.insert(territories).values({ code: area.code, name: area.name, isPriority: true, parentId, position }).returning({ id: territories.id }).get().id;
        tx.insert(territoryFlags).values({ territoryId: areaId, flag: 'qpv', validFrom: SHIPPED_QPV_SINCE }).run();
      }
    }
  });
}

export function listTerritories(db: Db, includeArchived: boolean): Territory[] {
  const query = db
    .select({ id: territories.id, code: territories.code, name: territories.name, isPriority: territories.isPriority, parentId: territories.parentId, archived: territories.archived })
    .from(territories);
  return (includeArchived ? query : query.where(eq(territories.archived, false))).orderBy(asc(territories.position)).all();
}
