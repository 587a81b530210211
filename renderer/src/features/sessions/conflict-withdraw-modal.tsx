// Withdraws a conflict of interest, with its reason (kept on record with who and when); one the chair
// confirmed needs the chair's PIN.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Conflict } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { conflictSubject } from './conflict-labels.ts';
import { PinField } from './pin-field.tsx';
import { useSessionWrite } from './use-sessions.ts';

function WithdrawForm({ conflict, onDone }: { conflict: Conflict; onDone: () => void }) {
  const withdraw = useSessionWrite('sessions.withdrawConflict');
  const [reason, setReason] = useState('');
  const [chairPin, setChairPin] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; chairPin?: string }>({});

  const submit = () => {
    const found: typeof errors = {};
    if (reason.trim() === '') found.reason = 'Indiquez pourquoi le conflit est retiré.';
    if (conflict.isPinned && !/^\d{4,8}$/u.test(chairPin)) found.chairPin = 'Ce conflit a été confirmé par le président : son code PIN (4 à 8 chiffres) est requis.';
    setErrors(found);
    if (found.reason || found.chairPin) return focusFirstInvalid();
    withdraw.mutate(
      { conflictId: conflict.id, reason, ...(conflict.isPinned ? { chairPin } : {}) },
      {
        onSuccess: onDone,
        onError: (error) => {
          const onPin = error instanceof ApiCallError && error.issues.some((issue) => issue.path === 'chairPin');
          setErrors(onPin ? { chairPin: error.message } : { reason: errorMessage(error) });
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="conflict-withdraw-form"
    >
      <Stack gap="md">
        <Text>
          Conflit de {conflict.jurorName} avec {conflictSubject(conflict)}. Retiré, il reste dans le journal avec son motif ; {conflict.jurorName} pourra de
          nouveau noter.
        </Text>
        <ReasonField
          id="conflict-withdraw-reason"
          label="Motif"
          description="Obligatoire : il est conservé dans le journal."
          required
          value={reason}
          onChange={(value) => {
            setReason(value);
            setErrors({});
          }}
          error={errors.reason ?? null}
          testId="conflict-withdraw-reason"
        />
        {conflict.isPinned && (
          <PinField
            label="Code PIN du président"
            withAsterisk
            aria-required
            value={chairPin}
            onChange={(event) => {
              setChairPin(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.chairPin}
            data-testid="conflict-withdraw-pin"
          />
        )}
        <ModalActions onCancel={onDone} submitLabel="Retirer le conflit" loading={withdraw.isPending} danger testId="conflict-withdraw-confirm" />
      </Stack>
    </form>
  );
}

type Props = { conflict: Conflict | null; onClose: () => void };

export function ConflictWithdrawModal({ conflict, onClose }: Props) {
  return (
    <Modal opened={conflict !== null} onClose={onClose} title="Retirer le conflit d’intérêts" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="conflict-withdraw-modal">
      {conflict && <WithdrawForm key={conflict.id} conflict={conflict} onDone={onClose} />}
    </Modal>
  );
}
