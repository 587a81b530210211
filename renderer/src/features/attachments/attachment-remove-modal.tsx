// Withdraws an attached file, with its reason: the row stays in the list, greyed, with who, when and why.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentItem } from '../../../../core/service/api.ts';
import { DOCUMENT_TYPE_LABELS } from '../../../../core/service/attachments/attachments-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { useRemoveAttachment } from './use-attachments.ts';

type Props = { applicationId: number; item: AttachmentItem | null; onClose: () => void };

export function AttachmentRemoveModal({ applicationId, item, onClose }: Props) {
  const remove = useRemoveAttachment(applicationId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    remove.reset();
    onClose();
  };

  const confirm = () => {
    if (!item) return;
    // The host's rule, said before anything is sent.
    if (reason.trim() === '') {
      setError('Indiquez le motif du retrait.');
      document.getElementById('attachment-remove-reason')?.focus();
      return;
    }
    remove.mutate(
      { id: item.id, reason },
      {
        onSuccess: close,
        onError: (failure) => setError(failure instanceof ApiCallError ? (failure.issues.find((issue) => issue.path === 'reason')?.message ?? failure.message) : errorMessage(failure)),
      },
    );
  };

  return (
    <Modal opened={item !== null} onClose={close} title="Retirer la pièce" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="attachment-remove-modal">
      {item && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Stack gap="md">
            <Text>
              La pièce « {item.fileName} » ({DOCUMENT_TYPE_LABELS[item.documentType]}) ne comptera plus parmi celles du dossier. Elle restera
              visible, grisée, avec le motif du retrait ; le fichier est conservé.
            </Text>
            <ReasonField
              id="attachment-remove-reason"
              label="Motif du retrait"
              description="Obligatoire : il est conservé avec la pièce."
              required
              value={reason}
              onChange={(value) => {
                setReason(value);
                setError(null);
              }}
              error={error}
              testId="attachment-remove-reason"
            />
            <ModalActions onCancel={close} submitLabel="Retirer la pièce" loading={remove.isPending} danger testId="attachment-remove-confirm" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
