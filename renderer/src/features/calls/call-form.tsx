// The call form: amounts typed the French way, judged by the API's own schema, then by the host on save.
import { Button, Group, Input, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CallDetail, CallStatus, PactDetail, PactSummary } from '../../../../core/service/api.ts';
import { CALL_STATUS_LABELS } from '../../../../core/service/calls/calls-api.ts';
import { ApiCallError } from '../../api/api-call-error.ts';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { alignLevers, callFormSchema, readCallForm, splitIssues, toFormValues } from './call-form-values.ts';
import type { CallFormValues } from './call-form-values.ts';
import { CALLS_PATH, callPath, pactInForce } from './call-labels.ts';
import { ChecklistItemsField } from './checklist-items-field.tsx';
import { LeverEnvelopesField } from './lever-envelopes-field.tsx';
import { usePactFetcher, useSaveCall } from './use-calls.ts';
import type { SavedState } from '../../components/saved-notice.tsx';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import { useLeaveGuard } from '../../components/use-discard-guard.ts';

// Built once: a resolver made at each render would give the form new callbacks every time.
const validate = schemaResolver(callFormSchema, { sync: true });

const statusOptions = (Object.keys(CALL_STATUS_LABELS) as CallStatus[]).map((status) => ({ value: status, label: CALL_STATUS_LABELS[status] }));

type Props = {
  /** The call being edited; none for a new call. */
  call?: CallDetail;
  pacts: PactSummary[];
  /** The pact whose levers the form shows first: the call's, or the one in force for the default year. */
  initialPact: PactDetail;
  defaultYear: number;
};

export function CallForm({ call, pacts, initialPact, defaultYear }: Props) {
  const navigate = useNavigate();
  const save = useSaveCall(call?.id);
  const fetchPact = usePactFetcher();
  const [pact, setPact] = useState(initialPact);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<CallFormValues>({
    mode: 'controlled',
    initialValues: {
      ...toFormValues(call, defaultYear),
      levers: alignLevers(toFormValues(call, defaultYear).levers, initialPact.levers.map((lever) => lever.number)),
    },
    validate,
  });
  const guard = useLeaveGuard(form.isDirty());

  /** A new call serves the pact in force in its year: another year may bring other levers. */
  const changeYear = async (year: number | string) => {
    form.setFieldValue('year', year);
    if (call || typeof year !== 'number') return;
    const next = pactInForce(pacts, year);
    if (!next || next.id === pact.id) return;
    const detail = await fetchPact(next.id).catch(() => null);
    // The year may have changed again while the levers were read; only the latest answer counts.
    const latestYear = form.getValues().year;
    if (!detail || pactInForce(pacts, typeof latestYear === 'number' ? latestYear : null)?.id !== detail.id) return;
    setPact(detail);
    form.setFieldValue('levers', alignLevers(form.getValues().levers, detail.levers.map((lever) => lever.number)));
  };

  const submit = form.onSubmit(
    (values) => {
      setOtherErrors([]);
      save.mutate(
        { ...readCallForm(values).input, pactId: pact.id },
        {
          onSuccess: (saved) => {
            const state: SavedState = { savedNotice: call ? 'updated' : 'created' };
            guard.allowLeaving();
            void navigate(callPath(saved.id), { state });
          },
          onError: (error) => {
            if (!(error instanceof ApiCallError)) return;
            const { fieldErrors, otherMessages } = splitIssues(error, values);
            form.setErrors(fieldErrors);
            setOtherErrors(otherMessages);
            focusFirstInvalid();
          },
        },
      );
    },
    () => focusFirstInvalid(),
  );

  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Appel à projets" data-testid="call-form">
        <Stack gap="lg" maw={880}>
          {save.isError && (
            <SaveErrorAlert title="L’appel à projets n’a pas été enregistré" error={save.error} otherErrors={otherErrors} testId="call-save-error" />
          )}
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
            <NumberInput
              label="Année"
              withAsterisk
              aria-required
              min={2000}
              max={2100}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('year')}
              onChange={(year) => void changeYear(year)}
              data-testid="call-year"
            />
            <TextInput
              label="Intitulé"
              withAsterisk
              aria-required
              placeholder="Appel à projets 2018"
              {...form.getInputProps('title')}
              style={{ gridColumn: 'span 3' }}
              data-testid="call-title"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <FrenchDateInput label="Date d’ouverture" clearable {...form.getInputProps('opensOn')} data-testid="call-opens-on" />
            <FrenchDateInput label="Date de clôture" clearable {...form.getInputProps('closesOn')} data-testid="call-closes-on" />
          </SimpleGrid>
          <MoneyInput
            label="Enveloppe totale"
            description="En euros, par exemple 420 000 ou 420 000,00 €."
            withAsterisk
            aria-required
            maw={320}
            styles={{ input: { textAlign: 'right' } }}
            {...form.getInputProps('envelope')}
            onChange={(envelope) => {
              form.setFieldValue('envelope', envelope);
              form.clearFieldError('levers');
            }}
            data-testid="call-envelope"
          />
          <LeverEnvelopesField form={form} pact={pact} />
          <Textarea
            label="Priorités"
            description="Ce que l’appel met en avant cette année (publics, territoires, thèmes)."
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('priorities')}
            data-testid="call-priorities"
          />
          <ChecklistItemsField form={form} />
          <Input.Wrapper label="Statut" labelElement="div" id="call-status" error={form.errors.status}>
            <div>
              <SegmentedControl<CallStatus>
                data={statusOptions}
                aria-labelledby="call-status-label"
                value={form.getValues().status}
                onChange={(status) => form.setFieldValue('status', status)}
                data-testid="call-status-input"
              />
            </div>
          </Input.Wrapper>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={call ? callPath(call.id) : CALLS_PATH} data-testid="call-cancel">
              Annuler
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />} data-testid="call-save">
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </>
  );
}
