// "Pièces jointes" of an application: what the file must carry and what it has, the files themselves
// (open, withdraw with a reason) and the form to add one.
import { Loader, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentItem } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { AttachmentAddForm } from './attachment-add-form.tsx';
import { AttachmentRemoveModal } from './attachment-remove-modal.tsx';
import { AttachmentTable } from './attachment-table.tsx';
import { RequiredDocumentsList } from './required-documents-list.tsx';
import { useAttachmentList, useOpenAttachment } from './use-attachments.ts';

type Props = { applicationId: number };

export function AttachmentsSection({ applicationId }: Props) {
  const list = useAttachmentList(applicationId);
  const open = useOpenAttachment();
  const [removing, setRemoving] = useState<AttachmentItem | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="attachments-title" data-testid="attachments-section">
      <Title order={2} id="attachments-title">
        Pièces jointes
      </Title>
      {list.isPending && <Loader size="sm" aria-label="Chargement des pièces jointes…" />}
      {list.isError && <ErrorAlert error={list.error} title="Les pièces jointes n’ont pas pu être chargées" onRetry={() => void list.refetch()} />}
      {list.isSuccess && (
        <Paper withBorder p="md">
          <Stack gap="lg">
            <RequiredDocumentsList required={list.data.required} />
            {open.isError && <ErrorAlert error={open.error} title="La pièce n’a pas pu être ouverte" />}
            <AttachmentTable
              items={list.data.items}
              openingId={open.isPending ? (open.variables ?? null) : null}
              onOpen={(item) => open.mutate(item.id)}
              onRemove={setRemoving}
            />
            <AttachmentAddForm applicationId={applicationId} required={list.data.required} />
          </Stack>
        </Paper>
      )}
      <AttachmentRemoveModal applicationId={applicationId} item={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
