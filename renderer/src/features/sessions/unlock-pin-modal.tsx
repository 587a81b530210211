// "Lever le verrouillage": after five wrong PINs a member's entry is locked for five minutes; the chair
// lifts it at once with their own PIN, and the act is inscribed in the journal.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { elideDe } from '../../../../core/domain/french-gender.ts';
import type { PinLockout } from '../../../../core/service/api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ChairPinInput, chairPinProblem } from '../scoring/chair-pin.tsx';
import { formatTime } from './pin-lockout-badge.tsx';
import { useSessionWrite } from './use-sessions.ts';

type FormProps = { sessionId: number; lockout: PinLockout; onDone: () => void };

function UnlockForm({ sessionId, lockout, onDone }: FormProps) {
  const unlock = useSessionWrite('sessions.unlockPin');
  const [chairPin, setChairPin] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const problem = chairPinProblem(chairPin);
    if (problem) return setError(problem);
    unlock.mutate({ sessionId, jurorId: lockout.jurorId, chairPin }, { onSuccess: onDone, onError: (failure) => setError(failure instanceof ApiCallError ? failure.message : errorMessage(failure)) });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="unlock-form"
    >
      <Stack gap="md">
        <Text size="sm">
          Trop de codes PIN erronés ont été tapés pour {lockout.jurorName} : la saisie est verrouillée jusqu’à {formatTime(lockout.lockedUntil)}. Le président peut lever ce verrouillage
          tout de suite ; l’opération est inscrite au journal.
        </Text>
        <ChairPinInput
          value={chairPin}
          onChange={(value) => {
            setChairPin(value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <ModalActions onCancel={onDone} submitLabel="Lever le verrouillage" loading={unlock.isPending} testId="unlock-confirm" />
      </Stack>
    </form>
  );
}

type Props = { sessionId: number; lockout: PinLockout | null; onClose: () => void };

export function UnlockPinModal({ sessionId, lockout, onClose }: Props) {
  return (
    <Modal opened={lockout !== null} onClose={onClose} title={lockout ? `Verrouillage ${elideDe(lockout.jurorName)}` : ''} closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="unlock-modal">
      {lockout && <UnlockForm key={lockout.jurorId} sessionId={sessionId} lockout={lockout} onDone={onClose} />}
    </Modal>
  );
}
