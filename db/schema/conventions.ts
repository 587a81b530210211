// Funding conventions (conventions de financement) after the CAI's avis: the act, its yearly amounts,
// its payment schedule (échéancier), payments (versements), recoveries (reversements) and avenants.
// Nothing here is overwritten: an avenant supersedes schedule lines, the history is append-only.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { applications } from './applications.ts';
import { providers } from './providers.ts';
import { caiSessions } from './sessions.ts';

export const CONVENTION_STATUSES = ['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee', 'abandonnee'] as const;
/** 'arrete': an arrêté attributif, allowed while the provider's yearly total stays at or below 23 000 €. */
export const CONVENTION_INSTRUMENTS = ['convention', 'arrete'] as const;
export const CONVENTION_DURATIONS = ['annuelle', 'pluriannuelle'] as const;
export const SCHEDULE_KINDS = ['avance', 'acompte', 'solde'] as const;
export const SCHEDULE_TRIGGERS = ['signature', 'date', 'bilan'] as const;
export const PAYMENT_STATUSES = ['mandate', 'paye', 'annule'] as const;
export const RECOVERY_CAUSES = ['non_consomme', 'non_realisation', 'contrat_engagement_republicain', 'controle', 'autre'] as const;
export const CONVENTION_EVENT_KINDS = ['statut', 'montant', 'echeancier', 'avenant', 'versement', 'reversement', 'bilan', 'modification'] as const;

export const conventions = sqliteTable(
  'conventions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Readable and unique: CONV-2018-007 (the same sequence for an arrêté). */
    number: text('number').notNull(),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    sessionId: integer('session_id').notNull().references(() => caiSessions.id, { onDelete: 'restrict' }),
    providerId: integer('provider_id').notNull().references(() => providers.id, { onDelete: 'restrict' }),
    instrument: text('instrument', { enum: CONVENTION_INSTRUMENTS }).notNull().default('convention'),
    duration: text('duration', { enum: CONVENTION_DURATIONS }).notNull().default('annuelle'),
    object: text('object').notNull(),
    /** What the SCDL open-data file shows (256 characters at most). */
    openDataObject: text('open_data_object').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** The sum of the yearly amounts, kept on the row so that lists and totals need no aggregation of years. */
    totalCents: integer('total_cents').notNull(),
    eligibleCostCents: integer('eligible_cost_cents').notNull().default(0),
    /** The conditions of a "favorable sous réserve" avis, carried into the convention. */
    conditions: text('conditions').notNull().default(''),
    status: text('status', { enum: CONVENTION_STATUSES }).notNull().default('brouillon'),
    caDeliberationRef: text('ca_deliberation_ref'),
    caDeliberationOn: text('ca_deliberation_on'),
    signedProviderOn: text('signed_provider_on'),
    signedCcasOn: text('signed_ccas_on'),
    /** Advance at signature in basis points (7000 = 70 %), from the settings when drafted. */
    advanceBp: integer('advance_bp').notNull(),
    templateVersion: text('template_version').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('conventions_number').on(t.number),
    uniqueIndex('conventions_application').on(t.applicationId),
    index('conventions_provider').on(t.providerId),
    index('conventions_status').on(t.status),
    index('conventions_session').on(t.sessionId),
    check('conventions_total_non_negative', sql`${t.totalCents} >= 0`),
    check('conventions_dates_ordered', sql`${t.startsOn} <= ${t.endsOn}`),
    check('conventions_advance_bp', sql`${t.advanceBp} between 0 and 10000`),
  ],
);

/** One amount per year of the action (a single row for an annual convention). */
export const conventionYears = sqliteTable(
  'convention_years',
  {
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** The year's bilan was accepted on this date: the trigger of that year's balance. */
    bilanAcceptedOn: text('bilan_accepted_on'),
  },
  (t) => [primaryKey({ columns: [t.conventionId, t.year] }), index('convention_years_year').on(t.year), check('convention_years_amount', sql`${t.amountCents} >= 0`)],
);

export const avenants = sqliteTable(
  'avenants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    rank: integer('rank').notNull(),
    /** JSON: [{ field, label, before, after }] — what the avenant changes, as the document shows it. */
    changes: text('changes').notNull(),
    reason: text('reason').notNull(),
    previousTotalCents: integer('previous_total_cents').notNull(),
    newTotalCents: integer('new_total_cents').notNull(),
    caDeliberationRef: text('ca_deliberation_ref'),
    caDeliberationOn: text('ca_deliberation_on'),
    signedOn: text('signed_on'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('avenants_rank').on(t.conventionId, t.rank)],
);

/** The échéancier: lines are never deleted; an avenant marks the ones it replaces as superseded. */
export const scheduleLines = sqliteTable(
  'schedule_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    rank: integer('rank').notNull(),
    kind: text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    /** The share of the year's amount in basis points, when the line was computed from one. */
    percentBp: integer('percent_bp'),
    plannedCents: integer('planned_cents').notNull(),
    trigger: text('trigger', { enum: SCHEDULE_TRIGGERS }).notNull(),
    /** The date of a 'date' trigger. */
    plannedOn: text('planned_on'),
    supersededByAvenantId: integer('superseded_by_avenant_id').references(() => avenants.id, { onDelete: 'restrict' }),
    createdByAvenantId: integer('created_by_avenant_id').references(() => avenants.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('schedule_lines_convention').on(t.conventionId),
    uniqueIndex('schedule_lines_rank').on(t.conventionId, t.rank),
    check('schedule_lines_planned', sql`${t.plannedCents} >= 0`),
  ],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    scheduleLineId: integer('schedule_line_id').notNull().references(() => scheduleLines.id, { onDelete: 'restrict' }),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    mandateRef: text('mandate_ref').notNull().default(''),
    orderedOn: text('ordered_on'),
    paidOn: text('paid_on'),
    /** Why a line was paid before its trigger was met (logged in the history too). */
    overrideReason: text('override_reason').notNull().default(''),
    cancelReason: text('cancel_reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('payments_convention').on(t.conventionId), index('payments_line').on(t.scheduleLineId), check('payments_amount_positive', sql`${t.amountCents} > 0`)],
);

export const recoveries = sqliteTable(
  'recoveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    amountCents: integer('amount_cents').notNull(),
    cause: text('cause', { enum: RECOVERY_CAUSES }).notNull(),
    decisionRef: text('decision_ref').notNull(),
    dueOn: text('due_on'),
    receivedOn: text('received_on'),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('recoveries_convention').on(t.conventionId), check('recoveries_amount_positive', sql`${t.amountCents} > 0`)],
);

/** Every act on a convention, with who, when and why: never updated, never deleted. */
export const conventionEvents = sqliteTable(
  'convention_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: CONVENTION_EVENT_KINDS }).notNull(),
    fromStatus: text('from_status', { enum: CONVENTION_STATUSES }),
    toStatus: text('to_status', { enum: CONVENTION_STATUSES }),
    summary: text('summary').notNull(),
    reason: text('reason').notNull().default(''),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('convention_events_convention').on(t.conventionId)],
);
