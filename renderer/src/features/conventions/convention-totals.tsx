// The totals of every convention matching the filters, as the host summed them in SQL (never the rows on screen).
import { Group, Paper, Text } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ConventionListTotals } from '../../../../core/service/conventions/conventions-api.ts';
import { figureStyle } from './convention-labels.ts';

type Props = { totals: ConventionListTotals };

export function ConventionTotals({ totals }: Props) {
  const figures = [
    { key: 'count', label: 'Conventions', value: totals.count.toLocaleString('fr-FR') },
    { key: 'total', label: 'Montant total', value: formatEuros(totals.totalCents) },
    { key: 'paid', label: 'Versé', value: formatEuros(totals.paidCents) },
    { key: 'due', label: 'Dû (exigible)', value: formatEuros(totals.dueCents) },
    { key: 'overdue', label: 'Échéances en retard', value: totals.overdueCount.toLocaleString('fr-FR') },
  ];
  return (
    <Group gap="sm" wrap="wrap" data-testid="conventions-totals" aria-label="Totaux des conventions filtrées" role="group">
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder px="md" py={8} miw={150}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {figure.label}
          </Text>
          <Text fw={700} size="lg" style={figureStyle} c={figure.key === 'overdue' && totals.overdueCount > 0 ? '#a51111' : undefined} data-testid={`conventions-total-${figure.key}`}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
