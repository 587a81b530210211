// Inside an opened objective: each operational objective with the table of its actions.
import { Stack, Text, Title } from '@mantine/core';
import type { PactObjective } from '../../../../core/service/api.ts';
import { ActionTable } from './action-table.tsx';
import { pactElementId } from './pact-tree.ts';

type Props = { objective: PactObjective };

export function ObjectiveContent({ objective }: Props) {
  if (objective.operationalObjectives.length === 0) {
    return <Text size="sm">Aucun objectif opérationnel n’est rattaché à cet objectif.</Text>;
  }
  return (
    <Stack gap="lg">
      {objective.operationalObjectives.map((operational) => (
        <Stack
          key={operational.id}
          gap="xs"
          id={pactElementId({ kind: 'operationalObjective', id: operational.id })}
          tabIndex={-1}
          data-testid="operational-objective"
        >
          <Title order={4} size="h5">
            <Text component="span" size="sm" c="dimmed" ff="monospace" fw={400} mr="xs">
              {operational.code}
            </Text>
            {operational.title}
          </Title>
          {operational.actions.length > 0 ? (
            <ActionTable code={operational.code} actions={operational.actions} />
          ) : (
            <Text size="sm">Aucune action n’est rattachée à cet objectif opérationnel.</Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
