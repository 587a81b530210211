// Optional envelopes per lever of the call's pact, with what is left of the total as the person types.
import { Fieldset, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { PactDetail } from '../../../../core/service/api.ts';
import { MoneyInput } from '../../components/money-input.tsx';
import type { CallFormValues } from './call-form-values.ts';
import { LeverSummary } from './lever-summary.tsx';

type Props = { form: UseFormReturnType<CallFormValues>; pact: PactDetail };

export function LeverEnvelopesField({ form, pact }: Props) {
  const values = form.getValues();
  const titles = new Map(pact.levers.map((lever) => [lever.number, lever.title]));
  const listError = form.errors.levers;

  return (
    <Fieldset
      legend="Enveloppes par levier (facultatif)"
      data-testid="call-lever-envelopes"
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Réservez, si vous le souhaitez, une part de l’enveloppe à certains leviers du {pact.code} ({pact.periodStart} –{' '}
          {pact.periodEnd}). Laissez vide un levier sans enveloppe propre.
        </Text>
        {values.levers.map((lever, index) => {
          const id = `call-lever-${lever.leverNumber}`;
          return (
            <Group key={lever.leverNumber} align="flex-start" justify="space-between" wrap="nowrap" gap="md">
              <Text component="label" htmlFor={id} size="sm" pt={6} style={{ flex: 1 }}>
                <Text span fw={700} size="sm">
                  Levier {lever.leverNumber}
                </Text>{' '}
                — {titles.get(lever.leverNumber) ?? ''}
              </Text>
              <MoneyInput
                id={id}
                w={220}
                styles={{ input: { textAlign: 'right' } }}
                {...form.getInputProps(`levers.${index}.amount`)}
                onChange={(amount) => {
                  form.setFieldValue(`levers.${index}.amount`, amount);
                  // "The levers exceed the total" belongs to the list: any amount typed may settle it.
                  form.clearFieldError('levers');
                }}
                data-testid={id}
              />
            </Group>
          );
        })}
        <LeverSummary values={values} />
        {listError && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert" data-testid="call-levers-error">
            {listError}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
