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
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name glob 'pact_*' order by name").all() as { name: string }[];
  return {
    pacts: sqlite.prepare('select * from pacts where id = ?').all(pactId),
    ...Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}" where pact_id = ? order by id`).all(pactId)])),
  };
}
