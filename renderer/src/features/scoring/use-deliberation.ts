// TanStack Query hooks of the deliberation: the sealed results, the reveal, the avis, and the chair's
// acts on paper sheets. Each act answers with the new results, which replace the cached ones.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, SessionResults } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const resultsKey = (sessionId: number) => ['sessions', 'results', sessionId] as const;

export function useSessionResults(sessionId: number | null) {
  return useQuery({
    queryKey: resultsKey(sessionId ?? 0),
    queryFn: () => client.call('sessions.results', { sessionId: sessionId ?? 0 }),
    enabled: sessionId !== null,
    // Jurors submit meanwhile (on this laptop, on paper, by pack): read afresh on each visit, and while
    // the session is in notation, every 15 seconds, so that the progress follows without a reload.
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'notation' ? 15_000 : false),
  });
}

export function useGridDefinition(gridId: number | null) {
  return useQuery({ queryKey: ['grids', 'detail', gridId ?? 0], queryFn: () => client.call('grids.get', { id: gridId ?? 0 }), enabled: gridId !== null, staleTime: 10 * 60_000 });
}

/** A chair's act: the answer is the session's new results; the session's own page (members' counts, reveal date) is read again. */
function useResultsMutation<Input>(sessionId: number, act: (input: Input) => Promise<SessionResults>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSuccess: async (results) => {
      queryClient.setQueryData(resultsKey(sessionId), results);
      await queryClient.invalidateQueries({ queryKey: ['sessions'], predicate: (query) => query.queryKey[1] !== 'results' });
    },
  });
}

export function useReveal(sessionId: number) {
  return useResultsMutation(sessionId, (chairPin: string) => client.call('sessions.reveal', { sessionId, chairPin }));
}

export type AvisInput = Omit<MethodInput<'sessions.setAvis'>, 'sessionId'>;

export function useSetAvis(sessionId: number) {
  return useResultsMutation(sessionId, (input: AvisInput) => client.call('sessions.setAvis', { ...input, sessionId }));
}

export type PaperSheetInput = Omit<MethodInput<'scores.enterPaper'>, 'sessionId'>;

export function useEnterPaper(sessionId: number) {
  return useResultsMutation(sessionId, (input: PaperSheetInput) => client.call('scores.enterPaper', { ...input, sessionId }));
}

export function useReopenSheets(sessionId: number) {
  return useResultsMutation(sessionId, (input: { jurorId: number; reason: string; chairPin: string }) => client.call('scores.reopen', { ...input, sessionId }));
}

export function useImportScoresCsv(sessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string; chairPin: string }) => client.call('scores.importCsv', { ...input, sessionId }),
    onSuccess: async (report) => {
      if (report.sheets > 0) await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
}
