// The global search: the same rules as each list's own search, gathered in one answer.
import { searchTerms } from '../../domain/text.ts';
import { listApplications } from '../../../db/queries/application-read.ts';
import { resolvePactId, searchPact } from '../../../db/queries/pact-read.ts';
import { listProviders } from '../../../db/queries/provider-queries.ts';
import type { Handlers } from '../handlers.ts';
import type { searchMethods } from './search-api.ts';

const none = { total: 0, items: [] };

export const searchHandlers: Handlers<keyof typeof searchMethods> = {
  'search.all': ({ text, limit }, { db, now }) => {
    // Punctuation alone ("…", "«  »") has no word to look for: the lists read that as "no filter" and
    // would answer with everything, where a search must answer with nothing.
    if (searchTerms(text).length === 0) return { query: text, applications: none, providers: none, pact: none };
    const pact = searchPact(db, resolvePactId(db, undefined, now().getFullYear()), text, limit);
    return {
      query: text,
      applications: listApplications(db, { query: text }, { sort: 'updated', descending: true }, { limit, offset: 0 }),
      providers: listProviders(db, text, limit, 0),
      pact: { total: pact.total, items: pact.hits },
    };
  },
};
