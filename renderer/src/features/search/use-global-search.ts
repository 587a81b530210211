// The global search (search.all) as a TanStack query: applications and providers for one query text.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

/** Per group; beyond it, the page links to the full list, which searches with the same rule. */
export const SEARCH_LIMIT = 50;

export function useGlobalSearch(query: string) {
  return useQuery({
    queryKey: ['search', 'all', query],
    queryFn: () => client.call('search.all', { text: query, limit: SEARCH_LIMIT }),
    enabled: query !== '',
    // The previous answer stays (dimmed) while the next one arrives, instead of a flash of "no result".
    placeholderData: keepPreviousData,
  });
}
