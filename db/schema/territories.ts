// The territories an action may cover: a city's neighbourhoods, priority ones (QPV) marked. Shipped for
// Rennes, editable: another city has other territories.
import { integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const territories = sqliteTable('territories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stable key for imports and code ("le-blosne"); the name may be edited. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** A quartier prioritaire de la politique de la ville: its residents have priority (Plan Emploi Quartier). */
  isPriority: integer('is_priority', { mode: 'boolean' }).notNull().default(false),
  /** A QPV lies within a neighbourhood (Champs-Manceaux in Bréquigny). */
  parentId: integer('parent_id').references((): AnySQLiteColumn => territories.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
  /** Kept for history once used, hidden from new choices. */
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
});
