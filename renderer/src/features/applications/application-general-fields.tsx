// The first section of the form: which call, which provider, and what the action is called and does.
import { Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CallSummary } from '../../../../core/service/api.ts';
import { APPLICATION_TITLE_MAX } from '../../../../core/service/applications/applications-api.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { FormSection } from './form-section.tsx';
import { ProviderSelect } from './provider-select.tsx';

type Props = { form: UseFormReturnType<ApplicationFormValues>; calls: CallSummary[] };

/** "42 / 300 caractères"; past the limit, in red with how many too many and where they belong. */
function TitleCounter({ length }: { length: number }) {
  const over = length > APPLICATION_TITLE_MAX;
  return (
    <Text component="span" size="xs" c={over ? 'red.9' : undefined} fw={over ? 600 : undefined} data-testid="application-title-counter" data-over={over}>
      {`${length} / ${APPLICATION_TITLE_MAX} caractères`}
      {over ? ` (${length - APPLICATION_TITLE_MAX} de trop : le détail a sa place dans le résumé)` : ''}
    </Text>
  );
}

export function ApplicationGeneralFields({ form, calls }: Props) {
  const callData = calls.map((call) => ({ value: String(call.id), label: call.title }));
  return (
    <FormSection id="application-general" title="L’action">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Appel à projets"
            withAsterisk
            aria-required
            placeholder="Choisir un appel"
            data={callData}
            allowDeselect={false}
            {...form.getInputProps('callId')}
            data-testid="application-call"
          />
          <ProviderSelect
            label="Prestataire"
            description="Tapez une partie du nom."
            withAsterisk
            aria-required
            placeholder="Rechercher un prestataire"
            {...form.getInputProps('providerId')}
            value={form.getValues().providerId}
            onChange={(value) => form.setFieldValue('providerId', value)}
            data-testid="application-provider"
          />
        </SimpleGrid>
        {/* No maxLength: the browser would cut a pasted title silently. The counter warns, the save refuses. */}
        <TextInput
          label="Intitulé de l’action"
          description={<TitleCounter length={form.getValues().title.trim().length} />}
          withAsterisk
          aria-required
          {...form.getInputProps('title')}
          data-testid="application-title"
        />
        <Textarea
          label="Résumé"
          description="Quelques lignes : ce que l’action propose, à qui, pour quoi."
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('summary')}
          data-testid="application-summary"
        />
        <Textarea label="Description" autosize minRows={4} maxRows={16} {...form.getInputProps('description')} data-testid="application-description" />
      </Stack>
    </FormSection>
  );
}
