// TanStack Query hooks over the import and demo methods; whatever they write refreshes every list it touches.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ImportReport, MethodInput } from '../../../../core/service/api.ts';
import { client } from '../../api/client.ts';
import { applicationKeys } from '../applications/use-applications.ts';
import { callKeys } from '../calls/use-calls.ts';
import { providerKeys } from '../providers/use-providers.ts';
import { downloadBase64 } from './download-base64.ts';

export type ImportRunInput = MethodInput<'imports.run'>;

/** An import or the demo may create calls, providers and applications at once: every view of them is stale. */
export async function invalidateImportedData(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: callKeys.all }),
    queryClient.invalidateQueries({ queryKey: providerKeys.all }),
    queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  ]);
}

export function useImportTemplate() {
  return useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => client.call('imports.template', { format }),
    onSuccess: (file) => downloadBase64(file.fileName, file.mediaType, file.contentBase64),
  });
}

/** Reads nothing into the base: a preview only says what a commit would do. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (input: Omit<ImportRunInput, 'mode'>): Promise<ImportReport> => client.call('imports.run', { ...input, mode: 'preview' }),
  });
}

export function useImportCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<ImportRunInput, 'mode'>): Promise<ImportReport> => client.call('imports.run', { ...input, mode: 'commit' }),
    onSuccess: async (report) => {
      if (report.committed) await invalidateImportedData(queryClient);
    },
  });
}
