// The audit log: every write of the service, who, when, what; append-only and chained by SHA-256
// (core/domain/jury/audit-chain.ts). Triggers in the migration refuse any update or delete.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  /** The API method, e.g. "sessions.reveal". */
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  /** JSON of the input, secrets masked and file contents replaced by their SHA-256. */
  details: text('details').notNull(),
  previousHash: text('previous_hash'),
  hash: text('hash').notNull(),
});
