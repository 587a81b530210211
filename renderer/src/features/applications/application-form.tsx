// The application form, in titled sections following the Cerfa 12156: judged by the API's own schema
// as the person submits, then by the host, whose refusals land under the fields they concern.
import { Button, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApplicationDetail, CallSummary, Territory } from '../../../../core/service/api.ts';
import { focusFirstInvalid } from '../../components/focus-first-invalid.ts';
import { usePactDetail } from '../pact/use-pact-queries.ts';
import { applicationFormSchema, readApplicationForm, splitIssues, toFormValues } from './application-form-values.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { APPLICATIONS_PATH, applicationPath, parseId } from './application-labels.ts';
import { ApplicationGeneralFields } from './application-general-fields.tsx';
import { BudgetField } from './budget-field.tsx';
import { IndicatorsField } from './indicators-field.tsx';
import { objectiveIds } from './objective-options.ts';
import { ObjectiveFields } from './objective-fields.tsx';
import { PublicFields } from './public-fields.tsx';
import { ScheduleFields } from './schedule-fields.tsx';
import { TerritoryField } from './territory-field.tsx';
import { useSaveApplication } from './use-applications.ts';
import type { SavedState } from '../../components/saved-notice.tsx';
import { SaveErrorAlert } from '../../components/save-error-alert.tsx';
import { DiscardConfirmModal } from '../../components/discard-confirm-modal.tsx';
import { useLeaveGuard } from '../../components/use-discard-guard.ts';

// Built once: a resolver made at each render would give the form new callbacks every time.
const validate = schemaResolver(applicationFormSchema, { sync: true });

type Props = {
  /** The application being edited; none for a new one. */
  application?: ApplicationDetail;
  calls: CallSummary[];
  territories: Territory[];
  prefill: { callId?: number; providerId?: number };
};

export function ApplicationForm({ application, calls, territories, prefill }: Props) {
  const navigate = useNavigate();
  const save = useSaveApplication(application?.id);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const form = useForm<ApplicationFormValues>({ mode: 'controlled', initialValues: toFormValues(application, prefill), validate });
  const guard = useLeaveGuard(form.isDirty());

  const callId = parseId(form.getValues().callId);
  const pactId = calls.find((call) => call.id === callId)?.pactId;
  const pact = usePactDetail(pactId, pactId !== undefined);
  const pactData = pactId === undefined ? undefined : pact.data;

  // Another call may serve another pact: objectives picked under the previous one no longer apply.
  useEffect(() => {
    if (!pactData) return;
    const known = objectiveIds(pactData);
    const { primaryObjectiveId, secondaryObjectiveIds } = form.getValues();
    if (primaryObjectiveId !== null && !known.has(primaryObjectiveId)) form.setFieldValue('primaryObjectiveId', null);
    if (secondaryObjectiveIds.some((id) => !known.has(id))) form.setFieldValue('secondaryObjectiveIds', secondaryObjectiveIds.filter((id) => known.has(id)));
    // form is stable; only a new pact calls for pruning.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pactData]);

  const submit = form.onSubmit(
    (values) => {
      setOtherErrors([]);
      save.mutate(readApplicationForm(values).input, {
        onSuccess: (saved) => {
          const state: SavedState = { savedNotice: application ? 'updated' : 'created' };
          guard.allowLeaving();
          void navigate(applicationPath(saved.id), { state });
        },
        onError: (error) => {
          const { fieldErrors, otherMessages } = splitIssues(error, values);
          form.setErrors(fieldErrors);
          setOtherErrors(otherMessages);
          focusFirstInvalid();
        },
      });
    },
    () => focusFirstInvalid(),
  );

  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Dossier de demande" data-testid="application-form">
        <Stack gap="lg" maw={1100}>
          {save.isError && (
            <SaveErrorAlert title="Le dossier n’a pas été enregistré" error={save.error} otherErrors={otherErrors} testId="application-save-error" />
          )}
          <ApplicationGeneralFields form={form} calls={calls} />
          <ObjectiveFields form={form} pact={pactData} />
          <PublicFields form={form} />
          <TerritoryField form={form} territories={territories} />
          <ScheduleFields form={form} />
          <BudgetField form={form} />
          <IndicatorsField form={form} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={application ? applicationPath(application.id) : APPLICATIONS_PATH} data-testid="application-cancel">
              Annuler
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />} data-testid="application-save">
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
      <DiscardConfirmModal guard={guard} />
    </>
  );
}
