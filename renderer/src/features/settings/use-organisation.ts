// Query and mutation of the organisation settings; the header reads the same cache as the form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organisation } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const organisationKey = ['settings', 'organisation'] as const;

export function useOrganisation() {
  return useQuery({
    queryKey: organisationKey,
    queryFn: () => client.call('settings.getOrganisation', {}),
  });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: Organisation) => client.call('settings.saveOrganisation', organisation),
    onSuccess: (saved) => queryClient.setQueryData(organisationKey, saved),
  });
}
