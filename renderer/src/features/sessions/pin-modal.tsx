// "Définir le code" of one member: typed twice, 4 to 8 digits, stored by the host as a salted slow hash
// and never shown again. The juror types it to open their own sheet. Once the notation has started the
// chair confirms a change with their own PIN: otherwise a juror could take another's place.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { elideDe } from '../../../../core/domain/french-gender.ts';
import type { SessionMember } from '../../../../core/service/api.ts';
import { pinSchema } from '../../../../core/service/sessions/sessions-api.ts';
import { ApiCallError, errorMessage } from '../../api/api-call-error.ts';
import { ModalActions } from '../../components/modal-actions.tsx';
import { ChairPinInput, chairPinProblem, issueAt } from '../scoring/chair-pin.tsx';
import { PinField } from './pin-field.tsx';
import { useSessionWrite } from './use-sessions.ts';

type FormProps = { sessionId: number; member: SessionMember; needsChairPin: boolean; onDone: () => void };

function PinForm({ sessionId, member, needsChairPin, onDone }: FormProps) {
  const setPin = useSessionWrite('sessions.setPin');
  const [pin, setPinValue] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [chairPin, setChairPin] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; confirmation?: string; chairPin?: string | undefined }>({});

  const submit = () => {
    const checked = pinSchema.safeParse(pin);
    const found: typeof errors = {};
    if (!checked.success) found.pin = checked.error.issues[0]?.message ?? 'Code PIN invalide.';
    else if (confirmation !== pin) found.confirmation = 'Les deux codes ne correspondent pas.';
    if (needsChairPin) found.chairPin = chairPinProblem(chairPin) ?? undefined;
    setErrors(found);
    if (found.pin || found.confirmation || found.chairPin) {
      if (found.pin || found.confirmation) document.getElementById(found.pin ? 'member-pin' : 'member-pin-confirmation')?.focus();
      else document.querySelector<HTMLInputElement>('[data-testid="pin-form"] [data-testid="chair-pin"]')?.focus();
      return;
    }
    setPin.mutate(
      { sessionId, jurorId: member.id, pin, ...(needsChairPin ? { chairPin } : {}) },
      {
        onSuccess: onDone,
        onError: (error) => {
          const onChair = issueAt(error, 'chairPin');
          if (onChair !== undefined) return setErrors({ chairPin: error instanceof ApiCallError ? error.message : onChair });
          setErrors({ pin: error instanceof ApiCallError ? (error.issues.find((issue) => issue.path === 'pin')?.message ?? error.message) : errorMessage(error) });
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
      data-testid="pin-form"
    >
      <Stack gap="md">
        <Text size="sm">
          De 4 à 8 chiffres. {member.name} le tapera pour ouvrir sa fiche de notation ; il n’est plus jamais affiché.
          {member.hasPin ? ' Le nouveau code remplace l’ancien.' : ''}
        </Text>
        {needsChairPin && (
          <Text size="sm" fw={600} data-testid="pin-chair-notice">
            La notation a commencé : le président confirme ce changement avec son propre code PIN. Le changement est inscrit au journal.
          </Text>
        )}
        <PinField
          id="member-pin"
          label="Code PIN"
          withAsterisk
          aria-required
          value={pin}
          onChange={(event) => {
            setPinValue(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.pin}
          data-autofocus
          data-testid="member-pin"
        />
        <PinField
          id="member-pin-confirmation"
          label="Confirmer le code"
          withAsterisk
          aria-required
          value={confirmation}
          onChange={(event) => {
            setConfirmation(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.confirmation}
          data-testid="member-pin-confirmation"
        />
        {needsChairPin && (
          <ChairPinInput
            value={chairPin}
            onChange={(value) => {
              setChairPin(value);
              setErrors({});
            }}
            error={errors.chairPin}
          />
        )}
        <ModalActions onCancel={onDone} submitLabel="Enregistrer le code" loading={setPin.isPending} testId="member-pin-save" />
      </Stack>
    </form>
  );
}

type Props = { sessionId: number; member: SessionMember | null; needsChairPin: boolean; onClose: () => void };

export function PinModal({ sessionId, member, needsChairPin, onClose }: Props) {
  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? `Code PIN ${elideDe(member.name)}` : ''} closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="pin-modal">
      {member && <PinForm key={member.id} sessionId={sessionId} member={member} needsChairPin={needsChairPin} onDone={onClose} />}
    </Modal>
  );
}
