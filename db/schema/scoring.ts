// Score sheets (one per juror and application), their answers per criterion, and the commission's avis.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { applications } from './applications.ts';
import { jurors } from './jury.ts';
import { caiSessions } from './sessions.ts';

export const SHEET_STATUSES = ['draft', 'submitted'] as const;
export const SHEET_SOURCES = ['app', 'paper', 'pack'] as const;
export const AVIS_KINDS = ['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable'] as const;

export const scoreSheets = sqliteTable(
  'score_sheets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    status: text('status', { enum: SHEET_STATUSES }).notNull().default('draft'),
    source: text('source', { enum: SHEET_SOURCES }).notNull().default('app'),
    submittedAt: text('submitted_at'),
    /** For sheets that came in a score pack: when the juror's laptop last saved it (newer replaces older). */
    packSavedAt: text('pack_saved_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('score_sheets_identity').on(t.sessionId, t.jurorId, t.applicationId), index('score_sheets_application').on(t.applicationId)],
);

/** One answer per criterion: a score on the criterion's scale, or N/A (score null), with a comment. */
export const scoreAnswers = sqliteTable(
  'score_answers',
  {
    sheetId: integer('sheet_id').notNull().references(() => scoreSheets.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
    score: integer('score'),
    isNotApplicable: integer('is_not_applicable', { mode: 'boolean' }).notNull().default(false),
    comment: text('comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.sheetId, t.criterionKey] }), check('score_answers_na', sql`not (${t.isNotApplicable} and ${t.score} is not null)`)],
);

export const avis = sqliteTable(
  'avis',
  {
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: AVIS_KINDS }).notNull(),
    conditions: text('conditions').notNull().default(''),
    reasons: text('reasons').notNull().default(''),
    motivation: text('motivation').notNull().default(''),
    proposedCents: integer('proposed_cents').notNull().default(0),
    decidedBy: text('decided_by').notNull(),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] }), check('avis_proposed_non_negative', sql`${t.proposedCents} >= 0`)],
);

/** Score packs already imported: the same pack twice changes nothing, an older one is refused. */
export const scorePackImports = sqliteTable(
  'score_pack_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    /** A digest of the score pack keyed by the session's binding (never a plain SHA-256 of sealed scores). */
    packSha256: text('pack_sha256').notNull(),
    savedAt: text('saved_at').notNull(),
    importedAt: text('imported_at').notNull(),
    importedBy: text('imported_by').notNull(),
  },
  (t) => [uniqueIndex('score_pack_imports_pack').on(t.sessionId, t.jurorId, t.packSha256)],
);
