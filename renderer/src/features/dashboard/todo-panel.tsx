// What to do next: sessions to prepare, conventions to sign, payments overdue, bilans late; each item
// opens its page, each group the whole list.
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DashboardTodoGroup } from '../../../../core/service/api.ts';

type Props = { groups: DashboardTodoGroup[] };

export function TodoPanel({ groups }: Props) {
  const waiting = groups.filter((group) => group.count > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dashboard-todo-title" data-testid="dashboard-todo">
      <Stack gap="md">
        <Title order={2} size="h4" id="dashboard-todo-title">
          À faire
        </Title>
        {waiting.length === 0 && <Text data-testid="dashboard-todo-empty">Rien n’attend pour l’instant : aucune séance à préparer, convention à signer, versement ni bilan en retard.</Text>}
        {waiting.map((group) => (
          <Stack key={group.kind} gap={6} data-testid="dashboard-todo-group" data-kind={group.kind}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Title order={3} size="h6">
                {group.title}
              </Title>
              <Badge variant={group.kind === 'payments' || group.kind === 'bilans' ? 'filled' : 'light'} color={group.kind === 'payments' || group.kind === 'bilans' ? 'red.9' : 'pacte'}>
                {group.count}
              </Badge>
            </Group>
            <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
              {group.items.map((item, index) => (
                <List.Item key={index}>
                  <Anchor component={Link} to={item.href} size="sm" fw={500} data-testid="dashboard-todo-link">
                    {item.label}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.detail}
                  </Text>
                </List.Item>
              ))}
            </List>
            {group.count > group.items.length && (
              <Anchor component={Link} to={group.href} size="sm" underline="always">
                Voir les {group.count}
              </Anchor>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
