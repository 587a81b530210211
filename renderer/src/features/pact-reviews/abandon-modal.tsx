// Abandoning a pact action needs its reason: the COPIL lists every abandoned action with it.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';

type Props = { action: { code: string; title: string; reason: string } | null; loading: boolean; error: unknown; onSubmit: (reason: string) => void; onClose: () => void };

export function AbandonModal({ action, loading, error, onSubmit, onClose }: Props) {
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? `Abandonner l’action ${action.code}` : ''} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="abandon-modal">
      {action && <AbandonForm key={action.code} action={action} loading={loading} error={error} onSubmit={onSubmit} onClose={onClose} />}
    </Modal>
  );
}

function AbandonForm({ action, loading, error, onSubmit, onClose }: Omit<Props, 'action'> & { action: NonNullable<Props['action']> }) {
  const [reason, setReason] = useState(action.reason);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setProblem('Indiquez pourquoi l’action est abandonnée : le motif est imprimé dans la revue du COPIL.');
          document.getElementById('abandon-reason')?.focus();
          return;
        }
        onSubmit(reason.trim());
      }}
    >
      <Stack gap="md">
        <Text size="sm">{action.title}</Text>
        {error !== null && error !== undefined && (
          <Alert color="red" c="#a51111" variant="light" title="Refusé" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <ReasonField
          id="abandon-reason"
          label="Motif de l’abandon"
          description="Obligatoire : l’action reste comptée dans son levier, et la revue la liste avec ce motif."
          required
          value={reason}
          onChange={(value) => {
            setReason(value);
            setProblem(null);
          }}
          error={problem}
          testId="abandon-reason"
        />
        <ModalActions onCancel={onClose} submitLabel="Abandonner l’action" loading={loading} danger testId="abandon-confirm" />
      </Stack>
    </form>
  );
}
