// TanStack Query hooks over the recevabilité checklist; any change to a file may change its checklist.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

export const eligibilityKeys = {
  all: ['eligibility'] as const,
  application: (applicationId: number) => ['eligibility', 'application', applicationId] as const,
  call: (callId: number) => ['eligibility', 'call', callId] as const,
};

export function useEligibility(applicationId: number) {
  return useQuery({ queryKey: eligibilityKeys.application(applicationId), queryFn: () => client.call('eligibility.get', { applicationId }) });
}

export function useCallEligibility(callId: number) {
  return useQuery({ queryKey: eligibilityKeys.call(callId), queryFn: () => client.call('eligibility.forCall', { callId }) });
}

export function useTick(applicationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemKey, isChecked }: { itemKey: string; isChecked: boolean }) => client.call('eligibility.tick', { applicationId, itemKey, isChecked }),
    onSuccess: async (eligibility) => {
      queryClient.setQueryData(eligibilityKeys.application(applicationId), eligibility);
      await queryClient.invalidateQueries({ queryKey: eligibilityKeys.all, predicate: (query) => query.queryKey[1] === 'call' });
    },
  });
}
