// TanStack Query hooks over the common indicators' catalogue and a convention's targets. Setting a target
// also writes a line of the convention's history: the convention's page is read again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { conventionKeys } from '../conventions/use-conventions.ts';

export const indicatorKeys = {
  all: ['indicators'] as const,
  catalogue: (allVersions: boolean) => ['indicators', 'catalogue', allVersions] as const,
  targets: (conventionId: number) => ['indicators', 'targets', conventionId] as const,
};

export function useIndicatorCatalogue(allVersions: boolean) {
  return useQuery({ queryKey: indicatorKeys.catalogue(allVersions), queryFn: () => client.call('indicators.list', allVersions ? { allVersions: true } : {}) });
}

/** A catalogue added: every indicator query is dropped (the list, and the indicators each convention year shows). */
export function useCatalogueImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: string) => client.call('indicators.import', { content }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useConventionTargets(conventionId: number) {
  return useQuery({ queryKey: indicatorKeys.targets(conventionId), queryFn: () => client.call('targets.list', { conventionId }) });
}

/** The changed targets of one year, saved together (all or none); each change is a line of the history. */
export function useSaveYearTargets(conventionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<MethodInput<'targets.setYear'>, 'conventionId'>) => client.call('targets.setYear', { conventionId, ...input }),
    onSuccess: async (sheet) => {
      queryClient.setQueryData(indicatorKeys.targets(conventionId), sheet);
      await queryClient.invalidateQueries({ queryKey: conventionKeys.detail(conventionId) });
    },
  });
}
