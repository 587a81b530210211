// The indicators the provider proposes to measure the action by: as many rows as needed, label and target.
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ApplicationFormValues } from './application-form-values.ts';
import { newIndicatorRow } from './application-form-values.ts';
import { FormSection } from './form-section.tsx';

type Props = { form: UseFormReturnType<ApplicationFormValues> };

export function IndicatorsField({ form }: Props) {
  const { indicators } = form.getValues();
  const add = () => {
    form.insertListItem('indicators', newIndicatorRow());
    // The new row's first field takes the focus, as a keyboard user expects after "Ajouter".
    window.requestAnimationFrame(() => document.getElementById(`indicator-${indicators.length}-label`)?.focus());
  };
  return (
    <FormSection id="application-indicators" title="Indicateurs proposés" description="Ce que le prestataire propose de mesurer, et la cible visée.">
      <Stack gap="sm">
        {indicators.length === 0 && <Text size="sm">Aucun indicateur proposé pour l’instant.</Text>}
        {indicators.map((indicator, index) => (
          <Group key={indicator.key} align="flex-end" wrap="nowrap" gap="sm" data-testid="indicator-row">
            <TextInput
              id={`indicator-${index}-label`}
              label={`Indicateur ${index + 1}`}
              style={{ flex: 1 }}
              maxLength={300}
              {...form.getInputProps(`indicators.${index}.label`)}
              data-testid="indicator-label"
            />
            <TextInput label={`Cible de l’indicateur ${index + 1}`} w={220} maxLength={300} {...form.getInputProps(`indicators.${index}.target`)} data-testid="indicator-target" />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={`Retirer l’indicateur ${index + 1}`}
              onClick={() => form.removeListItem('indicators', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} data-testid="indicator-add">
            Ajouter un indicateur
          </Button>
        </div>
      </Stack>
    </FormSection>
  );
}
