// When the action runs, whether it renews a funded one, over how long, and how it deals with mobility.
import { Input, SegmentedControl, SimpleGrid, Switch, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { DURATION_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { FrenchDateInput } from '../../components/french-date-input.tsx';
import type { ApplicationFormValues } from './application-form-values.ts';
import { FormSection } from './form-section.tsx';

type Props = { form: UseFormReturnType<ApplicationFormValues> };

type Duration = ApplicationFormValues['duration'];
const durationData = (Object.keys(DURATION_LABELS) as Duration[]).map((value) => ({ value, label: DURATION_LABELS[value] }));

export function ScheduleFields({ form }: Props) {
  const values = form.getValues();
  return (
    <FormSection id="application-schedule" title="Calendrier et mobilité">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <FrenchDateInput label="Date de début" clearable {...form.getInputProps('startsOn')} data-testid="application-starts-on" />
        <FrenchDateInput label="Date de fin" clearable {...form.getInputProps('endsOn')} data-testid="application-ends-on" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Switch
          label="Renouvellement d’une action déjà financée"
          description="Le compte rendu financier du dernier financement sera demandé."
          {...form.getInputProps('isRenewal', { type: 'checkbox' })}
          data-testid="application-renewal"
        />
        <Input.Wrapper label="Durée" labelElement="div" id="application-duration" error={form.errors.duration}>
          <div>
            <SegmentedControl<Duration>
              data={durationData}
              aria-labelledby="application-duration-label"
              value={values.duration}
              onChange={(duration) => form.setFieldValue('duration', duration)}
              data-testid="application-duration"
            />
          </div>
        </Input.Wrapper>
      </SimpleGrid>
      <Textarea
        label="Mobilité"
        description="Le pacte demande à chaque action financée de traiter la mobilité."
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('mobility')}
        data-testid="application-mobility"
      />
    </FormSection>
  );
}
