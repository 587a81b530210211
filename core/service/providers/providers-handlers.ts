// Providers: record, correct, find, and warn before a body is entered twice.
import { normalizeSiret } from '../../domain/identifiers.ts';
import { isProbablySameName } from '../../domain/similar-names.ts';
import { getProvider, listProviders, providerNames, saveProvider } from '../../../db/queries/provider-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import type { Handlers } from '../handlers.ts';
import type { ProbableDuplicate, ProviderFields, providersMethods } from './providers-api.ts';

/** Same SIRET first (certain), then close names (probable); never the provider itself. */
export function probableDuplicates(db: Db, name: string, siret: string | null, excludeId?: number): ProbableDuplicate[] {
  const others = providerNames(db, excludeId);
  const sameSiret = siret ? others.filter((other) => other.siret === siret).map((other) => ({ ...other, reason: 'siret' as const })) : [];
  const closeName = others
    .filter((other) => !sameSiret.some((found) => found.id === other.id) && name.trim() !== '' && isProbablySameName(name, other.name))
    .map((other) => ({ ...other, reason: 'name' as const }));
  return [...sameSiret, ...closeName];
}

function saved(db: Db, id: number, fields: ProviderFields) {
  return { provider: getProvider(db, id), probableDuplicates: probableDuplicates(db, fields.name, fields.siret, id) };
}

export const providersHandlers: Handlers<keyof typeof providersMethods> = {
  'providers.list': ({ query, limit, offset }, { db }) => listProviders(db, query, limit, offset),
  'providers.get': ({ id }, { db }) => getProvider(db, id),
  'providers.findDuplicates': ({ name, siret, excludeId }, { db }) => probableDuplicates(db, name, siret ? normalizeSiret(siret) : null, excludeId),
  'providers.create': (fields, { db, now }) => saved(db, saveProvider(db, fields, now().toISOString()), fields),
  'providers.update': ({ id, ...fields }, { db, now }) => saved(db, saveProvider(db, fields, now().toISOString(), id), fields),
};
