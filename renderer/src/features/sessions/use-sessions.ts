// TanStack Query hooks over the sessions, their grids and the acts of preparing them. Every write returns
// the session as it now stands: it replaces the cached page, and the list (counts, status) is read again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, SessionDetail, SessionInput, SessionStatus } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';

export const sessionKeys = {
  all: ['sessions'] as const,
  list: () => ['sessions', 'list'] as const,
  detail: (id: number) => ['sessions', 'detail', id] as const,
  grids: () => ['sessions', 'grids'] as const,
  lockouts: (id: number) => ['sessions', 'lockouts', id] as const,
  preview: (id: number, status: SessionStatus) => ['sessions', 'preview', id, status] as const,
};

export function useSessionList() {
  return useQuery({ queryKey: sessionKeys.list(), queryFn: () => client.call('sessions.list', {}) });
}

export function useSession(id: number, enabled = true) {
  return useQuery({ queryKey: sessionKeys.detail(id), queryFn: () => client.call('sessions.get', { id }), enabled });
}

/** The members locked out after wrong PINs: in the host's memory, so read again every half minute while shown. */
export function usePinLockouts(id: number, enabled: boolean) {
  return useQuery({ queryKey: sessionKeys.lockouts(id), queryFn: () => client.call('sessions.listPinLockouts', { sessionId: id }), enabled, refetchInterval: 30_000 });
}

/** What a change of status would meet (its refusal, the sheets left unsubmitted), read when the chair asks for it. */
export function useStatusPreview(id: number, status: SessionStatus | null) {
  return useQuery({
    queryKey: sessionKeys.preview(id, status ?? 'preparation'),
    queryFn: () => client.call('sessions.previewStatus', { sessionId: id, status: status ?? 'preparation' }),
    enabled: status !== null,
    staleTime: 0,
  });
}

export function useGridList() {
  return useQuery({ queryKey: sessionKeys.grids(), queryFn: () => client.call('grids.list', {}) });
}

/** Creates the session when no id is given, updates it otherwise. */
export function useSaveSession(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionInput): Promise<SessionDetail> => (id === undefined ? client.call('sessions.create', input) : client.call('sessions.update', { ...input, id })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(sessionKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: sessionKeys.list() });
    },
  });
}

/** The session methods whose answer is the session as it now stands. */
type SessionWrite =
  | 'sessions.setAttendance'
  | 'sessions.setAgenda'
  | 'sessions.fillAgenda'
  | 'sessions.setStatus'
  | 'sessions.setPin'
  | 'sessions.unlockPin'
  | 'sessions.declareConflict'
  | 'sessions.withdrawConflict';

/** One act on a session (attendance, PIN, agenda, conflict, status). */
export function useSessionWrite<M extends SessionWrite & MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => client.call(method, input) as Promise<SessionDetail>,
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionKeys.detail(session.id), session);
      // A change of status or agenda also changes what the scoring screens show: everything under 'sessions' is read again.
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all, predicate: (query) => !(query.queryKey[1] === 'detail' && query.queryKey[2] === session.id) });
    },
  });
}
