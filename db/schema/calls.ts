// Calls for projects (appels à projets): one per year, with its envelope and the pact it serves.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { pactLevers, pacts } from './pact.ts';

export const CALL_STATUSES = ['preparation', 'ouvert', 'clos'] as const;

export const calls = sqliteTable(
  'calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    pactId: integer('pact_id').notNull().references(() => pacts.id, { onDelete: 'restrict' }),
    opensOn: text('opens_on'),
    closesOn: text('closes_on'),
    envelopeCents: integer('envelope_cents').notNull(),
    priorities: text('priorities').notNull().default(''),
    status: text('status', { enum: CALL_STATUSES }).notNull().default('preparation'),
    /** Demo data is labelled everywhere it shows, and never mixed up with real files. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('calls_envelope_non_negative', sql`${t.envelopeCents} >= 0`),
    check('calls_dates_ordered', sql`${t.opensOn} is null or ${t.closesOn} is null or ${t.opensOn} <= ${t.closesOn}`),
  ],
);

export const callLeverEnvelopes = sqliteTable(
  'call_lever_envelopes',
  {
    callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    leverId: integer('lever_id').notNull().references(() => pactLevers.id, { onDelete: 'restrict' }),
    envelopeCents: integer('envelope_cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.leverId] }), check('call_lever_envelopes_non_negative', sql`${t.envelopeCents} >= 0`)],
);
