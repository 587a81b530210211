// TanStack Query hooks over the bilans. An act answers with the bilan as it now stands; the lists, the
// convention (its balance may just have been released) and the bilan's content are read again.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BilanDetail, BilanListInput, MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export type BilanKey = { id: number } | { conventionId: number; year: number };

export const bilanKeys = {
  all: ['bilans'] as const,
  list: (filters: BilanListInput) => ['bilans', 'list', filters] as const,
  detail: (key: BilanKey) => ['bilans', 'detail', key] as const,
};

export function useBilanList(filters: BilanListInput, enabled = true) {
  return useQuery({ queryKey: bilanKeys.list(filters), queryFn: () => client.call('bilans.list', filters), placeholderData: keepPreviousData, enabled });
}

export function useBilan(key: BilanKey | null) {
  return useQuery({ queryKey: bilanKeys.detail(key ?? { id: 0 }), queryFn: () => client.call('bilans.get', key ?? { id: 0 }), enabled: key !== null });
}

export type BilanWrite = 'bilans.validate' | 'bilans.reject' | 'bilans.markIncomplete' | 'bilans.dispense' | 'bilans.setAppraisal';

export function useBilanWrite<M extends BilanWrite>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => client.call(method, input) as Promise<BilanDetail>,
    onSuccess: async (bilan) => {
      if (bilan.id !== null) queryClient.setQueryData(bilanKeys.detail({ id: bilan.id }), bilan);
      await Promise.all([queryClient.invalidateQueries({ queryKey: bilanKeys.all }), queryClient.invalidateQueries({ queryKey: ['conventions'] })]);
    },
  });
}
