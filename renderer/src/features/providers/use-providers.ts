// TanStack Query hooks over the providers methods; a save refreshes the lists and seeds the detail it returns.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProviderInput, ProviderSaved } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const PROVIDERS_PAGE_SIZE = 50;

export const providerKeys = {
  all: ['providers'] as const,
  list: (query: string, page: number) => ['providers', 'list', query, page] as const,
  detail: (id: number) => ['providers', 'detail', id] as const,
  duplicates: (name: string, siret: string, excludeId: number | undefined) => ['providers', 'duplicates', name, siret, excludeId] as const,
};

/** One page of providers (1-based) matching the query; the previous page stays shown while the next loads. */
export function useProviderList(query: string, page: number) {
  return useQuery({
    queryKey: providerKeys.list(query, page),
    queryFn: () =>
      client.call('providers.list', {
        query: query === '' ? undefined : query,
        limit: PROVIDERS_PAGE_SIZE,
        offset: (page - 1) * PROVIDERS_PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}

/** id null: the address names no provider, nothing to ask. */
export function useProvider(id: number | null) {
  return useQuery({
    queryKey: providerKeys.detail(id ?? 0),
    queryFn: () => client.call('providers.get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

/** The provider's funding year by year; read again whenever applications, avis or conventions may have changed. */
export function useProviderFunding(id: number | null) {
  return useQuery({
    queryKey: ['providers', 'funding', id ?? 0],
    queryFn: () => client.call('providers.funding', { id: id ?? 0 }),
    enabled: id !== null,
    staleTime: 0,
  });
}

/** Providers that look like the one being typed; asked only once there is something to compare. */
export function useProbableDuplicates(name: string, siret: string, excludeId: number | undefined) {
  return useQuery({
    queryKey: providerKeys.duplicates(name, siret, excludeId),
    queryFn: () => client.call('providers.findDuplicates', { name, siret: siret === '' ? undefined : siret, excludeId }),
    enabled: name.length >= 2 || siret !== '',
    // Another person may record a provider meanwhile; a short cache keeps the warning honest.
    staleTime: 5_000,
    placeholderData: keepPreviousData,
  });
}

/** Creates the provider when no id is given, updates it otherwise. */
export function useSaveProvider(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProviderInput): Promise<ProviderSaved> =>
      id === undefined ? client.call('providers.create', input) : client.call('providers.update', { ...input, id }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(providerKeys.detail(saved.provider.id), saved.provider);
      // Lists and duplicate checks all depend on the set of providers.
      await queryClient.invalidateQueries({ queryKey: providerKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}
