// Whole-database snapshots, to prove that a refused or no-op operation wrote nothing at all.
import type Database from 'better-sqlite3';

/** Every row of every table of the app (drizzle's bookkeeping included), in a stable order. */
export function snapshotTables(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  // Sorted in JS: FTS5 shadow tables are WITHOUT ROWID, so "order by rowid" is not available everywhere.
  return Object.fromEntries(tables.map(({ name }) => [name, sortedRows(sqlite.prepare(`select * from "${name}"`).all())]));
}

function sortedRows(rows: unknown[]): unknown[] {
  return rows.map((row) => [JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)), row] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** The rows that belong to one pact, across every pact table. */
export function snapshotPactRows(sqlite: Database.Database, pactId: number): Record<string, unknown[]> {
  // The pact's referential tables carry pact_id; review progress hangs from a review, not a pact.
  const tables = sqlite
    .prepare("select m.name from sqlite_master m where m.type = 'table' and m.name glob 'pact_*' and exists (select 1 from pragma_table_info(m.name) c where c.name = 'pact_id') order by m.name")
    .all() as { name: string }[];
  return {
    pacts: sqlite.prepare('select * from pacts where id = ?').all(pactId),
    ...Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}" where pact_id = ? order by id`).all(pactId)])),
  };
}

/**
 * Every table except what a refused wrong PIN keeps on purpose (pin-lockout.ts): the members' failure
 * counts and the audit log. Tests then check that trace on its own.
 */
export function snapshotBesidesPinTrace(sqlite: Database.Database): Record<string, unknown[]> {
  const { audit_log: _log, session_members: members = [], ...tables } = snapshotTables(sqlite);
  const withoutCounts = members.map((row) => {
    const { pin_failures: _failures, pin_locked_until: _until, ...rest } = row as Record<string, unknown>;
    return rest;
  });
  return { ...tables, session_members: withoutCounts };
}

/** The audit actions written after the given sequence number, in order. */
export function auditActionsAfter(sqlite: Database.Database, seq: number): string[] {
  return (sqlite.prepare('select action from audit_log where seq > ? order by seq').all(seq) as { action: string }[]).map((row) => row.action);
}

export function lastAuditSeq(sqlite: Database.Database): number {
  return (sqlite.prepare('select coalesce(max(seq), 0) as seq from audit_log').get() as { seq: number }).seq;
}
