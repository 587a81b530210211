// TanStack Query hooks over the applications methods and the references their screens pick from.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationInput, ApplicationRecord, ApplicationStatus, MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export type ApplicationListInput = MethodInput<'applications.list'>;

export const applicationKeys = {
  all: ['applications'] as const,
  list: (input: ApplicationListInput) => ['applications', 'list', input] as const,
  detail: (id: number) => ['applications', 'detail', id] as const,
};

/**
 * One list query; the previous rows stay shown (dimmed) while a new filter's answer arrives. Read again
 * on each visit (staleTime 0): avis and conventions, decided on other screens, show in its rows and sums.
 */
export function useApplicationList(input: ApplicationListInput, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.list(input),
    queryFn: () => client.call('applications.list', input),
    placeholderData: keepPreviousData,
    staleTime: 0,
    enabled,
  });
}

/** Read again on each visit too: its decision, convention and payments change on other screens. */
export function useApplication(id: number | null) {
  return useQuery({
    queryKey: applicationKeys.detail(id ?? 0),
    queryFn: () => client.call('applications.get', { id: id ?? 0 }),
    staleTime: 0,
    enabled: id !== null,
  });
}

/** Lists and totals all change with one application: everything but the detail being seeded is refetched. */
function useApplicationSaved() {
  const queryClient = useQueryClient();
  return async (saved: ApplicationRecord) => {
    queryClient.setQueryData(applicationKeys.detail(saved.id), saved);
    await queryClient.invalidateQueries({ queryKey: applicationKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
    // The checklist reads the file (fields, budget, status): it is computed again on next view.
    await queryClient.invalidateQueries({ queryKey: ['eligibility'] });
  };
}

/** Creates the application when no id is given, updates it otherwise. */
export function useSaveApplication(id: number | undefined) {
  const onSaved = useApplicationSaved();
  return useMutation({
    mutationFn: (input: ApplicationInput): Promise<ApplicationRecord> =>
      id === undefined ? client.call('applications.create', input) : client.call('applications.update', { ...input, id }),
    onSuccess: onSaved,
  });
}

export function useSetApplicationStatus(id: number) {
  const onSaved = useApplicationSaved();
  return useMutation({
    mutationFn: ({ status, reason }: { status: ApplicationStatus; reason: string }) => client.call('applications.setStatus', { id, status, reason }),
    onSuccess: onSaved,
  });
}

/** The neighbourhoods of the city and their priority areas; they change only with a new release. */
export function useTerritories() {
  return useQuery({ queryKey: ['territories', 'list'], queryFn: () => client.call('territories.list', {}), staleTime: 10 * 60_000 });
}

/** Providers matching what is typed in a picker (server search, accents ignored), 50 at most. */
export function useProviderOptions(query: string) {
  return useQuery({
    queryKey: ['providers', 'options', query],
    queryFn: () => client.call('providers.list', { query: query === '' ? undefined : query, limit: 50 }),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}
