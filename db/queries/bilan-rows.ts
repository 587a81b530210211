// The bilan row of a convention's year: created by the first act on it (content saved, dispensed…), never
// before. A convention year with no row is an expected bilan (attendu) that nobody has touched yet.
import { and, eq } from 'drizzle-orm';
import { defaultBilanDueOn } from '../../core/domain/indicators/bilan-dates.ts';
import type { Db } from '../open-database.ts';
import { bilans } from '../schema/index.ts';

export type BilanRow = typeof bilans.$inferSelect;

export function findBilanRow(db: Db, conventionId: number, year: number): BilanRow | undefined {
  return db.select().from(bilans).where(and(eq(bilans.conventionId, conventionId), eq(bilans.year, year))).get();
}

/** The row of (convention, year), inserted as 'attendu' with the default due date when absent. Call inside the write's transaction. */
export function ensureBilanRow(db: Db, conventionId: number, year: number, actor: string, at: string): BilanRow {
  const existing = findBilanRow(db, conventionId, year);
  if (existing) return existing;
  return db.insert(bilans).values({ conventionId, year, dueOn: defaultBilanDueOn(year), createdAt: at, createdBy: actor, updatedAt: at }).returning().get();
}
