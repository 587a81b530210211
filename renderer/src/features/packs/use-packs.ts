// TanStack Query hooks of the offline laptops. juryPack.info tells the whole app whether this database is
// a juror's laptop (then the layout shows the juror's screens only); opening a pack changes every screen.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, OpenedJuryPack } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const juryPackInfoKey = ['juryPack', 'info'] as const;

export function useJuryPackInfo() {
  // A database becomes a jury database once, through this screen: nothing else changes the answer.
  return useQuery({ queryKey: juryPackInfoKey, queryFn: () => client.call('juryPack.info', {}), staleTime: Number.POSITIVE_INFINITY });
}

/** The pack this laptop holds; null on the chair's machine (or while the answer is not known yet). */
export function useLaptopPack(): OpenedJuryPack | null {
  return useJuryPackInfo().data?.pack ?? null;
}

/** Under 'sessions': a session's writes, and the notes imported, read it again. */
export const sessionPackRecordsKey = (sessionId: number) => ['sessions', 'packs', sessionId] as const;

/** Chair side: who received a jury pack of the session and when, and whose notes came back. */
export function useSessionPackRecords(sessionId: number, enabled: boolean) {
  return useQuery({ queryKey: sessionPackRecordsKey(sessionId), queryFn: () => client.call('juryPack.list', { sessionId }), enabled });
}

export function useCreateJuryPack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'juryPack.create'>) => client.call('juryPack.create', input),
    // The hand-over is recorded by the host as the pack is made: the session page's list follows.
    onSuccess: (pack) => queryClient.invalidateQueries({ queryKey: sessionPackRecordsKey(pack.sessionId) }),
  });
}

export function useOpenJuryPack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'juryPack.open'>) => client.call('juryPack.open', input),
    onSuccess: async (pack) => {
      queryClient.setQueryData(juryPackInfoKey, { pack });
      // The database now holds the session, its applications and the juror: whatever was read before is stale.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== juryPackInfoKey[0] });
    },
  });
}

export function useExportScorePack() {
  return useMutation({ mutationFn: (input: MethodInput<'scorePack.export'>) => client.call('scorePack.export', input) });
}

export function useImportScorePack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'scorePack.import'>) => client.call('scorePack.import', input),
    // The juror's progress on the session page and the deliberation's results change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}
