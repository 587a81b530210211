// Corrects a convention before the board validates it: object, the object published as open data (256
// characters at most, with a counter), dates, the kind of act, the amount of each year and the eligible cost.
// A change of amount needs a reason, kept in the history.
import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { formatEuros, parseEuros } from '../../../../core/domain/money.ts';
import { CONVENTION_INSTRUMENT_LABELS, type ConventionDetail, type ConventionInstrument } from '../../../../core/service/conventions/conventions-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { ReasonField } from '../../components/reason-field.tsx';
import { useLeaveGuard } from '../../components/use-discard-guard.ts';
import { generalError, issueAt } from '../scoring/chair-pin.tsx';
import { useConventionWrite } from './use-conventions.ts';

type Props = { convention: ConventionDetail; onDone: () => void };

const OPEN_DATA_MAX = 256;
const FIELDS = new Set(['object', 'openDataObject', 'startsOn', 'endsOn', 'instrument', 'eligibleCostCents', 'reason']);

export function ConventionEditForm({ convention, onDone }: Props) {
  const update = useConventionWrite('conventions.update');
  const [object, setObject] = useState(convention.object);
  const [openDataObject, setOpenDataObject] = useState(convention.openDataObject);
  const [startsOn, setStartsOn] = useState(convention.startsOn);
  const [endsOn, setEndsOn] = useState(convention.endsOn);
  const [instrument, setInstrument] = useState<ConventionInstrument>(convention.instrument);
  const [amounts, setAmounts] = useState(convention.years.map((entry) => formatEuros(entry.amountCents)));
  const [eligibleCost, setEligibleCost] = useState(formatEuros(convention.eligibleCostCents));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const readings = amounts.map((text) => parseEuros(text));
  const amountChanged = readings.some((reading, index) => !reading.ok || reading.cents !== convention.years[index]?.amountCents);
  // Leaving the page or "Annuler" asks first once anything differs from the convention.
  const guard = useLeaveGuard(
    amountChanged ||
      object !== convention.object ||
      openDataObject !== convention.openDataObject ||
      startsOn !== convention.startsOn ||
      endsOn !== convention.endsOn ||
      instrument !== convention.instrument ||
      eligibleCost !== formatEuros(convention.eligibleCostCents) ||
      reason.trim() !== '',
  );

  const submit = () => {
    const found: Record<string, string> = {};
    readings.forEach((reading, index) => {
      if (!reading.ok) found[`years.${index}`] = reading.message;
    });
    const cost = parseEuros(eligibleCost);
    if (!cost.ok) found.eligibleCostCents = cost.message;
    if (amountChanged && reason.trim() === '') found.reason = 'Indiquez pourquoi le montant change (conservé dans l’historique).';
    setProblems(found);
    if (Object.keys(found).length > 0 || !cost.ok) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="convention-edit-form"] [aria-invalid="true"]')?.focus());
      return;
    }
    const years = convention.years.map((entry, index) => {
      const reading = readings[index];
      return { year: entry.year, amountCents: reading?.ok ? reading.cents : entry.amountCents };
    });
    update.mutate(
      { id: convention.id, object, openDataObject, startsOn, endsOn, instrument, years, eligibleCostCents: cost.cents, reason },
      { onSuccess: onDone, onError: () => window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="convention-edit-form"] [aria-invalid="true"]')?.focus()) },
    );
  };

  const fieldError = (path: string) => problems[path] ?? issueAt(update.error, path);
  const other = generalError(update.error, (path) => FIELDS.has(path) || path.startsWith('years'));
  return (
    <Paper withBorder p="md" maw={880} component="section" aria-labelledby="convention-edit-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="convention-edit-form"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="convention-edit-title">
            Corriger la convention
          </Title>
          <Text size="sm">Possible jusqu’à la validation par le conseil d’administration ; ensuite, seul un avenant modifie la convention.</Text>
          {other !== null && (
            <Alert color="red" c="#a51111" variant="light" title="Les corrections n’ont pas été enregistrées" role="alert" data-testid="convention-edit-error">
              {other}
            </Alert>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="convention-instrument-label">
              Acte
            </Text>
            <SegmentedControl
              aria-labelledby="convention-instrument-label"
              value={instrument}
              onChange={(value) => setInstrument(value === 'arrete' ? 'arrete' : 'convention')}
              data={(Object.keys(CONVENTION_INSTRUMENT_LABELS) as ConventionInstrument[]).map((key) => ({ value: key, label: CONVENTION_INSTRUMENT_LABELS[key] }))}
              w="fit-content"
              data-testid="convention-edit-instrument"
            />
          </Stack>
          <Textarea label="Objet" withAsterisk aria-required autosize minRows={3} maxLength={4000} value={object} onChange={(event) => setObject(event.currentTarget.value)} error={fieldError('object')} data-testid="convention-edit-object" />
          <Textarea
            label="Objet publié (données ouvertes)"
            description={`Repris dans l’export national des subventions : ${openDataObject.length} / ${OPEN_DATA_MAX} caractères.`}
            withAsterisk
            aria-required
            autosize
            minRows={2}
            maxLength={OPEN_DATA_MAX}
            value={openDataObject}
            onChange={(event) => setOpenDataObject(event.currentTarget.value)}
            error={fieldError('openDataObject')}
            data-testid="convention-edit-open-data-object"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <FrenchDateInput label="Date de début" withAsterisk aria-required value={startsOn} onChange={setStartsOn} error={fieldError('startsOn')} data-testid="convention-edit-starts-on" />
            <FrenchDateInput label="Date de fin" withAsterisk aria-required value={endsOn} onChange={setEndsOn} error={fieldError('endsOn')} data-testid="convention-edit-ends-on" />
            {convention.years.map((entry, index) => (
              <MoneyInput
                key={entry.year}
                label={`Montant ${entry.year}`}
                withAsterisk
                aria-required
                value={amounts[index] ?? ''}
                onChange={(value) => setAmounts((current) => current.map((text, position) => (position === index ? value : text)))}
                error={fieldError(`years.${index}`) ?? (index === 0 ? issueAt(update.error, 'years') : undefined)}
                data-testid={`convention-edit-amount-${entry.year}`}
              />
            ))}
            <MoneyInput label="Coût éligible de l’action" value={eligibleCost} onChange={setEligibleCost} error={fieldError('eligibleCostCents')} data-testid="convention-edit-eligible-cost" />
          </SimpleGrid>
          {amountChanged && (
            <ReasonField
              id="convention-edit-reason"
              label="Motif du changement de montant"
              description="Obligatoire quand le montant change : il est conservé dans l’historique."
              required
              value={reason}
              onChange={setReason}
              error={fieldError('reason') ?? null}
              testId="convention-edit-reason"
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => guard.requestClose(onDone)}>
              Annuler
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={update.isPending} data-testid="convention-edit-save">
              Enregistrer les corrections
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </Paper>
  );
}
