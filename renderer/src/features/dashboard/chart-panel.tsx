// A chart with its figures as a table: "Voir le tableau" swaps one for the other, so that every figure
// a chart draws can also be read by a screen reader, copied, or checked.
import { Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

type Props = {
  title: string;
  description?: ReactNode;
  /** Controls shown beside the title (a choice of indicator…). */
  controls?: ReactNode;
  chart: ReactNode;
  /** Null when there is nothing to show: the panel then holds its message, without the switch. */
  table: ReactNode | null;
  testId: string;
};

export function ChartPanel({ title, description, controls, chart, table, testId }: Props) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {table !== null && (
            <Switch label="Voir le tableau" checked={showTable} onChange={(event) => setShowTable(event.currentTarget.checked)} data-testid={`${testId}-table-toggle`} />
          )}
        </Group>
        {controls}
        <div data-testid={showTable && table !== null ? `${testId}-table` : `${testId}-chart`}>{showTable && table !== null ? table : chart}</div>
      </Stack>
    </Paper>
  );
}
