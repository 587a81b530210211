// The call's own points of recevabilité, checked by hand on each application on top of the standard ones.
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CallFormValues } from './call-form-values.ts';

type Props = { form: UseFormReturnType<CallFormValues> };

export function ChecklistItemsField({ form }: Props) {
  const items = form.getValues().checklistItems;
  return (
    <Fieldset legend="Points de recevabilité propres à l’appel (facultatif)" data-testid="call-checklist-items" styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-md)' } }}>
      <Stack gap="sm">
        <Text size="sm">
          Chaque dossier est déjà vérifié sur les points habituels (dossier complet, SIRET, contrat d’engagement républicain, compte rendu financier, budget
          équilibré, objectif du pacte). Ajoutez ici ce que cet appel demande en plus ; ces points se cochent à la main sur chaque dossier.
        </Text>
        {items.map((item, index) => (
          <Group key={item.key} align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              label={`Point ${index + 1}`}
              placeholder="Par exemple : action menée sur le territoire rennais"
              style={{ flex: 1 }}
              {...form.getInputProps(`checklistItems.${index}.label`)}
              data-testid={`call-checklist-item-${index}`}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              mt={26}
              aria-label={`Retirer le point ${index + 1}`}
              onClick={() => form.removeListItem('checklistItems', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              form.insertListItem('checklistItems', { key: `new-${Date.now()}-${items.length}`, label: '' });
              // The new row is typed into next: give it the focus once it is drawn.
              requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-testid="call-checklist-item-${items.length}"]`)?.focus());
            }}
            data-testid="call-checklist-add"
          >
            Ajouter un point
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
