// Confirms a change of a session's status, with a reason: required to reopen a closed session (its
// scores and avis were frozen), optional otherwise; the host keeps it in the audit log. A refusal
// (PINs missing, empty agenda…) is shown here in the host's own words; before the deliberation, the
// members who have not submitted are named and the chair confirms moving on without their sheets.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { sessionStatusChangeProblem } from '../../../../core/domain/jury/session-status.ts';
import type { SessionStatus } from '../../../../core/service/api.ts';
import { SESSION_STATUS_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { transitionLabel } from './session-labels.ts';
import { UnsubmittedSheetsWarning } from './unsubmitted-sheets-warning.tsx';
import { useSessionWrite, useStatusPreview } from './use-sessions.ts';

type Props = { sessionId: number; from: SessionStatus; to: SessionStatus | null; onClose: () => void };

const CONSEQUENCES: Partial<Record<SessionStatus, string>> = {
  notation: 'Chaque membre pourra ouvrir sa fiche avec son code PIN. Le jury et la grille ne pourront plus changer.',
  deliberation: 'Le président pourra lever le secret des notes des fiches soumises et enregistrer les avis.',
  close: 'Les notes et les avis seront figés. Rouvrir la séance demandera un motif.',
};

export function SessionStatusModal({ sessionId, from, to, onClose }: Props) {
  const change = useSessionWrite('sessions.setStatus');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackProblem, setAckProblem] = useState<string | null>(null);
  const reopening = from === 'close';
  const preview = useStatusPreview(sessionId, to);
  const unsubmitted = preview.data?.to === to ? preview.data.unsubmitted : [];

  const close = () => {
    setReason('');
    setProblem(null);
    setAcknowledged(false);
    setAckProblem(null);
    change.reset();
    onClose();
  };

  const confirm = () => {
    if (to === null) return;
    // The domain's own rule, so the person is told before anything is sent.
    const local = sessionStatusChangeProblem(from, to, reason);
    if (local) {
      setProblem(local);
      document.getElementById('session-status-reason')?.focus();
      return;
    }
    if (unsubmitted.length > 0 && !acknowledged) {
      setAckProblem('Cochez cette case pour passer en délibération sans ces fiches.');
      document.querySelector<HTMLInputElement>('[data-testid="status-unsubmitted-ack"] input, input[data-testid="status-unsubmitted-ack"]')?.focus();
      return;
    }
    change.mutate({ sessionId, status: to, reason }, { onSuccess: close });
  };

  const label = to === null ? '' : transitionLabel(from, to);
  return (
    <Modal opened={to !== null} onClose={close} title={label} size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="session-status-modal">
      {to !== null && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Stack gap="md">
            <Text>
              La séance est {SESSION_STATUS_LABELS[from]} ; elle sera {SESSION_STATUS_LABELS[to]}.
            </Text>
            {!reopening && CONSEQUENCES[to] && <Text size="sm">{CONSEQUENCES[to]}</Text>}
            {unsubmitted.length > 0 && (
              <UnsubmittedSheetsWarning
                unsubmitted={unsubmitted}
                acknowledged={acknowledged}
                onAcknowledge={(value) => {
                  setAcknowledged(value);
                  setAckProblem(null);
                }}
                error={ackProblem}
              />
            )}
            {change.isError && (
              <Alert color="red" c="#a51111" variant="light" title="Le changement a été refusé" role="alert" data-testid="session-status-error">
                {errorMessage(change.error)}
              </Alert>
            )}
            <ReasonField
              id="session-status-reason"
              label="Motif"
              description={reopening ? 'Obligatoire pour rouvrir une séance close : il est conservé dans le journal.' : 'Facultatif ; conservé dans le journal.'}
              required={reopening}
              value={reason}
              onChange={(value) => {
                setReason(value);
                setProblem(null);
              }}
              error={problem}
              testId="session-status-reason"
            />
            <ModalActions onCancel={close} submitLabel={label} loading={change.isPending || preview.isFetching} testId="session-status-confirm" />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
