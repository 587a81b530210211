// TanStack Query hooks over the attachments methods, and "open": the system viewer in the desktop app,
// a download of the verified bytes in a browser.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DocumentType } from '../../../../core/service/api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { asResult } from '../../api/transport.ts';
import { applicationKeys } from '../applications/use-applications.ts';
import { readFileAsBase64 } from '../imports/file-base64.ts';
import { downloadBase64 } from '../imports/download-base64.ts';

export const attachmentKeys = {
  all: ['attachments'] as const,
  list: (applicationId: number) => ['attachments', 'list', applicationId] as const,
};

export function useAttachmentList(applicationId: number) {
  return useQuery({ queryKey: attachmentKeys.list(applicationId), queryFn: () => client.call('attachments.list', { applicationId }) });
}

/** The checklist of recevabilité reads the attachments too: it is refetched with them. */
async function invalidateAfterChange(queryClient: QueryClient, applicationId: number): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: attachmentKeys.list(applicationId) }),
    queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId) }),
    queryClient.invalidateQueries({ queryKey: ['eligibility'] }),
  ]);
}

export type NewAttachment = { documentType: DocumentType; file: File };

export function useAddAttachment(applicationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentType, file }: NewAttachment) =>
      client.call('attachments.add', {
        applicationId,
        documentType,
        fileName: file.name,
        // Browsers leave the type empty for formats they do not know: the host then guesses it from the name.
        ...(file.type ? { mediaType: file.type } : {}),
        contentBase64: await readFileAsBase64(file),
      }),
    onSuccess: () => invalidateAfterChange(queryClient, applicationId),
  });
}

export function useRemoveAttachment(applicationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => client.call('attachments.remove', { id, reason }),
    onSuccess: () => invalidateAfterChange(queryClient, applicationId),
  });
}

async function saveCopy(id: number): Promise<void> {
  const content = await client.call('attachments.content', { id });
  downloadBase64(content.fileName, content.mediaType, content.contentBase64);
}

/**
 * The desktop app hands a verified copy to the system's viewer; a file it refuses to open (a program,
 * an unknown format) is saved instead. A browser cannot reach the system's viewer: it downloads the
 * verified bytes, which it then offers to open.
 */
async function openAttachment(id: number): Promise<void> {
  const bridge = window.pacte;
  if (!bridge?.openAttachment) return saveCopy(id);
  let answer: unknown;
  try {
    answer = await bridge.openAttachment(id);
  } catch {
    // A rejected invoke means the main process could not even build an envelope.
    throw new ApiCallError('attachments.open', { code: 'ipc', message: "L'application n'a pas pu ouvrir la pièce. Relancez Pacte CAI." });
  }
  const result = asResult(answer) ?? { ok: false, error: { code: 'bad_response', message: "Réponse inattendue de l'application. Relancez Pacte CAI." } };
  if (result.ok) return;
  if (result.error.code === 'not_viewable') return saveCopy(id);
  throw new ApiCallError('attachments.open', result.error);
}

export function useOpenAttachment() {
  return useMutation({ mutationFn: openAttachment });
}
