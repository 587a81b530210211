// Loads the demo call; the host writes it once, so a second click only says it is already there.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client.ts';
import { invalidateImportedData } from '../imports/use-imports.ts';

export function useDemoLoad() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.call('demo.load', {}),
    onSuccess: () => invalidateImportedData(queryClient),
  });
}
