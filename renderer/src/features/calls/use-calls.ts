// TanStack Query hooks over the calls methods; a save refreshes the list and seeds the detail it returns.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallDetail, CallInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { pactKeys } from '../pact/use-pact-queries.ts';

export const callKeys = {
  all: ['calls'] as const,
  list: () => ['calls', 'list'] as const,
  detail: (id: number) => ['calls', 'detail', id] as const,
};

export function useCallList() {
  return useQuery({ queryKey: callKeys.list(), queryFn: () => client.call('calls.list', {}) });
}

export function useCall(id: number, enabled = true) {
  return useQuery({ queryKey: callKeys.detail(id), queryFn: () => client.call('calls.get', { id }), enabled });
}

/** Creates the call when no id is given, updates it otherwise. */
export function useSaveCall(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput): Promise<CallDetail> =>
      id === undefined ? client.call('calls.create', input) : client.call('calls.update', { ...input, id }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(callKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: callKeys.list() });
    },
  });
}

/** Reads a pact's levers on demand (the year of a new call may move it under another pact), from the cache when there. */
export function usePactFetcher() {
  const queryClient = useQueryClient();
  return (pactId: number) =>
    queryClient.fetchQuery({ queryKey: pactKeys.detail(pactId), queryFn: () => client.call('pacts.get', { pactId }), staleTime: 10 * 60_000 });
}
