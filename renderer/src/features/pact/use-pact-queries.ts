// TanStack Query hooks over the pact methods; the referential changes only on import, so it stays fresh long.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

const REFERENTIAL_STALE_MS = 10 * 60_000;

export const pactKeys = {
  all: ['pacts'] as const,
  list: () => ['pacts', 'list'] as const,
  detail: (pactId: number | undefined) => ['pacts', 'detail', pactId ?? 'default'] as const,
  search: (pactId: number, text: string) => ['pacts', 'search', pactId, text] as const,
};

export function usePactList() {
  return useQuery({
    queryKey: pactKeys.list(),
    queryFn: () => client.call('pacts.list', {}),
    staleTime: REFERENTIAL_STALE_MS,
  });
}

/** Without an id the host answers with the default pact; waits for the list so an empty base reads as such. */
export function usePactDetail(pactId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: pactKeys.detail(pactId),
    queryFn: () => client.call('pacts.get', pactId === undefined ? {} : { pactId }),
    staleTime: REFERENTIAL_STALE_MS,
    enabled,
  });
}

/** Adds a referential: every pact query is dropped, since the default pact and the list may both change. */
export function usePactImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => client.call('pacts.import', { content }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pactKeys.all }),
  });
}

export const SEARCH_LIMIT = 200;

export function usePactSearch(pactId: number, text: string) {
  return useQuery({
    queryKey: pactKeys.search(pactId, text),
    queryFn: () => client.call('pacts.search', { pactId, text, limit: SEARCH_LIMIT }),
    enabled: text.length > 0,
    staleTime: REFERENTIAL_STALE_MS,
    // Keeps the previous hits on screen while the next keystroke's answer arrives, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
