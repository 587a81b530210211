// The people who sign for the CCAS: repeatable rows of name and title ("Présidente du CCAS"); the first is
// its legal representative. The commission's own acts (avis, relevé) are signed by the session's chair.
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Organisation } from '../../../../core/service/api.ts';
import { CivilitySelect } from '../jurors/civility-select.tsx';

const MAX_SIGNATORIES = 10;

type Props = { form: UseFormReturnType<Organisation> };

export function SignatoriesField({ form }: Props) {
  const { signatories } = form.getValues();
  const errorAt = (path: string) => form.errors[path] as string | undefined;
  const listError = form.errors.signatories;

  return (
    <Fieldset
      legend="Signataires"
      data-testid="settings-signatories"
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Les personnes qui signent pour le CCAS, avec leur civilité et leur qualité (par exemple « Madame », « Présidente du CCAS ») : les documents s’accordent à la civilité (« représenté par Madame …, dûment habilitée »). Le premier
          signataire est le représentant légal : il signe les conventions, arrêtés, avenants et certificats de
          paiement, et l’extrait de délibération du rapport au conseil d’administration. Les avis techniques et le
          relevé d’avis sont signés par le président de la séance de la CAI.
        </Text>
        {signatories.length === 0 && <Text size="sm">Aucun signataire pour l’instant.</Text>}
        {signatories.map((signatory, index) => {
          const rowLabel = `Signataire ${index + 1}`;
          return (
            <Group
              key={index}
              align="flex-start"
              gap="sm"
              wrap="nowrap"
              role="group"
              aria-label={rowLabel}
              data-testid={`signatory-row-${index}`}
            >
              <CivilitySelect
                value={signatory.civility}
                onChange={(civility) => form.setFieldValue(`signatories.${index}.civility`, civility)}
                error={errorAt(`signatories.${index}.civility`)}
                w={150}
                testId={`signatory-${index}-civility`}
              />
              <TextInput
                label="Nom"
                withAsterisk
                style={{ flex: 1 }}
                {...form.getInputProps(`signatories.${index}.name`)}
                data-testid={`signatory-${index}-name`}
              />
              <TextInput
                label="Qualité"
                withAsterisk
                style={{ flex: 1.4 }}
                {...form.getInputProps(`signatories.${index}.role`)}
                data-testid={`signatory-${index}-role`}
              />
              <Tooltip label={`Retirer le signataire ${index + 1}`}>
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  mt={26}
                  aria-label={`Retirer le signataire ${index + 1}`}
                  onClick={() => form.removeListItem('signatories', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        {listError && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {listError}
          </Text>
        )}
        <div>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('signatories', { civility: '', name: '', role: '' })}
            disabled={signatories.length >= MAX_SIGNATORIES}
            data-testid="signatory-add"
          >
            Ajouter un signataire
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
