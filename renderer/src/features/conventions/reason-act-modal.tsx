// A confirmation that needs a reason kept in the history (a payment cancelled): refused without one.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';

type Props = {
  opened: boolean;
  title: string;
  text: string;
  submitLabel: string;
  missingReason: string;
  loading: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
  testId: string;
};

export function ReasonActModal({ opened, title, text, submitLabel, missingReason, loading, error, onSubmit, onClose, testId }: Props) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid={testId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') {
            setProblem(missingReason);
            document.getElementById(`${testId}-reason`)?.focus();
            return;
          }
          onSubmit(reason);
        }}
      >
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {error !== null && error !== undefined && (
            <Alert color="red" c="#a51111" variant="light" title="Refusé" role="alert" data-testid={`${testId}-error`}>
              {errorMessage(error)}
            </Alert>
          )}
          <ReasonField
            id={`${testId}-reason`}
            label="Motif"
            description="Obligatoire : il est conservé dans l’historique de la convention."
            required
            value={reason}
            onChange={(value) => {
              setReason(value);
              setProblem(null);
            }}
            error={problem}
            testId={`${testId}-reason`}
          />
          <ModalActions onCancel={onClose} submitLabel={submitLabel} loading={loading} danger testId={`${testId}-confirm`} />
        </Stack>
      </form>
    </Modal>
  );
}
