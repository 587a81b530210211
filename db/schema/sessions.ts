// A sitting of the CAI: its jury and their attendance, the applications on its agenda, declared conflicts.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { applications } from './applications.ts';
import { calls } from './calls.ts';
import { evaluationGrids, jurors } from './jury.ts';
import { providers } from './providers.ts';

export const SESSION_STATUSES = ['preparation', 'notation', 'deliberation', 'close'] as const;
export const ATTENDANCE_STATUSES = ['convoque', 'present', 'excuse', 'absent', 'represente'] as const;
export const CONFLICT_TYPES = ['membre_conseil', 'salarie', 'lien_familial', 'usager', 'autre'] as const;

export const caiSessions = sqliteTable(
  'cai_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'restrict' }),
    gridId: integer('grid_id').notNull().references(() => evaluationGrids.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull().default(''),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('preparation'),
    /** QuorumRule JSON (core/domain/jury/quorum.ts). */
    quorumRule: text('quorum_rule', { mode: 'json' }).notNull(),
    disagreementThreshold: real('disagreement_threshold').notNull().default(5),
    /** The juror who chairs; chair-only acts ask for this juror's PIN. */
    chairJurorId: integer('chair_juror_id').references(() => jurors.id, { onDelete: 'restrict' }),
    revealedAt: text('revealed_at'),
    revealedBy: text('revealed_by'),
    /** Random per session, never shown: binds jury packs and score packs to this session (HMAC key). */
    packSecret: text('pack_secret').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('cai_sessions_call').on(t.callId), check('cai_sessions_threshold', sql`${t.disagreementThreshold} >= 0 and ${t.disagreementThreshold} <= 20`)],
);

/** Who is convened, how they attended, and the salted slow hash of the PIN that opens their sheet. */
export const sessionMembers = sqliteTable(
  'session_members',
  {
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    attendance: text('attendance', { enum: ATTENDANCE_STATUSES }).notNull().default('convoque'),
    representedByJurorId: integer('represented_by_juror_id').references(() => jurors.id, { onDelete: 'restrict' }),
    /** scrypt$N$r$p$salt$hash, null until the chair sets a PIN. */
    pinHash: text('pin_hash'),
    /** Wrong PINs in a row; kept on disk so that restarting the app does not give 10,000 tries. */
    pinFailures: integer('pin_failures').notNull().default(0),
    /** ISO instant the lockout ends, null when not locked out. */
    pinLockedUntil: text('pin_locked_until'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.jurorId] })],
);

/** The recevable applications the session discusses, in discussion order. */
export const sessionAgenda = sqliteTable(
  'session_agenda',
  {
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'cascade' }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] }), uniqueIndex('session_agenda_position').on(t.sessionId, t.position)],
);

/** A juror's conflict of interest with one application, or with a provider (then all its applications). */
export const conflicts = sqliteTable(
  'conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id').notNull().references(() => jurors.id, { onDelete: 'restrict' }),
    applicationId: integer('application_id').references(() => applications.id, { onDelete: 'restrict' }),
    providerId: integer('provider_id').references(() => providers.id, { onDelete: 'restrict' }),
    type: text('type', { enum: CONFLICT_TYPES }).notNull(),
    note: text('note').notNull().default(''),
    declaredBy: text('declared_by').notNull(),
    /** Added or confirmed by the chair: the juror cannot withdraw it. */
    isPinned: integer('is_pinned', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    /** A withdrawn conflict stays on record, with who withdrew it, when and why. */
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    withdrawnReason: text('withdrawn_reason').notNull().default(''),
  },
  (t) => [
    index('conflicts_session_juror').on(t.sessionId, t.jurorId),
    check('conflicts_target', sql`(${t.applicationId} is null) <> (${t.providerId} is null)`),
  ],
);
