// Evaluation grids, version by version: rows are only ever inserted, and frozen once a score exists.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { evaluationGridSchema, type EvaluationGrid } from '../../core/domain/jury/grid.ts';
import type { GridDefinition, GridDetail, GridSummary } from '../../core/service/sessions/sessions-api.ts';
import type { Db } from '../open-database.ts';
import { evaluationGrids } from '../schema/jury.ts';

type GridRow = typeof evaluationGrids.$inferSelect;

/** The stored definition, read back through the domain's parser: a hand-edited row is an internal error, not a wrong score. */
function definitionOf(row: GridRow): GridDefinition {
  const reading = evaluationGridSchema.safeParse(row.definition);
  if (!reading.success) throw new Error(`Grid ${row.id} holds an invalid definition: ${reading.error.message}`);
  return { ...reading.data, version: row.version };
}

function toSummary(row: GridRow): GridSummary {
  const criteria = (row.definition as { criteria?: unknown[] } | null)?.criteria;
  return { id: row.id, family: row.family, version: row.version, title: row.title, isFrozen: row.frozenAt !== null, criteriaCount: Array.isArray(criteria) ? criteria.length : 0 };
}

export function listGrids(db: Db): GridSummary[] {
  return db.select().from(evaluationGrids).orderBy(asc(evaluationGrids.family), desc(evaluationGrids.version)).all().map(toSummary);
}

export function getGridSummary(db: Db, id: number): GridSummary {
  const row = db.select().from(evaluationGrids).where(eq(evaluationGrids.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucune grille d’évaluation n° ${id}.`);
  return toSummary(row);
}

export function getGrid(db: Db, id: number): GridDetail {
  const row = db.select().from(evaluationGrids).where(eq(evaluationGrids.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucune grille d’évaluation n° ${id}.`);
  return { ...toSummary(row), definition: definitionOf(row), createdAt: row.createdAt, createdBy: row.createdBy };
}

/** The latest version of a family, or undefined when the family has none. */
export function latestGridVersion(db: Db, family: string): { id: number; version: number; definition: GridDefinition } | undefined {
  const row = db.select().from(evaluationGrids).where(eq(evaluationGrids.family, family)).orderBy(desc(evaluationGrids.version)).limit(1).get();
  return row ? { id: row.id, version: row.version, definition: definitionOf(row) } : undefined;
}

export function familyExists(db: Db, family: string): boolean {
  return db.select({ id: evaluationGrids.id }).from(evaluationGrids).where(eq(evaluationGrids.family, family)).limit(1).get() !== undefined;
}

export function insertGrid(db: Db, grid: { family: string; version: number; definition: EvaluationGrid; at: string; by: string }): number {
  return db
    .insert(evaluationGrids)
    .values({ family: grid.family, version: grid.version, title: grid.definition.title, definition: { ...grid.definition, version: grid.version }, createdAt: grid.at, createdBy: grid.by })
    .returning({ id: evaluationGrids.id })
    .get().id;
}

/**
 * Freezes a grid version when the first score is recorded against it: from then on a change to the
 * grid makes a new version, so that every recorded score keeps the criteria it was given on.
 */
export function freezeGrid(db: Db, gridId: number, at: string): void {
  db.update(evaluationGrids).set({ frozenAt: at }).where(and(eq(evaluationGrids.id, gridId), isNull(evaluationGrids.frozenAt))).run();
}
