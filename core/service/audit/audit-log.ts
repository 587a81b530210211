// Appends every write of the service to the chained audit log, in the transaction of the write itself.
import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { jurors } from '../../../db/schema/jury.ts';
import { peekToken } from '../scoring/jury-tokens.ts';
import { chainAuditEntry, verifyChain, type AuditEntry, type ChainCheck, type JsonValue } from '../../domain/jury/audit-chain.ts';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reading methods leave no trace; every other method is a write and is logged. */
const READ_ONLY_VERB = /^(get|list|search|find|export|template|content|for|info|results|verify|show|progress|preview|check)/u;

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
    return null;
  };
  return pick(result) ?? pick(input);
}

/**
 * Who acted: in jury mode the juror whose token opened the sheet (the laptop's user is only the
 * chair's account), otherwise the user of the app.
 */
export function auditActor(db: Db, appUser: string, input: unknown): string {
  const token = typeof input === 'object' && input !== null ? (input as { juryToken?: unknown }).juryToken : undefined;
  const grant = typeof token === 'string' ? peekToken(db, token) : undefined;
  if (!grant) return appUser;
  const juror = db.select({ name: jurors.name }).from(jurors).where(eq(jurors.id, grant.jurorId)).get();
  return `juré ${juror?.name ?? `n° ${grant.jurorId}`} (poste de ${appUser})`;
}

/** Rows written by this connection since it opened (SQLite's total_changes()): tells a write that wrote nothing. */
export function totalChanges(db: Db): number {
  return db.get<{ n: number }>(sql`select total_changes() as n`).n;
}

type Row = typeof auditLog.$inferSelect;

function toEntry(row: Row): AuditEntry {
  return { ...row, details: JSON.parse(row.details) as JsonValue };
}

export function appendAudit(db: Db, content: { at: string; actor: string; action: string; entityId: string | null; details: JsonValue }): void {
  const last = db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const entity = content.action.slice(0, content.action.indexOf('.'));
  const entry = chainAuditEntry(last ? toEntry(last) : undefined, { ...content, entity }, sha256Hex);
  db.insert(auditLog)
    .values({ ...entry, entityId: entry.entityId === null ? null : String(entry.entityId), details: JSON.stringify(entry.details) })
    .run();
}

export function verifyAuditLog(db: Db): ChainCheck {
  const rows = db.select().from(auditLog).orderBy(asc(auditLog.seq)).all();
  return verifyChain(rows.map(toEntry), sha256Hex);
}
