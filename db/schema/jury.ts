// The people who sit on the CAI's jury (kept across years) and the evaluation grids they score with.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Madame / Monsieur / not given: documents and screens agree the role with it (la présidente, représentante). */
export const CIVILITIES = ['madame', 'monsieur', ''] as const;

export const JUROR_ROLES = ['responsable_dispositifs', 'responsable_antenne', 'representant_departement', 'representant_allocataires', 'professionnel_diap', 'autre'] as const;

export const jurors = sqliteTable('jurors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  civility: text('civility', { enum: CIVILITIES }).notNull().default(''),
  role: text('role', { enum: JUROR_ROLES }).notNull(),
  organisation: text('organisation').notNull().default(''),
  /** Titulaire (counts for the default quorum) or suppléant. */
  isPermanent: integer('is_permanent', { mode: 'boolean' }).notNull().default(true),
  email: text('email'),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A grid, version by version: `definition` is the EvaluationGrid JSON (core/domain/jury/grid.ts). Once a
 * score is recorded against a version it is frozen (frozenAt set) and a change makes the next version.
 */
export const evaluationGrids = sqliteTable(
  'evaluation_grids',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Groups the versions of one grid. */
    family: text('family').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    definition: text('definition', { mode: 'json' }).notNull(),
    frozenAt: text('frozen_at'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('evaluation_grids_version').on(t.family, t.version), check('evaluation_grids_version_positive', sql`${t.version} >= 1`)],
);
