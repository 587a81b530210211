// The call at a glance: its year, dates, envelope, the pact it serves, and when it was written.
import { Table, Text } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { CallDetail, PactSummary } from '../../../../core/service/api.ts';
import { formatCallPeriod, formatDateTime } from './call-labels.ts';

type Props = { call: CallDetail; pact: PactSummary | undefined };

export function CallFactsTable({ call, pact }: Props) {
  return (
    <Table variant="vertical" withTableBorder layout="fixed" data-testid="call-facts">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={220}>Année</Table.Th>
          <Table.Td data-testid="call-year">{call.year}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Période de dépôt</Table.Th>
          <Table.Td data-testid="call-period">{formatCallPeriod(call) ?? 'Dates non fixées'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Enveloppe totale</Table.Th>
          <Table.Td data-testid="call-envelope" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatEuros(call.envelopeCents)}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Référentiel du pacte</Table.Th>
          <Table.Td data-testid="call-pact">
            <Text span size="sm" ff="monospace">
              {call.pactCode}
            </Text>
            {pact && ` — ${pact.title} (${pact.periodStart} – ${pact.periodEnd})`}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Créé le</Table.Th>
          <Table.Td>{formatDateTime(call.createdAt)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Dernière modification</Table.Th>
          <Table.Td data-testid="call-updated-at">{formatDateTime(call.updatedAt)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
