// The pact objectives the action serves, primary first: code, title and lever.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ApplicationObjectiveRef } from '../../../../core/service/api.ts';

type Props = { objectives: ApplicationObjectiveRef[] };

export function ApplicationObjectivesView({ objectives }: Props) {
  if (objectives.length === 0) {
    return <Text size="sm">Aucun objectif du pacte n’a été indiqué : le dossier ne pourra pas être jugé recevable sans objectif principal.</Text>;
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="application-objectives">
      {objectives.map((objective) => (
        <Group component="li" key={objective.id} gap="sm" wrap="nowrap" align="baseline" data-testid="application-objective" data-primary={objective.isPrimary || undefined}>
          <Badge variant={objective.isPrimary ? 'filled' : 'light'} miw={96} size="sm">
            {objective.isPrimary ? 'Principal' : 'Secondaire'}
          </Badge>
          <Text size="sm">
            <Text span ff="monospace" fw={700} size="sm">
              {objective.code}
            </Text>{' '}
            — {objective.title}{' '}
            <Text span size="sm" c="dimmed">
              (levier {objective.leverNumber})
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
