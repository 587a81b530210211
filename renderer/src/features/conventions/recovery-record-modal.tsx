// "Demander un reversement": money the provider must give back (unused, action not carried out, a breach of the
// contrat d'engagement républicain, after a control), with the decision that orders it.
import { Alert, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseEuros } from '../../../../core/domain/money.ts';
import { RECOVERY_CAUSE_LABELS, type ConventionDetail, type RecoveryCause } from '../../../../core/service/conventions/conventions-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { ModalActions } from '../../components/modal-actions.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { useCloseGuard } from '../../components/use-discard-guard.ts';
import { generalError, issueAt } from '../scoring/chair-pin.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail; opened: boolean; onClose: () => void };

const FIELDS = new Set(['amountCents', 'cause', 'decisionRef', 'dueOn', 'note']);
const causeData = (Object.keys(RECOVERY_CAUSE_LABELS) as RecoveryCause[]).map((cause) => ({ value: cause, label: RECOVERY_CAUSE_LABELS[cause] }));

export function RecoveryRecordModal({ convention, opened, onClose }: Props) {
  const record = useConventionWrite('recoveries.record');
  const [amount, setAmount] = useState('');
  const [cause, setCause] = useState<RecoveryCause>('non_consomme');
  const [decisionRef, setDecisionRef] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);

  const close = () => {
    record.reset();
    onClose();
  };
  // Escape, the cross, a click beside the modal and "Annuler" ask before dropping what was typed.
  const guard = useCloseGuard(amount.trim() !== '' || cause !== 'non_consomme' || decisionRef.trim() !== '' || dueOn !== '' || note.trim() !== '');
  const askClose = () => guard.requestClose(close);
  const submit = () => {
    const reading = parseEuros(amount);
    if (!reading.ok || reading.cents <= 0) {
      setAmountProblem(reading.ok ? 'Le montant doit être positif.' : reading.message);
      document.getElementById('recovery-amount')?.focus();
      return;
    }
    record.mutate({ conventionId: convention.id, amountCents: reading.cents, cause, decisionRef, dueOn: dueOn === '' ? null : dueOn, note }, { onSuccess: close });
  };
  const refusal = generalError(record.error, (path) => FIELDS.has(path));

  return (
    <Modal opened={opened} onClose={askClose} title="Demander un reversement" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="recovery-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {refusal !== null && (
            <Alert color="red" c="#a51111" variant="light" title="Le reversement n’a pas été enregistré" role="alert">
              {refusal}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <MoneyInput
              id="recovery-amount"
              label="Montant à reverser"
              withAsterisk
              aria-required
              value={amount}
              onChange={(value) => {
                setAmount(value);
                setAmountProblem(null);
              }}
              error={amountProblem ?? issueAt(record.error, 'amountCents')}
              data-autofocus
              data-testid="recovery-amount"
            />
            <Select label="Cause" withAsterisk data={causeData} value={cause} onChange={(value) => value && setCause(value as RecoveryCause)} allowDeselect={false} error={issueAt(record.error, 'cause')} data-testid="recovery-cause" />
            <TextInput label="Référence de la décision" description="Arrêté, titre de recette…" withAsterisk aria-required maxLength={100} value={decisionRef} onChange={(event) => setDecisionRef(event.currentTarget.value)} error={issueAt(record.error, 'decisionRef')} data-testid="recovery-decision" />
            <FrenchDateInput clearable label="À recevoir avant le" value={dueOn} onChange={setDueOn} error={issueAt(record.error, 'dueOn')} data-testid="recovery-due-on" />
          </SimpleGrid>
          <Textarea label="Note" autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={issueAt(record.error, 'note')} data-testid="recovery-note" />
          <ModalActions onCancel={askClose} submitLabel="Enregistrer le reversement" loading={record.isPending} testId="recovery-confirm" />
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </Modal>
  );
}
