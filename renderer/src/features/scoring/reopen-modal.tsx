// "Rouvrir la fiche d’un juré": only the chair, with a reason kept in the audit log; the juror can then
// correct their sheets in jury mode (or the chair enters a new paper sheet).
import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ModalActions } from '../../components/modal-actions.tsx';
import type { JurorProgress } from '../../../../core/service/api.ts';
import { ChairPinInput, chairPinProblem, generalError, issueAt } from './chair-pin.tsx';
import { useReopenSheets } from './use-deliberation.ts';

type Props = { sessionId: number; progress: JurorProgress[]; opened: boolean; onClose: () => void; onSaved: (message: string) => void };

export function ReopenModal({ sessionId, progress, opened, onClose, onSaved }: Props) {
  const reopen = useReopenSheets(sessionId);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ juror?: string; reason?: string; pin?: string }>({});
  const other = generalError(reopen.error, (path) => path === 'chairPin' || path === 'reason' || path === 'jurorId');
  // Jurors with something submitted come first: they are the ones a reopening is for.
  const options = [...progress].sort((a, b) => Number(b.submittedAt !== null) - Number(a.submittedAt !== null));

  const close = () => {
    setJurorId(null);
    setReason('');
    setPin('');
    setErrors({});
    reopen.reset();
    onClose();
  };

  const submit = () => {
    const found = {
      juror: jurorId === null ? 'Choisissez le membre du jury.' : undefined,
      reason: reason.trim() === '' ? 'Indiquez pourquoi la fiche est rouverte.' : undefined,
      pin: chairPinProblem(pin) ?? undefined,
    };
    setErrors(found);
    if (found.juror || found.reason || found.pin) return;
    reopen.mutate(
      { jurorId: Number(jurorId), reason, chairPin: pin },
      {
        onSuccess: () => {
          const name = progress.find((juror) => juror.jurorId === Number(jurorId))?.jurorName ?? '';
          close();
          onSaved(`Les fiches de ${name} sont rouvertes : elles ne comptent plus tant qu’elles ne sont pas soumises à nouveau.`);
        },
        onError: (failure) => setErrors({ pin: issueAt(failure, 'chairPin'), reason: issueAt(failure, 'reason'), juror: issueAt(failure, 'jurorId') }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Rouvrir la fiche d’un juré" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="reopen-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">Les fiches soumises de ce membre redeviennent modifiables ; elles ne comptent plus jusqu’à ce qu’il les soumette à nouveau. Le motif est inscrit au journal.</Text>
          <Select
            label="Membre du jury"
            data={options.map((juror) => ({ value: String(juror.jurorId), label: juror.isSubmitted ? `${juror.jurorName} (soumise)` : juror.jurorName }))}
            value={jurorId}
            onChange={(value) => {
              setJurorId(value);
              setErrors((current) => ({ ...current, juror: undefined }));
            }}
            withAsterisk
            allowDeselect={false}
            error={errors.juror}
            data-testid="reopen-juror"
          />
          <Textarea
            label="Motif"
            withAsterisk
            aria-required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            error={errors.reason}
            data-testid="reopen-reason"
          />
          <ChairPinInput
            value={pin}
            onChange={(value) => {
              setPin(value);
              setErrors((current) => ({ ...current, pin: undefined }));
            }}
            error={errors.pin}
          />
          {other && (
            <Text size="sm" c="red.9" role="alert">
              {other}
            </Text>
          )}
          <ModalActions onCancel={close} submitLabel="Rouvrir les fiches" loading={reopen.isPending} testId="reopen-confirm" />
        </Stack>
      </form>
    </Modal>
  );
}
