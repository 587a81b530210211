// The proposals against the call's envelope: the total so far, what remains (or the excess, in red),
// and the same per lever of the pact where the call set a share.
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { SessionResults } from '../../../../core/service/api.ts';
import { BudgetFigure } from '../applications/budget-figure.tsx';

type Props = { envelope: SessionResults['envelope'] };

const amount = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function OverBadge() {
  return (
    <Badge color="red" c="#a51111" variant="light" miw="max-content" data-testid="envelope-over">
      Dépassement
    </Badge>
  );
}

export function EnvelopePanel({ envelope }: Props) {
  const share = envelope.envelopeCents === 0 ? (envelope.proposedCents > 0 ? 100 : 0) : Math.min(100, (100 * envelope.proposedCents) / envelope.envelopeCents);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="envelope-title" data-testid="envelope-panel" data-over={envelope.overEnvelope || undefined}>
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} id="envelope-title" size="h3">
            Enveloppe de l’appel
          </Title>
          {envelope.overEnvelope && <OverBadge />}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <BudgetFigure label="Montants proposés" value={formatEuros(envelope.proposedCents)} testId="envelope-proposed" strong />
          <BudgetFigure label="Enveloppe" value={formatEuros(envelope.envelopeCents)} testId="envelope-total" />
          <BudgetFigure
            label={envelope.remainingCents < 0 ? 'Dépassement' : 'Reste disponible'}
            value={formatEuros(Math.abs(envelope.remainingCents))}
            testId="envelope-remaining"
            strong={envelope.remainingCents < 0}
          />
        </SimpleGrid>
        <Progress value={share} color={envelope.overEnvelope ? 'red.8' : 'teal.8'} size="lg" aria-label="Part de l’enveloppe proposée" />
        {envelope.levers.length > 0 && (
          <Table withTableBorder layout="fixed" fz="sm" aria-label="Montants proposés par levier" data-testid="envelope-levers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Levier du pacte</Table.Th>
                <Table.Th ta="right">Proposé</Table.Th>
                <Table.Th ta="right">Enveloppe du levier</Table.Th>
                <Table.Th ta="right">Reste</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {envelope.levers.map((lever) => (
                <Table.Tr key={lever.leverNumber ?? 'none'} data-testid="envelope-lever" data-over={lever.overEnvelope || undefined}>
                  <Table.Td>
                    <Group gap="xs">
                      {lever.leverNumber === null ? 'Sans levier' : `Levier ${lever.leverNumber}`}
                      {lever.overEnvelope && <OverBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={amount}>
                    {formatEuros(lever.proposedCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={amount}>
                    {lever.envelopeCents === null ? <Text span size="sm">Pas de part fixée</Text> : formatEuros(lever.envelopeCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={amount} c={lever.remainingCents !== null && lever.remainingCents < 0 ? 'red.9' : undefined}>
                    {lever.remainingCents === null ? '—' : formatEuros(lever.remainingCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
