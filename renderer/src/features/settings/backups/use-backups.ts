// The backups of the base: the list and its folder, make one now, choose the folder, preview and restore one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../../api/client.ts';

export const backupsKey = ['backups'] as const;

export function useBackupList() {
  // The host adds daily and pre-import backups on its own: read the folder again each time the section shows.
  return useQuery({ queryKey: backupsKey, queryFn: () => client.call('backup.list', {}), staleTime: 0 });
}

export function useMakeBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.call('backup.create', { reason: 'manuelle' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  });
}

export function useSetBackupFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (folder: string | null) => client.call('backup.setFolder', { folder }),
    onSuccess: (list) => {
      queryClient.setQueryData(backupsKey, list);
      // The choice is recorded in the audit log.
      return queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** Reads what a backup holds; it writes nothing, so it is a query keyed by the file. */
export function useBackupPreview(file: string | null) {
  return useQuery({
    queryKey: [...backupsKey, 'preview', file] as const,
    queryFn: () => client.call('backup.preview', { file: file ?? '' }),
    enabled: file !== null,
    // The current base changes under it: compare again each time the dialog opens.
    staleTime: 0,
    gcTime: 0,
  });
}

/** Every screen's data changes with a restore: the section reloads the app (or drops every cache) once done. */
export function useRestoreBackup() {
  return useMutation({ mutationFn: (file: string) => client.call('backup.restore', { file }) });
}
