// Who uses this computer: read once for the first-start question and the settings section, saved from either.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocalUserInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const localUserKey = ['settings', 'localUser'] as const;

export function useLocalUser() {
  return useQuery({ queryKey: localUserKey, queryFn: () => client.call('settings.localUser', {}) });
}

export function useSaveLocalUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: LocalUserInput) => client.call('settings.saveLocalUser', user),
    // The name acts are recorded under changes at once; the audit screen shows the save itself.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: localUserKey }), queryClient.invalidateQueries({ queryKey: ['audit'] })]),
  });
}
