// A base with no call yet: what the dashboard will show, and the first step (the call of the year), or
// the demo to look around first.
import { Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLayoutDashboard, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DashboardTodoGroup } from '../../../../core/service/api.ts';
import { TodoPanel } from './todo-panel.tsx';

export function DashboardEmptyState({ todo }: { todo: DashboardTodoGroup[] }) {
  return (
    <Stack gap="lg">
      <Paper withBorder p="xl" maw={760} data-testid="dashboard-empty">
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconLayoutDashboard size={28} />
          </ThemeIcon>
          <Title order={2}>Aucun appel à projets pour l’instant</Title>
          <Text>
            Le tableau de bord suit l’année d’un appel à projets : son enveloppe par levier, les avis de la CAI, les conventions signées et les versements,
            les bilans des actions et leurs indicateurs, l’avancement du plan d’action du pacte.
          </Text>
          <Text>Pour commencer, créez l’appel à projets de l’année.</Text>
          <Group gap="md">
            <Button component={Link} to="/appels-a-projets/nouveau" leftSection={<IconPlus size={18} aria-hidden />} data-testid="dashboard-empty-new-call">
              Nouvel appel à projets
            </Button>
            <Anchor component={Link} to="/pour-commencer" underline="always">
              Ou découvrir l’application avec les données de démonstration
            </Anchor>
          </Group>
        </Stack>
      </Paper>
      {todo.some((group) => group.count > 0) && <TodoPanel groups={todo} />}
    </Stack>
  );
}
