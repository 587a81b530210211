// Jury members: one row each, kept from one session and one year to the next.
import { asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import type { Civility } from '../../core/domain/french-gender.ts';
import type { Juror, JurorRole } from '../../core/service/jurors/jurors-api.ts';
import type { Db } from '../open-database.ts';
import { jurors } from '../schema/jury.ts';

export type JurorFields = { name: string; civility: Civility; role: JurorRole; organisation: string; isPermanent: boolean; email: string | null };

export const jurorColumns = {
  id: jurors.id,
  name: jurors.name,
  civility: jurors.civility,
  role: jurors.role,
  organisation: jurors.organisation,
  isPermanent: jurors.isPermanent,
  email: jurors.email,
  isDemo: jurors.isDemo,
};

export function listJurors(db: Db): Juror[] {
  return db.select(jurorColumns).from(jurors).orderBy(asc(jurors.name), asc(jurors.id)).all();
}

export function getJuror(db: Db, id: number): Juror {
  const row = db.select(jurorColumns).from(jurors).where(eq(jurors.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucun membre du jury n° ${id}.`);
  return row;
}

/** The jurors of these ids, by id; an unknown id is the caller's mistake, named in French. */
export function requireJurors(db: Db, ids: readonly number[], path: string): Map<number, Juror> {
  const rows = ids.length === 0 ? [] : db.select(jurorColumns).from(jurors).where(inArray(jurors.id, [...ids])).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      'validation',
      `Membre du jury inconnu : n° ${unknown.join(', n° ')}.`,
      unknown.map((id) => ({ path: `${path}.${ids.indexOf(id)}`, message: `Aucun membre du jury n° ${id}.` })),
    );
  }
  return byId;
}

export function saveJuror(db: Db, fields: JurorFields, now: string, id?: number): number {
  if (id === undefined) return db.insert(jurors).values({ ...fields, createdAt: now, updatedAt: now }).returning({ id: jurors.id }).get().id;
  const updated = db.update(jurors).set({ ...fields, updatedAt: now }).where(eq(jurors.id, id)).returning({ id: jurors.id }).get();
  if (!updated) throw new AppError('not_found', `Aucun membre du jury n° ${id}.`);
  return id;
}
