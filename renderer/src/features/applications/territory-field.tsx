// Where the action takes place: the city's neighbourhoods, each followed by its priority area (QPV),
// as checkboxes — a dozen lines read faster than a dropdown and need no search.
import { Badge, Checkbox, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Territory } from '../../../../core/service/api.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { needsQpvBadge } from './application-labels.ts';
import { FormSection } from './form-section.tsx';
import { groupByNeighbourhood, orderTerritories } from './territory-options.ts';

type Props = { form: UseFormReturnType<ApplicationFormValues>; territories: Territory[] };

export function TerritoryField({ form, territories }: Props) {
  return (
    <FormSection
      id="application-territories"
      title="Territoires"
      description="Cochez les quartiers concernés ; les quartiers prioritaires de la politique de la ville (QPV) sont sous leur quartier."
    >
      <Checkbox.Group label="Quartiers" {...form.getInputProps('territoryIds')} data-testid="application-territories-input">
        {/* Columns flow downwards, and a neighbourhood never parts from its priority area. */}
        <div style={{ columns: '2 18rem', columnGap: 'var(--mantine-spacing-lg)', marginTop: 'var(--mantine-spacing-xs)' }}>
          {groupByNeighbourhood(orderTerritories(territories)).map((group) => (
            <Stack key={group[0]?.id} gap={6} pb={6} style={{ breakInside: 'avoid' }}>
              {group.map((territory) => (
                <Checkbox
                  key={territory.id}
                  value={String(territory.id)}
                  pl={territory.depth === 1 ? 'lg' : 0}
                  label={
                    <Group gap={6} component="span" wrap="nowrap">
                      <span>{territory.name}</span>
                      {needsQpvBadge(territory) && (
                        <Badge size="xs" color="grape" variant="light" component="span">
                          QPV
                        </Badge>
                      )}
                    </Group>
                  }
                  data-testid="application-territory"
                  data-priority={territory.isPriority || undefined}
                />
              ))}
            </Stack>
          ))}
        </div>
      </Checkbox.Group>
    </FormSection>
  );
}
