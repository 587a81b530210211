// "Fermer le mode juré": on the chair's computer, jury mode is left for the app's other screens only by
// the chair, with their PIN, while the notation is open — a juror never reaches the session's administration.
import { Modal, Stack, Text } from '@mantine/core';
import { IconDoorExit } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { roleTitle, type Civility } from '../../../../core/domain/french-gender.ts';
import { ChairPinInput, chairPinProblem } from './chair-pin.tsx';

type Props = { sessionId: number; chairName: string; chairCivility?: Civility; opened: boolean; onClose: () => void; onLeft: () => void };

function LeaveForm({ sessionId, chairName, chairCivility = '', onClose, onLeft }: Omit<Props, 'opened'>) {
  const leave = useMutation({ mutationFn: (chairPin: string) => client.call('jury.leave', { sessionId, chairPin }) });
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const problem = chairPinProblem(pin);
    if (problem) return setError(problem);
    leave.mutate(pin, {
      onSuccess: onLeft,
      onError: (failure) => {
        setPin('');
        setError(failure instanceof ApiCallError ? failure.message : errorMessage(failure));
      },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Le mode juré ne se quitte que par {roleTitle('le président', chairCivility)} ({chairName}), avec son code PIN : les membres du jury n’accèdent pas à l’administration de la séance pendant la notation.
        </Text>
        <ChairPinInput
          value={pin}
          onChange={(value) => {
            setPin(value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <ModalActions onCancel={onClose} submitLabel="Fermer le mode juré" icon={<IconDoorExit size={18} aria-hidden />} loading={leave.isPending} testId="jury-leave-confirm" />
      </Stack>
    </form>
  );
}

export function JuryLeaveModal({ opened, ...props }: Props) {
  return (
    <Modal opened={opened} onClose={props.onClose} title="Fermer le mode juré" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="jury-leave-modal">
      {opened && <LeaveForm {...props} />}
    </Modal>
  );
}
