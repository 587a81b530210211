// "Révéler les notes": the chair's PIN, and what the reveal does — every submitted sheet shown to the
// commission, logged, once for all.
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { ModalActions } from '../../components/modal-actions.tsx';
import type { JurorProgress } from '../../../../core/service/api.ts';
import { ChairPinInput, chairPinProblem, generalError, issueAt } from './chair-pin.tsx';
import { plural } from './scoring-labels.ts';
import { useReveal } from './use-deliberation.ts';

type Props = { sessionId: number; opened: boolean; progress: JurorProgress[]; onClose: () => void };

export function RevealModal({ sessionId, opened, progress, onClose }: Props) {
  const reveal = useReveal(sessionId);
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | undefined>();
  const pending = progress.filter((juror) => !juror.isSubmitted && juror.toScoreCount > 0);

  const close = () => {
    setPin('');
    setPinError(undefined);
    reveal.reset();
    onClose();
  };

  const confirm = () => {
    const problem = chairPinProblem(pin);
    if (problem) return setPinError(problem);
    reveal.mutate(pin, { onSuccess: close, onError: (error) => setPinError(issueAt(error, 'chairPin')) });
  };
  const other = generalError(reveal.error, (path) => path === 'chairPin');

  return (
    <Modal opened={opened} onClose={close} title="Révéler les notes" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="reveal-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Stack gap="md">
          <Text>
            Les notes des jurés qui ont soumis leurs fiches seront affichées à la commission : moyennes, écarts et notes individuelles. La révélation est définitive et
            inscrite au journal.
          </Text>
          {pending.length > 0 && (
            <Alert color="orange" variant="light" styles={{ title: { color: 'var(--mantine-color-text)' } }} title={`${plural(pending.length, 'membre')} n’${pending.length > 1 ? 'ont' : 'a'} pas soumis`}>
              <Text size="sm">
                {pending.map((juror) => juror.jurorName).join(', ')} : leurs fiches non soumises ne compteront pas. Vous pouvez saisir leurs fiches papier avant de révéler.
              </Text>
            </Alert>
          )}
          <ChairPinInput
            value={pin}
            onChange={(value) => {
              setPin(value);
              setPinError(undefined);
            }}
            error={pinError}
            autoFocus
          />
          {other && (
            <Text size="sm" c="red.9" role="alert">
              {other}
            </Text>
          )}
          <ModalActions onCancel={close} submitLabel="Révéler les notes" loading={reveal.isPending} icon={<IconEye size={18} aria-hidden />} testId="reveal-confirm" />
        </Stack>
      </form>
    </Modal>
  );
}
