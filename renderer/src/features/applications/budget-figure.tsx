// One figure of a budget summary: a short label over its amount.
import { Stack, Text } from '@mantine/core';

type Props = { label: string; value: string; testId: string; strong?: boolean };

export function BudgetFigure({ label, value, testId, strong = false }: Props) {
  return (
    <Stack gap={2}>
      <Text size="sm">{label}</Text>
      <Text fw={strong ? 800 : 700} fz={strong ? 'lg' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
