// TanStack Query hooks of jury mode. The juror's token lives in the page's state and in these keys,
// in memory only: nothing of it reaches localStorage, and "Quitter" drops every cached sheet.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { JurySession } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const juryKeys = {
  all: ['jury'] as const,
  session: (juryToken: string) => ['jury', 'session', juryToken] as const,
  sheet: (juryToken: string, applicationId: number) => ['jury', 'sheet', juryToken, applicationId] as const,
};

/** The session as the chair prepared it: its members (names only matter here) and its status. */
export function useSessionDetail(sessionId: number | null) {
  return useQuery({
    queryKey: ['sessions', 'detail', sessionId ?? 0],
    queryFn: () => client.call('sessions.get', { id: sessionId ?? 0 }),
    enabled: sessionId !== null,
  });
}

export function useOpenJury() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { sessionId: number; jurorId: number; pin: string }) => client.call('jury.open', input),
    onSuccess: (session) => queryClient.setQueryData(juryKeys.session(session.juryToken), session),
  });
}

export function useJurySession(juryToken: string | null) {
  // The juror's own progress changes with each answer saved: never served stale.
  return useQuery({
    queryKey: juryKeys.session(juryToken ?? ''),
    queryFn: () => client.call('jury.session', { juryToken: juryToken ?? '' }),
    enabled: juryToken !== null,
    staleTime: 0,
  });
}

export function useJurySheet(juryToken: string, applicationId: number) {
  return useQuery({ queryKey: juryKeys.sheet(juryToken, applicationId), queryFn: () => client.call('jury.sheet', { juryToken, applicationId }), staleTime: 0 });
}

export function useSubmitJury(juryToken: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.call('jury.submit', { juryToken }),
    onSuccess: (session: JurySession) => queryClient.setQueryData(juryKeys.session(juryToken), session),
  });
}

/** Forgets everything of the juror's work in this window, whether or not the host still knew the token. */
export function forgetJury(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: juryKeys.all });
}

export function useCloseJury() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (juryToken: string) => client.call('jury.close', { juryToken }),
    onSettled: () => forgetJury(queryClient),
  });
}
