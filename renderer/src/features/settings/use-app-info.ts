// What the running app says about itself: version and the database it works on.
import { useQuery } from '@tanstack/react-query';
import { client } from '../../api/client.ts';

export function useAppInfo() {
  return useQuery({
    queryKey: ['app', 'info'] as const,
    queryFn: () => client.call('app.info', {}),
    // Fixed for the life of the host: asking once is enough.
    staleTime: Infinity,
  });
}
