// Confirms a change of status, with its reason: required where the domain says so (irrecevable, any
// step back), kept in the history in every case. "Recevable" refused for the checklist is a notice naming
// the points left, each leading to its row; errors under "Motif" are about the reason only.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { statusChangeProblem } from '../../../../core/domain/application-status.ts';
import { eligibilityBlockers } from '../../../../core/domain/eligibility.ts';
import type { ApplicationStatus } from '../../../../core/service/api.ts';
import { APPLICATION_STATUS_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { focusEligibilityPoint } from '../eligibility/eligibility-point.ts';
import { useEligibility } from '../eligibility/use-eligibility.ts';
import { RecevableBlockersNotice } from './recevable-blockers-notice.tsx';
import type { Transition } from './status-transitions.ts';
import { useSetApplicationStatus } from './use-applications.ts';

type Props = { applicationId: number; from: ApplicationStatus; transition: Transition | null; onClose: () => void };

export function StatusChangeModal({ applicationId, from, transition, onClose }: Props) {
  const change = useSetApplicationStatus(applicationId);
  const location = useLocation();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const eligibility = useEligibility(applicationId);
  const toRecevable = transition?.to === 'recevable';
  const blockers = toRecevable && eligibility.data ? eligibilityBlockers(eligibility.data.items) : [];
  const showBlockers = toRecevable && (blockers.length > 0 || refusal !== null);
  /** The point to lead to once the dialog is gone; the dialog then gives the focus back to nothing. */
  const [jumpTo, setJumpTo] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    setRefusal(null);
    change.reset();
    onClose();
  };

  const goTo = (key: string) => {
    setJumpTo(key);
    close();
  };

  const confirm = () => {
    if (!transition) return;
    // The same rule as the host's, so the person is told before anything is sent.
    const problem = statusChangeProblem(from, transition.to, reason);
    if (problem) {
      setError(problem);
      document.getElementById('status-reason')?.focus();
      return;
    }
    change.mutate(
      { status: transition.to, reason },
      {
        onSuccess: () => {
          close();
          // "Dossier créé" belongs to the arrival from the form; a later step makes it stale.
          if (location.state !== null) void navigate(location.pathname, { replace: true, state: null });
        },
        onError: (failure) => {
          // The checklist said no (it changed since it was read): a notice with the points, read again.
          if (failure instanceof ApiCallError && toRecevable && failure.code === 'precondition') {
            setRefusal(failure.message);
            void eligibility.refetch();
            return;
          }
          setError(failure instanceof ApiCallError ? (failure.issues.find((issue) => issue.path === 'reason')?.message ?? failure.message) : errorMessage(failure));
        },
      },
    );
  };

  return (
    <Modal
      opened={transition !== null}
      onClose={close}
      returnFocus={jumpTo === null}
      onExitTransitionEnd={() => {
        if (jumpTo !== null) focusEligibilityPoint(jumpTo);
        setJumpTo(null);
      }}
      title={transition?.label ?? ''}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer' }}
      data-testid="status-modal"
    >
      {transition && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Stack gap="md">
            <Text>
              Le dossier passera de « {APPLICATION_STATUS_LABELS[from]} » à « {APPLICATION_STATUS_LABELS[transition.to]} ».
            </Text>
            {showBlockers && <RecevableBlockersNotice blockers={blockers} message={refusal} onGoTo={goTo} />}
            <ReasonField
              id="status-reason"
              label="Motif"
              description={
                transition.reasonRequired
                  ? transition.to === 'irrecevable'
                    ? 'Obligatoire : il est conservé dans l’historique et sera communiqué au prestataire.'
                    : 'Obligatoire pour revenir sur une étape : il est conservé dans l’historique.'
                  : 'Facultatif ; conservé dans l’historique.'
              }
              required={transition.reasonRequired}
              value={reason}
              onChange={(value) => {
                setReason(value);
                setError(null);
              }}
              error={error}
              testId="status-reason"
            />
            <ModalActions
              onCancel={close}
              submitLabel={transition.label}
              loading={change.isPending}
              // The notice above says what is left; sending would only be refused.
              disabled={blockers.length > 0}
              danger={transition.to === 'irrecevable'}
              testId="status-confirm"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
