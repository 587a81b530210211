// The referential's identity: title, subtitle, period, territory and its size.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PactDetail } from '../../../../core/service/api.ts';
import { formatCounts, formatPeriod } from './pact-labels.ts';

type Props = { pact: PactDetail; children?: ReactNode };

export function PactOverview({ pact, children }: Props) {
  return (
    <Group justify="space-between" align="flex-start" gap="lg" wrap="wrap">
      <Stack gap={6} maw={820}>
        <Text size="sm" fw={600} c="pacte.8" tt="uppercase" lts={0.5}>
          Le Pacte
        </Text>
        <Title order={1} data-testid="pact-title">
          {pact.title}
        </Title>
        {pact.subtitle !== '' && (
          <Text size="lg" data-testid="pact-subtitle">
            {pact.subtitle}
          </Text>
        )}
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            Période : <strong data-testid="pact-period">{formatPeriod(pact)}</strong>
          </Text>
          <Text size="sm">
            Territoire : <strong data-testid="pact-territory">{pact.territory}</strong>
          </Text>
          <Text size="sm" c="dimmed" data-testid="pact-counts">
            {formatCounts(pact.counts)}
          </Text>
        </Group>
      </Stack>
      {children}
    </Group>
  );
}
