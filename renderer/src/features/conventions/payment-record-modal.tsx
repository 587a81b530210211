// "Enregistrer un versement": a line of the schedule, the amount (what remains on it by default), paid on a date
// or only ordered (mandaté) with its mandate, and a reason when the line's trigger has not happened yet (the
// balance before the bilan). A refusal is shown as a notice here and every typed value stays.
import { Alert, Modal, Radio, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import { SCHEDULE_KIND_LABELS, type ConventionDetail, type ScheduleLine } from '../../../../core/service/conventions/conventions-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { ModalActions } from '../../components/modal-actions.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { useCloseGuard } from '../../components/use-discard-guard.ts';
import { generalError, issueAt } from '../scoring/chair-pin.tsx';
import { todayIso } from './convention-labels.ts';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail; opened: boolean; onClose: () => void };

const FIELDS = new Set(['lineRank', 'amountCents', 'paidOn', 'orderedOn', 'mandateRef']);

function lineLabel(line: ScheduleLine): string {
  return `${line.rank} — ${SCHEDULE_KIND_LABELS[line.kind]} ${line.year} (reste ${formatEuros(line.remainingCents)})`;
}

export function PaymentRecordModal({ convention, opened, onClose }: Props) {
  const record = useConventionWrite('payments.record');
  const open = convention.schedule.filter((line) => line.supersededBy === null && line.remainingCents > 0);
  const [rank, setRank] = useState<string | null>(open[0] ? String(open[0].rank) : null);
  const line = open.find((candidate) => String(candidate.rank) === rank);
  const [amount, setAmount] = useState(open[0] ? formatEuros(open[0].remainingCents) : '');
  const [mode, setMode] = useState<'paye' | 'mandate'>('paye');
  const [date, setDate] = useState(todayIso());
  const [mandateRef, setMandateRef] = useState('');
  const [reason, setReason] = useState('');
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  // What the modal opened with: a change to any of it is something typed.
  const [pristine] = useState(() => ({ rank, amount, date }));
  const beforeTrigger = line !== undefined && line.triggeredOn === null;

  const close = () => {
    record.reset();
    onClose();
  };
  // Escape, the cross, a click beside the modal and "Annuler" ask before dropping what was typed.
  const guard = useCloseGuard(rank !== pristine.rank || amount !== pristine.amount || mode !== 'paye' || date !== pristine.date || mandateRef.trim() !== '' || reason.trim() !== '');
  const askClose = () => guard.requestClose(close);

  const submit = () => {
    if (!line) return;
    const reading = parseEuros(amount);
    if (!reading.ok || reading.cents <= 0) {
      setAmountProblem(reading.ok ? 'Le montant doit être positif.' : reading.message);
      document.getElementById('payment-amount')?.focus();
      return;
    }
    record.mutate(
      {
        conventionId: convention.id,
        lineRank: line.rank,
        amountCents: reading.cents,
        paidOn: mode === 'paye' ? date : null,
        orderedOn: mode === 'mandate' ? date : null,
        mandateRef,
        reason,
      },
      { onSuccess: close },
    );
  };

  const refusal = generalError(record.error, (path) => FIELDS.has(path));
  return (
    <Modal opened={opened} onClose={askClose} title="Enregistrer un versement" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="payment-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {refusal !== null && (
            <Alert color="red" c="#a51111" variant="light" title="Le versement n’a pas été enregistré" role="alert" data-testid="payment-refusal">
              {refusal}
            </Alert>
          )}
          <Select
            label="Échéance"
            withAsterisk
            data={open.map((candidate) => ({ value: String(candidate.rank), label: lineLabel(candidate) }))}
            value={rank}
            onChange={(value) => {
              setRank(value);
              const chosen = open.find((candidate) => String(candidate.rank) === value);
              if (chosen) setAmount(formatEuros(chosen.remainingCents));
              record.reset();
            }}
            allowDeselect={false}
            error={issueAt(record.error, 'lineRank')}
            data-autofocus
            data-testid="payment-line"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <MoneyInput
              id="payment-amount"
              label="Montant"
              description={line ? `Reste sur l’échéance : ${formatEuros(line.remainingCents)}.` : undefined}
              withAsterisk
              aria-required
              value={amount}
              onChange={(value) => {
                setAmount(value);
                setAmountProblem(null);
              }}
              error={amountProblem ?? issueAt(record.error, 'amountCents')}
              data-testid="payment-amount"
            />
            <Radio.Group label="Étape" description="Un versement mandaté se marque payé ensuite." value={mode} onChange={(value) => setMode(value === 'mandate' ? 'mandate' : 'paye')} data-testid="payment-mode">
              <Group gap="lg" mt={10}>
                <Radio value="paye" label="Payé" data-testid="payment-mode-paye" />
                <Radio value="mandate" label="Mandaté" data-testid="payment-mode-mandate" />
              </Group>
            </Radio.Group>
            <FrenchDateInput
              label={mode === 'paye' ? 'Date de paiement' : 'Date du mandat'}
              withAsterisk
              aria-required
              value={date}
              onChange={setDate}
              error={issueAt(record.error, mode === 'paye' ? 'paidOn' : 'orderedOn')}
              data-testid="payment-date"
            />
            <TextInput label="N° de mandat" description="Référence du mandat, si elle est connue." maxLength={100} value={mandateRef} onChange={(event) => setMandateRef(event.currentTarget.value)} error={issueAt(record.error, 'mandateRef')} data-testid="payment-mandate" />
          </SimpleGrid>
          <ReasonField
            id="payment-reason"
            label="Motif"
            description={
              beforeTrigger
                ? 'Le déclencheur de cette échéance n’est pas encore survenu : un motif est obligatoire pour la verser dès maintenant (il est conservé).'
                : 'Facultatif ; obligatoire seulement pour verser une échéance avant son déclencheur (le solde avant le bilan).'
            }
            required={beforeTrigger}
            value={reason}
            onChange={setReason}
            // The host's full sentence is the notice above; the field only says what it lacks.
            error={issueAt(record.error, 'reason') === undefined ? null : 'Indiquez le motif du versement anticipé.'}
            testId="payment-reason"
          />
          <ModalActions onCancel={askClose} submitLabel="Enregistrer le versement" loading={record.isPending} disabled={!line} testId="payment-confirm" />
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </Modal>
  );
}
