// TanStack Query hooks over the jury members; a save refreshes the list (sessions show members by name, so theirs too).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Juror, JurorInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const jurorKeys = {
  all: ['jurors'] as const,
  list: () => ['jurors', 'list'] as const,
};

export function useJurorList() {
  return useQuery({ queryKey: jurorKeys.list(), queryFn: () => client.call('jurors.list', {}) });
}

/** Creates the juror when no id is given, updates it otherwise. */
export function useSaveJuror(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JurorInput): Promise<Juror> => (id === undefined ? client.call('jurors.create', input) : client.call('jurors.update', { ...input, id })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: jurorKeys.all });
      // A renamed member or a new standing shows on the sessions that convene them.
      if (id !== undefined) await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
}
