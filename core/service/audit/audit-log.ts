// Appends every write of the service to the chained audit log, in the transaction of the write itself.
import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { chainAuditEntry, verifyChain, type AuditEntry, type ChainCheck, type JsonValue } from '../../domain/jury/audit-chain.ts';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reading methods leave no trace; every other method is a write and is logged. */
const READ_ONLY_VERB = /^(get|list|search|find|export|template|content|for|info|results|verify|show|progress|preview|check)|^localUser$|^setupStatus$/u;

export function isWriteMethod(method: string, input: unknown): boolean {
  const verb = method.slice(method.indexOf('.') + 1);
  if (READ_ONLY_VERB.test(verb)) return false;
  // A dry run (imports) reads and validates only.
  return !(typeof input === 'object' && input !== null && (input as { dryRun?: unknown }).dryRun === true);
}

const SECRET_KEY = /pin|passphrase|secret|password|token/iu;
// Scores are sealed until the chair reveals them, and anyone may read the log (audit.list): an entry
// says which sheet and criterion were saved, by whom and when, never the score itself.
const SEALED_KEY = /^answers?$/u;

/**
 * What the log keeps of an input: secrets masked, file contents (base64) replaced by their size and
 * SHA-256 — the log proves which file was given without copying it.
 */
export function auditDetails(value: unknown, key = ''): JsonValue {
  if (key !== '' && (SECRET_KEY.test(key) || SEALED_KEY.test(key)) && value !== undefined && value !== null) return '***';
  if (typeof value === 'string' && /base64$/iu.test(key)) {
    const bytes = Buffer.from(value, 'base64');
    return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map((item) => auditDetails(item));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).flatMap(([name, item]) => (item === undefined ? [] : [[name, auditDetails(item, name)]])));
  }
  return null;
}

/** The id of what a write created or changed, when its result names one. */
export function resultEntityId(result: unknown, input: unknown): string | null {
  const pick = (value: unknown): string | null => {
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    for (const name of ['id', 'applicationId', 'sessionId', 'callId']) {
      const candidate = record[name];
      if (typeof candidate === 'number' || typeof candidate === 'string') return String(candidate);
    }
    // providers.create|update answer { provider, similar }: the provider is what was written.
    return typeof record.provider === 'object' ? pick(record.provider) : null;
  };
  return pick(result) ?? pick(input);
}

/**
 * Acts on one application made from another screen: an avis is decided in a session but is about the
 * application, and the audit screen links it to the application's page.
 */
const APPLICATION_ACTS: ReadonlySet<string> = new Set(['sessions.setAvis']);

export type AuditTarget = { entity: string; entityId: string | null };

/** What an entry is about: the method's area (its prefix) and the id, or the application for its acts. */
export function auditTarget(method: string, result: unknown, input: unknown): AuditTarget {
  const applicationId = typeof input === 'object' && input !== null ? (input as { applicationId?: unknown }).applicationId : undefined;
  if (APPLICATION_ACTS.has(method) && typeof applicationId === 'number') return { entity: 'applications', entityId: String(applicationId) };
  return { entity: method.slice(0, method.indexOf('.')), entityId: resultEntityId(result, input) };
}

/** Rows written by this connection since it opened (SQLite's total_changes()): tells a write that wrote nothing. */
export function totalChanges(db: Db): number {
  return db.get<{ n: number }>(sql`select total_changes() as n`).n;
}

type Row = typeof auditLog.$inferSelect;

function toEntry(row: Row): AuditEntry {
  return { ...row, details: JSON.parse(row.details) as JsonValue };
}

export function appendAudit(db: Db, content: { at: string; actor: string; action: string; entity?: string; entityId: string | null; details: JsonValue }): void {
  const last = db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const entity = content.entity ?? content.action.slice(0, content.action.indexOf('.'));
  const entry = chainAuditEntry(last ? toEntry(last) : undefined, { ...content, entity }, sha256Hex);
  db.insert(auditLog)
    .values({ ...entry, entityId: entry.entityId === null ? null : String(entry.entityId), details: JSON.stringify(entry.details) })
    .run();
}

export function verifyAuditLog(db: Db): ChainCheck {
  const rows = db.select().from(auditLog).orderBy(asc(auditLog.seq)).all();
  return verifyChain(rows.map(toEntry), sha256Hex);
}
