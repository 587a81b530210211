// Recevabilité: the points a call adds to the standard checklist, and every tick given on an application.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { applications } from './applications.ts';
import { calls } from './calls.ts';

/** Points checked by hand that this call asks for on top of the standard ones (core/domain/eligibility.ts). */
export const callChecklistItems = sqliteTable(
  'call_checklist_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('call_checklist_items_position').on(t.callId, t.position)],
);

/**
 * Ticks and unticks, append-only: the current state of an item is its latest row, and the rows before it
 * say who checked what and when. itemKey is a standard key or 'call:<id>' for a point of the call.
 */
export const applicationChecks = sqliteTable(
  'application_checks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'restrict' }),
    itemKey: text('item_key').notNull(),
    isChecked: integer('is_checked', { mode: 'boolean' }).notNull(),
    note: text('note').notNull().default(''),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('application_checks_application').on(t.applicationId, t.itemKey)],
);
