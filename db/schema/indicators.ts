// The common indicators every funded action reports on each year, the targets a convention sets for them,
// the yearly bilans (values with their breakdowns, the compte rendu financier), the dated QPV flags of
// territories, and the reviews of the pact's own action plan. Figures are entered, never rates: rates are
// computed as ratios of sums when rolled up.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { conventions } from './conventions.ts';
import { pactActions, pacts } from './pact.ts';
import { territories } from './territories.ts';
import {
  INDICATOR_KINDS,
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIMENSIONS,
  BILAN_STATUSES,
  BILAN_OUTCOMES,
  FINANCIAL_SIDES,
  PACT_REVIEW_KINDS,
  PACT_REVIEW_STATUSES,
  PACT_ACTION_PROGRESS,
} from '../../core/domain/indicators/indicator-enums.ts';

export {
  INDICATOR_KINDS,
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIMENSIONS,
  BILAN_STATUSES,
  BILAN_OUTCOMES,
  FINANCIAL_SIDES,
  PACT_REVIEW_KINDS,
  PACT_REVIEW_STATUSES,
  PACT_ACTION_PROGRESS,
};


/** One version of a common indicator. A code never changes meaning: a changed definition is a new version. */
export const indicatorDefinitions = sqliteTable(
  'indicator_definitions',
  {
    code: text('code').notNull(),
    version: integer('version').notNull(),
    /** The catalogue this version came from ("indicateurs-communs-v1"). */
    catalogueKey: text('catalogue_key').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    /** personnes | seances | heures | pourcent */
    unit: text('unit').notNull(),
    kind: text('kind', { enum: INDICATOR_KINDS }).notNull(),
    aggregation: text('aggregation', { enum: INDICATOR_AGGREGATIONS }).notNull(),
    /** For a ratio: the two codes; for a sum with a rate shown beside it, the denominator of that rate. */
    numeratorCode: text('numerator_code'),
    denominatorCode: text('denominator_code'),
    /** JSON array of codes whose sum a derived indicator is. */
    derivedFromJson: text('derived_from_json').notNull().default('[]'),
    /** JSON array of dimensions besides 'total' (INDICATOR_DIMENSIONS). */
    breakdownsJson: text('breakdowns_json').notNull().default('[]'),
    /** A sub-population of another code (IC02 ⊂ IC01): its value never exceeds that one's. */
    subsetOfCode: text('subset_of_code'),
    /** Codes of one group are exclusive categories of their common subsetOf code: together they never exceed it (exits). */
    exclusiveGroup: text('exclusive_group'),
    definition: text('definition').notNull().default(''),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] }), index('indicator_definitions_catalogue').on(t.catalogueKey)],
);

/** What a convention aims at, per year and indicator (printed in its annex III). */
export const conventionIndicatorTargets = sqliteTable(
  'convention_indicator_targets',
  {
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    targetValue: real('target_value').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conventionId, t.year, t.code] }),
    index('convention_indicator_targets_year_code').on(t.year, t.code),
    check('convention_indicator_targets_non_negative', sql`${t.targetValue} >= 0`),
  ],
);

/** The yearly bilan of a convention: its status, outcome, texts; values and the CRF in the tables below. */
export const bilans = sqliteTable(
  'bilans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conventionId: integer('convention_id').notNull().references(() => conventions.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    status: text('status', { enum: BILAN_STATUSES }).notNull().default('attendu'),
    outcome: text('outcome', { enum: BILAN_OUTCOMES }),
    /** Six months after the year's end by default. */
    dueOn: text('due_on').notNull(),
    receivedOn: text('received_on'),
    /** The provider's own account of the action (the qualitative part). */
    qualitative: text('qualitative').notNull().default(''),
    /** The manager's appraisal, printed on the fiche bilan. */
    appraisal: text('appraisal').notNull().default(''),
    /** Why it was rejected, found incomplete or dispensed. */
    statusReason: text('status_reason').notNull().default(''),
    decidedOn: text('decided_on'),
    decidedBy: text('decided_by'),
    /** SHA-256 of the last workbook imported into it: importing the same file again changes nothing. */
    sourceSha256: text('source_sha256'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('bilans_convention_year').on(t.conventionId, t.year),
    index('bilans_year_status').on(t.year, t.status),
  ],
);

