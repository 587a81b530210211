// Writes conventions: the act and its years, the schedule (lines are superseded, never deleted once a
// payment may point at them), payments, recoveries, avenants and the append-only history.
import { and, eq, isNull, max, sql } from 'drizzle-orm';
import type { PlannedLine } from '../../core/domain/conventions/schedule.ts';
import type { ConventionStatus } from '../../core/domain/conventions/convention-status.ts';
import type { Db } from '../open-database.ts';
import { avenants, conventionEvents, conventions, conventionYears, scheduleLines } from '../schema/conventions.ts';

export type NewConvention = typeof conventions.$inferInsert;
export type ConventionEventInput = {
  kind: (typeof conventionEvents.$inferInsert)['kind'];
  summary: string;
  reason?: string;
  fromStatus?: ConventionStatus | null;
  toStatus?: ConventionStatus | null;
};

export function insertConvention(db: Db, values: NewConvention): number {
  return db.insert(conventions).values(values).returning({ id: conventions.id }).get().id;
}

export function updateConventionRow(db: Db, id: number, values: Partial<NewConvention>): void {
  db.update(conventions).set(values).where(eq(conventions.id, id)).run();
}

/** The next free number of a year's sequence: CONV-2018-001, CONV-2018-002… */
export function nextConventionNumber(db: Db, year: number): string {
  const prefix = `CONV-${year}-`;
  // Numeric, not text order: CONV-2018-1000 comes after CONV-2018-999.
  const row = db
    .select({ last: sql<number | null>`max(cast(substr(${conventions.number}, ${prefix.length + 1}) as integer))` })
    .from(conventions)
    .where(sql`${conventions.number} like ${`${prefix}%`}`)
    .get();
  const last = row?.last ?? 0;
  return `${prefix}${String(last + 1).padStart(3, '0')}`;
}

/** Replaces the yearly amounts, keeping the bilan dates of the years that stay. */
export function replaceYears(db: Db, conventionId: number, years: readonly { year: number; amountCents: number }[]): void {
  const kept = new Map(db.select().from(conventionYears).where(eq(conventionYears.conventionId, conventionId)).all().map((row) => [row.year, row.bilanAcceptedOn]));
  db.delete(conventionYears).where(eq(conventionYears.conventionId, conventionId)).run();
  for (const entry of years) db.insert(conventionYears).values({ conventionId, year: entry.year, amountCents: entry.amountCents, bilanAcceptedOn: kept.get(entry.year) ?? null }).run();
}

export function setBilanAccepted(db: Db, conventionId: number, year: number, acceptedOn: string): number {
  return db
    .update(conventionYears)
    .set({ bilanAcceptedOn: acceptedOn })
    .where(and(eq(conventionYears.conventionId, conventionId), eq(conventionYears.year, year)))
    .run().changes;
}

/** Appends lines after the last rank of the convention (ranks never repeat, superseded lines included). */
export function appendScheduleLines(db: Db, conventionId: number, lines: readonly PlannedLine[], createdAt: string, createdByAvenantId: number | null = null): void {
  const last = db.select({ rank: max(scheduleLines.rank) }).from(scheduleLines).where(eq(scheduleLines.conventionId, conventionId)).get()?.rank ?? 0;
  lines.forEach((line, index) => {
    db.insert(scheduleLines)
      .values({ conventionId, rank: last + index + 1, ...line, createdAt, createdByAvenantId })
      .run();
  });
}

/**
 * Before the board's validation no payment exists: the schedule can be rewritten. The lines are
 * deleted then, since nothing points at them and no one has signed them.
 */
export function deleteUnpaidDraftSchedule(db: Db, conventionId: number): void {
  db.delete(scheduleLines).where(eq(scheduleLines.conventionId, conventionId)).run();
}

export function supersedeLines(db: Db, lineIds: readonly number[], avenantId: number): void {
  for (const id of lineIds) db.update(scheduleLines).set({ supersededByAvenantId: avenantId }).where(and(eq(scheduleLines.id, id), isNull(scheduleLines.supersededByAvenantId))).run();
}

export function insertAvenant(db: Db, values: typeof avenants.$inferInsert): number {
  return db.insert(avenants).values(values).returning({ id: avenants.id }).get().id;
}

export function nextAvenantRank(db: Db, conventionId: number): number {
  return (db.select({ rank: max(avenants.rank) }).from(avenants).where(eq(avenants.conventionId, conventionId)).get()?.rank ?? 0) + 1;
}

export function appendConventionEvent(db: Db, conventionId: number, event: ConventionEventInput, actor: string, at: string): void {
  db.insert(conventionEvents)
    .values({ conventionId, kind: event.kind, summary: event.summary, reason: event.reason ?? '', fromStatus: event.fromStatus ?? null, toStatus: event.toStatus ?? null, actor, at })
    .run();
}
