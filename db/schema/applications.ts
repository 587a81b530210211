// Funding applications (dossiers de demande, the shape of Cerfa 12156: one per action) and what hangs on them.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { calls } from './calls.ts';
import { pactOperationalObjectives } from './pact.ts';
import { providers } from './providers.ts';
import { territories } from './territories.ts';

export const APPLICATION_STATUSES = ['brouillon', 'depose', 'recevable', 'irrecevable'] as const;
export const APPLICATION_PUBLICS = ['rsa', 'plie', 'jeunes', 'femmes', 'qpv', 'autre'] as const;
export const APPLICATION_DURATIONS = ['annuelle', 'pluriannuelle'] as const;

export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'restrict' }),
    providerId: integer('provider_id').notNull().references(() => providers.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    /** toSearchText(title): an application is the same by call, provider and this (imports rely on it). */
    titleKey: text('title_key').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    publicOther: text('public_other').notNull().default(''),
    expectedParticipants: integer('expected_participants').notNull().default(0),
    expectedRsaParticipants: integer('expected_rsa_participants').notNull().default(0),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    isRenewal: integer('is_renewal', { mode: 'boolean' }).notNull().default(false),
    duration: text('duration', { enum: APPLICATION_DURATIONS }).notNull().default('annuelle'),
    mobility: text('mobility').notNull().default(''),
    /** Totals of the budget lines, kept with the row so that lists and envelopes need no aggregation. */
    chargesCents: integer('charges_cents').notNull().default(0),
    incomeCents: integer('income_cents').notNull().default(0),
    requestedCents: integer('requested_cents').notNull().default(0),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('brouillon'),
    statusReason: text('status_reason').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('applications_identity').on(t.callId, t.providerId, t.titleKey),
    index('applications_call_status').on(t.callId, t.status),
    index('applications_provider').on(t.providerId),
    check('applications_participants', sql`${t.expectedParticipants} >= 0 and ${t.expectedRsaParticipants} >= 0 and ${t.expectedRsaParticipants} <= ${t.expectedParticipants}`),
    check('applications_dates_ordered', sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** The pact's operational objectives an action targets: exactly one primary, any secondary. */
export const applicationObjectives = sqliteTable(
  'application_objectives',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    operationalObjectiveId: integer('operational_objective_id').notNull().references(() => pactOperationalObjectives.id, { onDelete: 'restrict' }),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.operationalObjectiveId] }),
    uniqueIndex('application_objectives_one_primary').on(t.applicationId).where(sql`${t.isPrimary} = 1`),
    index('application_objectives_objective').on(t.operationalObjectiveId),
  ],
);

export const applicationPublics = sqliteTable(
  'application_publics',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    publicKey: text('public_key', { enum: APPLICATION_PUBLICS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.publicKey] })],
);

export const applicationTerritories = sqliteTable(
  'application_territories',
  {
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    territoryId: integer('territory_id').notNull().references(() => territories.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.territoryId] }), index('application_territories_territory').on(t.territoryId)],
);

/** The budget prévisionnel, line by line in the Cerfa accounts (core/domain/budget.ts); an account may repeat with labels. */
export const applicationBudgetLines = sqliteTable(
  'application_budget_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    account: text('account').notNull(),
    label: text('label').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [index('application_budget_lines_application').on(t.applicationId), check('application_budget_lines_non_negative', sql`${t.amountCents} >= 0`)],
);

/** The evaluation indicators the provider proposes (Cerfa 12156, "évaluation"). */
export const applicationIndicators = sqliteTable(
  'application_indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    target: text('target').notNull().default(''),
  },
  (t) => [index('application_indicators_application').on(t.applicationId)],
);

/** Every change of status, with who, when and why: never updated, never deleted. */
export const applicationStatusChanges = sqliteTable(
  'application_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    fromStatus: text('from_status', { enum: APPLICATION_STATUSES }),
    toStatus: text('to_status', { enum: APPLICATION_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('application_status_changes_application').on(t.applicationId)],
);