/** One figure of a bilan: the total of an indicator, or one category of one of its breakdowns. */
export const bilanIndicatorValues = sqliteTable(
  'bilan_indicator_values',
  {
    bilanId: integer('bilan_id').notNull().references(() => bilans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    dimension: text('dimension', { enum: INDICATOR_DIMENSIONS }).notNull(),
    /** '' for the total; F | H | nr; <18 | 18-29 | 30-54 | 55+ | nr; oui | non | nr; a territory code or nr. */
    category: text('category').notNull(),
    value: real('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bilanId, t.code, t.dimension, t.category] }),
    index('bilan_indicator_values_code_dimension').on(t.code, t.dimension),
    check('bilan_indicator_values_non_negative', sql`${t.value} >= 0`),
  ],
);

/** The compte rendu financier (Cerfa 15059): charges and produits of the action, forecast against actual. */
export const financialReportLines = sqliteTable(
  'financial_report_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bilanId: integer('bilan_id').notNull().references(() => bilans.id, { onDelete: 'cascade' }),
    side: text('side', { enum: FINANCIAL_SIDES }).notNull(),
    position: integer('position').notNull(),
    /** The plan comptable account (60, 61, 64, 74…). */
    account: text('account').notNull(),
    label: text('label').notNull().default(''),
    plannedCents: integer('planned_cents').notNull(),
    actualCents: integer('actual_cents').notNull(),
  },
  (t) => [
    index('financial_report_lines_bilan').on(t.bilanId),
    check('financial_report_lines_non_negative', sql`${t.plannedCents} >= 0 and ${t.actualCents} >= 0`),
  ],
);

/** A territory's QPV status for a contrat de ville period: QPV lists change, a year uses the flags valid then. */
export const territoryFlags = sqliteTable(
  'territory_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    territoryId: integer('territory_id').notNull().references(() => territories.id, { onDelete: 'restrict' }),
    flag: text('flag').notNull().default('qpv'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
  },
  (t) => [index('territory_flags_territory').on(t.territoryId)],
);

/** A COPIL review of the pact's action plan: annual, mid-term or final. */
export const pactReviews = sqliteTable(
  'pact_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: PACT_REVIEW_KINDS }).notNull(),
    year: integer('year').notNull(),
    heldOn: text('held_on'),
    status: text('status', { enum: PACT_REVIEW_STATUSES }).notNull().default('brouillon'),
    /** Corrective measures, next year's priorities, decisions to validate: the COPIL document's last parts. */
    correctiveMeasures: text('corrective_measures').notNull().default(''),
    priorities: text('priorities').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('pact_reviews_kind_year').on(t.pactId, t.kind, t.year)],
);

/** Where one pact action stands at a review. */
export const pactActionProgress = sqliteTable(
  'pact_action_progress',
  {
    reviewId: integer('review_id').notNull().references(() => pactReviews.id, { onDelete: 'cascade' }),
    pactActionId: integer('pact_action_id').notNull().references(() => pactActions.id, { onDelete: 'restrict' }),
    status: text('status', { enum: PACT_ACTION_PROGRESS }).notNull().default('non_engagee'),
    onTime: integer('on_time', { mode: 'boolean' }).notNull().default(true),
    /** Required when abandoned. */
    reason: text('reason').notNull().default(''),
    comment: text('comment').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.pactActionId] }),
    check('pact_action_progress_abandon_reason', sql`${t.status} <> 'abandonnee' or length(trim(${t.reason})) > 0`),
  ],
);
