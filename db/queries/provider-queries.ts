// Providers: one row each; the SIRET is their identity (unique), the search name feeds search and duplicate warnings.
import { asc, count, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { Provider, ProviderFields, ProviderList } from '../../core/service/providers/providers-api.ts';
import type { Db } from '../open-database.ts';
import { providers } from '../schema/providers.ts';
import { ftsMatchExpression, matchesFullText } from './full-text.ts';

const summaryColumns = { id: providers.id, name: providers.name, legalForm: providers.legalForm, siret: providers.siret, city: providers.city, isDemo: providers.isDemo };

export function listProviders(db: Db, query: string | undefined, limit: number, offset: number): ProviderList {
  const expression = query ? ftsMatchExpression(query) : null;
  const where = expression ? matchesFullText(providers.id, 'provider_search', expression) : undefined;
  const total = db.select({ n: count() }).from(providers).where(where).get()?.n ?? 0;
  const items = db.select(summaryColumns).from(providers).where(where).orderBy(asc(providers.searchName), asc(providers.id)).limit(limit).offset(offset).all();
  return { total, items };
}

export function getProvider(db: Db, id: number): Provider {
  const row = db.select().from(providers).where(eq(providers.id, id)).get();
  if (!row) throw new AppError('not_found', `Aucun prestataire n° ${id}.`);
  const { searchName: _searchName, ...provider } = row;
  return provider;
}

/** Every provider's name, for the similarity check (a few thousand at most). */
export function providerNames(db: Db, excludeId?: number): { id: number; name: string; siret: string | null }[] {
  return db
    .select({ id: providers.id, name: providers.name, siret: providers.siret })
    .from(providers)
    .where(excludeId === undefined ? undefined : ne(providers.id, excludeId))
    .all();
}

export function findBySiret(db: Db, siret: string): { id: number; name: string } | undefined {
  return db.select({ id: providers.id, name: providers.name }).from(providers).where(eq(providers.siret, siret)).get();
}

export function saveProvider(db: Db, fields: ProviderFields, now: string, id?: number, isDemo = false): number {
  if (fields.siret) {
    const holder = findBySiret(db, fields.siret);
    if (holder && holder.id !== id) {
      throw new AppError('conflict', `Le SIRET ${fields.siret} est déjà celui du prestataire « ${holder.name} » (n° ${holder.id}).`, [
        { path: 'siret', message: `Déjà utilisé par « ${holder.name} ».` },
      ]);
    }
  }
  const values = { ...fields, searchName: toSearchText(fields.name), updatedAt: now };
  return db.transaction((tx) => {
    let providerId: number;
    if (id === undefined) {
      providerId = tx.insert(providers).values({ ...values, isDemo, createdAt: now }).returning({ id: providers.id }).get().id;
    } else {
      const updated = tx.update(providers).set(values).where(eq(providers.id, id)).returning({ id: providers.id }).get();
      if (!updated) throw new AppError('not_found', `Aucun prestataire n° ${id}.`);
      providerId = id;
    }
    tx.run(sql`delete from provider_search where rowid = ${providerId}`);
    tx.run(sql`insert into provider_search (rowid, name, siret) values (${providerId}, ${values.searchName}, ${fields.siret ?? ''})`);
    return providerId;
  });
}
