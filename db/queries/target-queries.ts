// The targets a convention sets per year for the common indicators (its annex III), and the indicators
// the application proposed, which are the starting point the manager agrees the targets from.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../open-database.ts';
import { applicationIndicators } from '../schema/applications.ts';
import { conventionIndicatorTargets } from '../schema/indicators.ts';

/** Every target of a convention, by year then code. */
export function listTargets(db: Db, conventionId: number): { year: number; code: string; targetValue: number }[] {
  return db
    .select({ year: conventionIndicatorTargets.year, code: conventionIndicatorTargets.code, targetValue: conventionIndicatorTargets.targetValue })
    .from(conventionIndicatorTargets)
    .where(eq(conventionIndicatorTargets.conventionId, conventionId))
    .orderBy(asc(conventionIndicatorTargets.year), asc(conventionIndicatorTargets.code))
    .all();
}

/** Every convention's targets for one year (roll-ups put them beside the actuals). */
export function targetsForYear(db: Db, year: number): { conventionId: number; code: string; targetValue: number }[] {
  return db
    .select({ conventionId: conventionIndicatorTargets.conventionId, code: conventionIndicatorTargets.code, targetValue: conventionIndicatorTargets.targetValue })
    .from(conventionIndicatorTargets)
    .where(eq(conventionIndicatorTargets.year, year))
    .orderBy(asc(conventionIndicatorTargets.conventionId), asc(conventionIndicatorTargets.code))
    .all();
}

export function findTarget(db: Db, conventionId: number, year: number, code: string): number | null {
  const row = db
    .select({ targetValue: conventionIndicatorTargets.targetValue })
    .from(conventionIndicatorTargets)
    .where(and(eq(conventionIndicatorTargets.conventionId, conventionId), eq(conventionIndicatorTargets.year, year), eq(conventionIndicatorTargets.code, code)))
    .get();
  return row?.targetValue ?? null;
}

export function upsertTarget(db: Db, target: { conventionId: number; year: number; code: string; targetValue: number; updatedAt: string; updatedBy: string }): void {
  db.insert(conventionIndicatorTargets)
    .values(target)
    .onConflictDoUpdate({
      target: [conventionIndicatorTargets.conventionId, conventionIndicatorTargets.year, conventionIndicatorTargets.code],
      set: { targetValue: target.targetValue, updatedAt: target.updatedAt, updatedBy: target.updatedBy },
    })
    .run();
}

export function deleteTarget(db: Db, conventionId: number, year: number, code: string): void {
  db.delete(conventionIndicatorTargets)
    .where(and(eq(conventionIndicatorTargets.conventionId, conventionId), eq(conventionIndicatorTargets.year, year), eq(conventionIndicatorTargets.code, code)))
    .run();
}

/** The evaluation indicators the application proposed (free text), in the order the provider gave them. */
export function proposedIndicators(db: Db, applicationId: number): { label: string; target: string }[] {
  return db
    .select({ label: applicationIndicators.label, target: applicationIndicators.target })
    .from(applicationIndicators)
    .where(eq(applicationIndicators.applicationId, applicationId))
    .orderBy(asc(applicationIndicators.position), asc(applicationIndicators.id))
    .all();
}
