// Providers: record, correct, find, and warn before a body is entered twice.
import { normalizeSiret } from '../../domain/identifiers.ts';
import { nameSimilarity, PROBABLE_DUPLICATE_SIMILARITY } from '../../domain/similar-names.ts';
import { getProvider, listProviders, providerNames, saveProvider } from '../../../db/queries/provider-queries.ts';
import { providerFunding } from '../../../db/queries/application-decisions.ts';
import type { Db } from '../../../db/open-database.ts';
import type { Handlers } from '../handlers.ts';
import type { ProbableDuplicate, ProviderFields, providersMethods } from './providers-api.ts';

/** Same SIRET first (certain), then close names (probable); never the provider itself. */
export function probableDuplicates(db: Db, name: string, siret: string | null, excludeId?: number): ProbableDuplicate[] {
  const others = providerNames(db, excludeId);
  const sameSiret = siret ? others.filter((other) => other.siret === siret).map((other) => ({ ...other, reason: 'siret' as const })) : [];
  // Closest names first: a screen that shows only the first few shows the likeliest.
  const closeName = others
    .filter((other) => !sameSiret.some((found) => found.id === other.id) && name.trim() !== '')
    .map((other) => ({ other, similarity: nameSimilarity(name, other.name) }))
    .filter(({ similarity }) => similarity >= PROBABLE_DUPLICATE_SIMILARITY)
    .sort((left, right) => right.similarity - left.similarity)
    .map(({ other }) => ({ ...other, reason: 'name' as const }));
  return [...sameSiret, ...closeName];
}

function saved(db: Db, id: number, fields: ProviderFields) {
  return { provider: getProvider(db, id), probableDuplicates: probableDuplicates(db, fields.name, fields.siret, id) };
}

export const providersHandlers: Handlers<keyof typeof providersMethods> = {
  'providers.list': ({ query, limit, offset }, { db }) => listProviders(db, query, limit, offset),
  'providers.get': ({ id }, { db }) => getProvider(db, id),
  'providers.funding': ({ id }, { db }) => {
    getProvider(db, id); // an unknown provider is refused, not shown an empty history
    return providerFunding(db, id);
  },
  'providers.findDuplicates': ({ name, siret, excludeId }, { db }) => probableDuplicates(db, name, siret ? normalizeSiret(siret) : null, excludeId),
  'providers.create': (fields, { db, now }) => saved(db, saveProvider(db, fields, now().toISOString()), fields),
  'providers.update': ({ id, ...fields }, { db, now }) => saved(db, saveProvider(db, fields, now().toISOString(), id), fields),
};
