// TanStack Query hooks over the conventions. Every act on one convention answers with the convention as
// it now stands: it replaces the cached page, and the lists (totals, statuses, overdue) are read again.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConventionDetail, ConventionListFilters, MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { bilanKeys } from '../bilans/use-bilans.ts';

export const conventionKeys = {
  all: ['conventions'] as const,
  list: (filters: ConventionListFilters) => ['conventions', 'list', filters] as const,
  detail: (id: number) => ['conventions', 'detail', id] as const,
};

export function useConventionList(filters: ConventionListFilters) {
  return useQuery({ queryKey: conventionKeys.list(filters), queryFn: () => client.call('conventions.list', filters), placeholderData: keepPreviousData });
}

export function useConvention(id: number, enabled = true) {
  return useQuery({ queryKey: conventionKeys.detail(id), queryFn: () => client.call('conventions.get', { id }), enabled });
}

/** The acts on one convention; each answers with the convention as it now stands. */
export type ConventionWrite =
  | 'conventions.update'
  | 'conventions.present'
  | 'conventions.validate'
  | 'conventions.sign'
  | 'conventions.start'
  | 'conventions.close'
  | 'conventions.terminate'
  | 'conventions.abandon'
  | 'conventions.resplit'
  | 'conventions.saveSchedule'
  | 'conventions.acceptBilan'
  | 'conventions.amend'
  | 'payments.record'
  | 'payments.markPaid'
  | 'payments.cancel'
  | 'recoveries.record'
  | 'recoveries.receive';

function useStoreConvention() {
  const queryClient = useQueryClient();
  return async (convention: ConventionDetail) => {
    queryClient.setQueryData(conventionKeys.detail(convention.id), convention);
    // Another convention of the same provider may cross 23 000 € with this one: every other page is read again too.
    await queryClient.invalidateQueries({ queryKey: conventionKeys.all, predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === convention.id) });
    // Signing makes the years' bilans expected; an avenant changes the years: the bilans are read again.
    await queryClient.invalidateQueries({ queryKey: bilanKeys.all });
  };
}

export function useConventionWrite<M extends ConventionWrite>(method: M) {
  const store = useStoreConvention();
  return useMutation({ mutationFn: (input: MethodInput<M>) => client.call(method, input) as Promise<ConventionDetail>, onSuccess: store });
}

/** One act among several (a change of status goes through a different method for each status). */
export function useConventionAct() {
  const store = useStoreConvention();
  return useMutation({ mutationFn: (act: () => Promise<ConventionDetail>) => act(), onSuccess: store });
}

/** "Préparer les conventions" of a closed session: the report says what was drafted and what was not, and why. */
export function useDraftConventions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: number) => client.call('conventions.draft', { sessionId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conventionKeys.all }),
  });
}
