// The global search: the same rules as each list's own search, gathered in one answer.
import { listApplications } from '../../../db/queries/application-read.ts';
import { resolvePactId, searchPact } from '../../../db/queries/pact-read.ts';
import { listProviders } from '../../../db/queries/provider-queries.ts';
import type { Handlers } from '../handlers.ts';
import type { searchMethods } from './search-api.ts';

export const searchHandlers: Handlers<keyof typeof searchMethods> = {
  'search.all': ({ text, limit }, { db, now }) => {
    const pact = searchPact(db, resolvePactId(db, undefined, now().getFullYear()), text, limit);
    return {
      query: text,
      applications: listApplications(db, { query: text }, { sort: 'updated', descending: true }, { limit, offset: 0 }),
      providers: listProviders(db, text, limit, 0),
      pact: { total: pact.total, items: pact.hits },
    };
  },
};
