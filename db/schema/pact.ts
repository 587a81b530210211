// The pact referential, versioned: each imported pact is its own tree, never rewritten by a later one.

import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const pacts = sqliteTable('pacts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  subtitle: text('subtitle').notNull().default(''),
  territory: text('territory').notNull(),
  periodStart: integer('period_start').notNull(),
  periodEnd: integer('period_end').notNull(),
  source: text('source').notNull().default(''),
  formatVersion: integer('format_version').notNull(),
  /** SHA-256 of the imported file: importing the same file again is a no-op, a different one under the same code is refused. */
  contentSha256: text('content_sha256').notNull(),
  importedAt: text('imported_at').notNull(),
});

export const pactLevers = sqliteTable(
  'pact_levers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Lower-case, accent-free title, for search. */
    searchText: text('search_text').notNull(),
  },
  (t) => [uniqueIndex('pact_levers_pact_number').on(t.pactId, t.number)],
);

export const pactObjectives = sqliteTable(
  'pact_objectives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    leverId: integer('lever_id').notNull().references(() => pactLevers.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [uniqueIndex('pact_objectives_pact_code').on(t.pactId, t.code), index('pact_objectives_lever').on(t.leverId)],
);

export const pactOperationalObjectives = sqliteTable(
  'pact_operational_objectives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    objectiveId: integer('objective_id').notNull().references(() => pactObjectives.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    uniqueIndex('pact_operational_objectives_pact_code').on(t.pactId, t.code),
    index('pact_operational_objectives_objective').on(t.objectiveId),
  ],
);

export const pactActions = sqliteTable(
  'pact_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    operationalObjectiveId: integer('operational_objective_id')
      .notNull()
      .references(() => pactOperationalObjectives.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** JSON arrays of names, in the order of the source document. */
    partnersJson: text('partners_json').notNull().default('[]'),
    sourcesJson: text('sources_json').notNull().default('[]'),
    searchTitle: text('search_title').notNull(),
    searchPartners: text('search_partners').notNull(),
    searchSources: text('search_sources').notNull(),
  },
  (t) => [
    uniqueIndex('pact_actions_pact_code').on(t.pactId, t.code),
    index('pact_actions_operational_objective').on(t.operationalObjectiveId),
  ],
);

export const pactKeyFigures = sqliteTable(
  'pact_key_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    value: real('value').notNull(),
    unit: text('unit').notNull(),
    /** Null when the source prints no year for the figure. */
    year: integer('year'),
    note: text('note'),
  },
  (t) => [uniqueIndex('pact_key_figures_pact_key').on(t.pactId, t.key)],
);

export const pactGovernanceBodies = sqliteTable('pact_governance_bodies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  frequency: text('frequency').notNull(),
  role: text('role').notNull(),
  membersJson: text('members_json').notNull().default('[]'),
});

/** What was fixed by hand when the referential was curated from its source: kept for audit. */
export const pactCurationNotes = sqliteTable('pact_curation_notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
  location: text('location').notNull(),
  problem: text('problem').notNull(),
  fix: text('fix').notNull(),
});

