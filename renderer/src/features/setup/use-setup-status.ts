// The first setup as the host reads it, asked again on every visit: whatever screen filled a step
// (settings, a call, a juror) did not say so to this query.
import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

export const setupStatusKey = ['app', 'setupStatus'] as const;

export function useSetupStatus() {
  return useQuery({ queryKey: setupStatusKey, queryFn: () => client.call('app.setupStatus', {}), staleTime: 0 });
}
