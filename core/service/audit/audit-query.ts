// The audit log filtered in SQL: the page shown, the counts over every matching entry, the values to filter by.
import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { AUDIT_ACTION_LABELS, type AuditCount, type AuditFilters, type AuditList, type AuditLogEntry } from './audit-api.ts';

type FacetColumn = typeof auditLog.actor | typeof auditLog.action | typeof auditLog.entity;
type TextColumn = FacetColumn | typeof auditLog.details;

// SQLite's lower() folds ASCII only: the accented letters of French names are folded here, so that
// "agnes" finds "Agnès" and "ELOISE" finds "Éloïse".
const FOLDS: readonly (readonly [string, string])[] = [
  ...[...'àáâäãåÀÁÂÄÃÅ'].map((letter) => [letter, 'a'] as const),
  ...[...'çÇ'].map((letter) => [letter, 'c'] as const),
  ...[...'éèêëÉÈÊË'].map((letter) => [letter, 'e'] as const),
  ...[...'íìîïÍÌÎÏ'].map((letter) => [letter, 'i'] as const),
  ...[...'ñÑ'].map((letter) => [letter, 'n'] as const),
  ...[...'óòôöõÓÒÔÖÕ'].map((letter) => [letter, 'o'] as const),
  ...[...'úùûüÚÙÛÜ'].map((letter) => [letter, 'u'] as const),
  ...[...'ÿŸ'].map((letter) => [letter, 'y'] as const),
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['’', "'"],
];

/** The column folded the way foldText folds a typed word (the constants are ours: raw SQL is safe). */
function folded(column: TextColumn): SQL {
  let expression = sql`lower(${column})`;
  for (const [from, to] of FOLDS) expression = sql`replace(${expression}, ${sql.raw(`'${from}'`)}, ${sql.raw(`'${to.replace(/'/gu, "''")}'`)})`;
  return expression;
}

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/giu, 'oe')
    .replace(/æ/giu, 'ae')
    .replace(/’/gu, "'")
    .toLowerCase();
}

function containsFolded(column: TextColumn, text: string): SQL {
  const pattern = `%${foldText(text).replace(/[\\%_]/gu, (character) => `\\${character}`)}%`;
  return sql`${folded(column)} like ${pattern} escape '\\'`;
}

/** The first instant of a day on this computer's calendar, as the log stores instants (UTC ISO). */
function startOfLocalDay(isoDate: string, addDays = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + addDays).toISOString();
}

export function auditWhere(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.from) conditions.push(gte(auditLog.at, startOfLocalDay(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, startOfLocalDay(filters.to, 1)));
  if (filters.actor) conditions.push(containsFolded(auditLog.actor, filters.actor));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entity) conditions.push(eq(auditLog.entity, filters.entity));
  if (filters.search) {
    // The operation is found by its French words too ("avis" finds sessions.setAvis, "révélées" the reveal).
    const words = foldText(filters.search);
    const labelled = Object.entries(AUDIT_ACTION_LABELS).flatMap(([action, label]) => (foldText(label).includes(words) ? [action] : []));
    const anyOf = [containsFolded(auditLog.action, filters.search), containsFolded(auditLog.actor, filters.search), containsFolded(auditLog.details, filters.search)];
    if (labelled.length > 0) anyOf.push(inArray(auditLog.action, labelled));
    conditions.push(or(...anyOf) as SQL);
  }
  return conditions.length === 0 ? undefined : and(...conditions);
}

type Row = typeof auditLog.$inferSelect;

export function toAuditEntry({ previousHash: _previous, details, ...row }: Row): AuditLogEntry {
  return { ...row, details: JSON.parse(details) as unknown };
}

function countsBy(db: Db, column: FacetColumn, where: SQL | undefined): AuditCount[] {
  return db
    .select({ value: column, count: count() })
    .from(auditLog)
    .where(where)
    .groupBy(column)
    .orderBy(desc(count()), column)
    .all();
}

function distinct(db: Db, column: FacetColumn): string[] {
  return db
    .selectDistinct({ value: column })
    .from(auditLog)
    .orderBy(column)
    .all()
    .map((row) => row.value);
}

export function listAudit(db: Db, filters: AuditFilters, page: { limit: number; offset: number }): AuditList {
  const where = auditWhere(filters);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const overall = where === undefined ? total : (db.select({ n: count() }).from(auditLog).get()?.n ?? 0);
  const rows = db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(page.limit).offset(page.offset).all();
  return {
    total,
    overall,
    items: rows.map(toAuditEntry),
    counts: { actors: countsBy(db, auditLog.actor, where), actions: countsBy(db, auditLog.action, where), entities: countsBy(db, auditLog.entity, where) },
    choices: { actors: distinct(db, auditLog.actor), actions: distinct(db, auditLog.action), entities: distinct(db, auditLog.entity) },
  };
}

/** Every matching entry, oldest first (the order of the chain), for an export. */
export function allMatchingAudit(db: Db, filters: AuditFilters): AuditLogEntry[] {
  return db.select().from(auditLog).where(auditWhere(filters)).orderBy(auditLog.seq).all().map(toAuditEntry);
}
