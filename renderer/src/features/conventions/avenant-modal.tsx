// "Nouvel avenant": what changes (the amount — per year for a multi-year convention —, the end date, the
// object), why, the board's deliberation and the signature. The host keeps the replaced lines as superseded.
import { Alert, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { ModalActions } from '../../components/modal-actions.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { useCloseGuard } from '../../components/use-discard-guard.ts';
import { generalError, issueAt } from '../scoring/chair-pin.tsx';
import { showDate } from './convention-labels.ts';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail; opened: boolean; onClose: () => void };

const FIELDS = new Set(['totalCents', 'years', 'endsOn', 'object', 'reason', 'deliberationRef', 'deliberationOn', 'signedOn']);

export function AvenantModal({ convention, opened, onClose }: Props) {
  const amend = useConventionWrite('conventions.amend');
  const multiYear = convention.years.length > 1;
  const [amounts, setAmounts] = useState<string[]>(convention.years.map(() => ''));
  const [endsOn, setEndsOn] = useState('');
  const [object, setObject] = useState('');
  const [reason, setReason] = useState('');
  const [deliberationRef, setDeliberationRef] = useState('');
  const [deliberationOn, setDeliberationOn] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [problems, setProblems] = useState<{ amounts?: string; reason?: string; nothing?: string }>({});
  const rank = convention.avenants.length + 1;

  const close = () => {
    amend.reset();
    onClose();
  };
  // Escape, the cross, a click beside the modal and "Annuler" ask before dropping what was typed.
  const guard = useCloseGuard(amounts.some((text) => text.trim() !== '') || endsOn !== '' || object.trim() !== '' || reason.trim() !== '' || deliberationRef.trim() !== '' || deliberationOn !== '' || signedOn !== '');
  const askClose = () => guard.requestClose(close);

  const submit = () => {
    const readings = amounts.map((text) => (text.trim() === '' ? null : parseEuros(text)));
    const unreadable = readings.find((reading) => reading !== null && (!reading.ok || reading.cents < 0));
    if (unreadable && !unreadable.ok) return setProblems({ amounts: unreadable.message });
    if (reason.trim() === '') {
      setProblems({ reason: 'Indiquez le motif de l’avenant.' });
      document.getElementById('avenant-reason')?.focus();
      return;
    }
    const changedAmount = readings.some((reading) => reading !== null);
    if (!changedAmount && endsOn === '' && object.trim() === '') return setProblems({ nothing: 'Indiquez ce que l’avenant change : le montant, la date de fin ou l’objet.' });
    // A year left blank keeps its amount; a multi-year convention sends every year, an annual one its total.
    const years = convention.years.map((entry, index) => {
      const reading = readings[index];
      return { year: entry.year, amountCents: reading?.ok ? reading.cents : entry.amountCents };
    });
    const amount = changedAmount ? (multiYear ? { years } : { totalCents: years[0]?.amountCents ?? 0 }) : {};
    amend.mutate(
      {
        id: convention.id,
        ...amount,
        ...(endsOn === '' ? {} : { endsOn }),
        ...(object.trim() === '' ? {} : { object }),
        reason,
        deliberationRef: deliberationRef.trim() === '' ? null : deliberationRef,
        deliberationOn: deliberationOn === '' ? null : deliberationOn,
        signedOn: signedOn === '' ? null : signedOn,
      },
      { onSuccess: close },
    );
  };

  const refusal = problems.nothing ?? generalError(amend.error, (path) => FIELDS.has(path) || path.startsWith('years'));
  return (
    <Modal opened={opened} onClose={askClose} title={`Nouvel avenant (n° ${rank})`} size="xl" closeButtonProps={{ 'aria-label': 'Fermer' }} data-testid="avenant-modal">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            L’avenant modifie la convention sans l’effacer : les échéances non versées qu’il remplace restent visibles, barrées. Laissez vide ce qui ne change pas.
          </Text>
          {refusal !== null && (
            <Alert color="red" c="#a51111" variant="light" title="L’avenant n’a pas été enregistré" role="alert" data-testid="avenant-refusal">
              {refusal}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {convention.years.map((entry, index) => (
              <MoneyInput
                key={entry.year}
                label={multiYear ? `Nouveau montant ${entry.year}` : 'Nouveau montant'}
                description={`Actuellement ${formatEuros(entry.amountCents)}.`}
                value={amounts[index] ?? ''}
                onChange={(value) => {
                  setAmounts((current) => current.map((text, position) => (position === index ? value : text)));
                  setProblems({});
                }}
                error={index === 0 ? (problems.amounts ?? issueAt(amend.error, multiYear ? 'years' : 'totalCents')) : undefined}
                data-autofocus={index === 0 || undefined}
                data-testid={`avenant-amount-${entry.year}`}
              />
            ))}
            <FrenchDateInput clearable label="Nouvelle date de fin" description={`Actuellement le ${showDate(convention.endsOn)}.`} value={endsOn} onChange={setEndsOn} error={issueAt(amend.error, 'endsOn')} data-testid="avenant-ends-on" />
          </SimpleGrid>
          <Textarea label="Nouvel objet" autosize minRows={2} maxLength={4000} value={object} onChange={(event) => setObject(event.currentTarget.value)} error={issueAt(amend.error, 'object')} data-testid="avenant-object" />
          <ReasonField
            id="avenant-reason"
            label="Motif"
            description="Obligatoire : il figure dans les considérants de l’avenant et dans l’historique."
            required
            value={reason}
            onChange={(value) => {
              setReason(value);
              setProblems({});
            }}
            error={problems.reason ?? issueAt(amend.error, 'reason') ?? null}
            testId="avenant-reason"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="N° de délibération du CA" maxLength={100} value={deliberationRef} onChange={(event) => setDeliberationRef(event.currentTarget.value)} error={issueAt(amend.error, 'deliberationRef')} data-testid="avenant-deliberation-ref" />
            <FrenchDateInput clearable label="Date de la délibération" value={deliberationOn} onChange={setDeliberationOn} error={issueAt(amend.error, 'deliberationOn')} data-testid="avenant-deliberation-on" />
            <FrenchDateInput clearable label="Date de signature" value={signedOn} onChange={setSignedOn} error={issueAt(amend.error, 'signedOn')} data-testid="avenant-signed-on" />
          </SimpleGrid>
          <ModalActions onCancel={askClose} submitLabel="Enregistrer l’avenant" loading={amend.isPending} testId="avenant-confirm" />
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </Modal>
  );
}
