// Who the action is for: the publics of the pact, what "other" means, and how many people are expected.
import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { PublicKey } from '../../../../core/service/api.ts';
import { PUBLIC_LABELS } from '../../../../core/service/applications/applications-api.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { FormSection } from './form-section.tsx';

type Props = { form: UseFormReturnType<ApplicationFormValues> };

const PUBLIC_KEYS = Object.keys(PUBLIC_LABELS) as PublicKey[];

export function PublicFields({ form }: Props) {
  const values = form.getValues();
  return (
    <FormSection id="application-publics" title="Publics et participants">
      <Checkbox.Group
        label="Publics visés"
        {...form.getInputProps('publics')}
        onChange={(publics) => {
          form.setFieldValue('publics', publics as PublicKey[]);
          form.clearFieldError('publicOther');
        }}
        data-testid="application-publics"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {PUBLIC_KEYS.map((key) => (
            <Checkbox key={key} value={key} label={PUBLIC_LABELS[key]} data-testid={`application-public-${key}`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {values.publics.includes('autre') && (
        <TextInput label="Précision" description="Quel autre public ?" maxLength={300} {...form.getInputProps('publicOther')} data-testid="application-public-other" />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label="Participants attendus"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          {...form.getInputProps('expectedParticipants')}
          data-testid="application-participants"
        />
        <NumberInput
          label="dont allocataires du RSA"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          {...form.getInputProps('expectedRsaParticipants')}
          data-testid="application-rsa-participants"
        />
      </SimpleGrid>
    </FormSection>
  );
}
