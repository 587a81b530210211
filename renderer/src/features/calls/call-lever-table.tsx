// The envelopes reserved for levers: amount and share of the call's total, then what is left unassigned.
import { Table, Text } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { CallDetail } from '../../../../core/service/api.ts';
import { formatShare } from './call-labels.ts';

type Props = { call: CallDetail };

const amountStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function CallLeverTable({ call }: Props) {
  if (call.leverEnvelopes.length === 0) {
    return <Text size="sm">Aucune enveloppe n’est réservée à un levier : toute l’enveloppe est commune.</Text>;
  }
  const assigned = call.leverEnvelopes.reduce((sum, envelope) => sum + envelope.envelopeCents, 0);
  const rest = call.envelopeCents - assigned;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing="xs" aria-label="Enveloppes par levier" data-testid="call-lever-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Levier</Table.Th>
            <Table.Th>Intitulé</Table.Th>
            <Table.Th ta="right">Enveloppe</Table.Th>
            <Table.Th ta="right" w={110}>
              Part
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {call.leverEnvelopes.map((envelope) => (
            <Table.Tr key={envelope.leverId} data-testid="call-lever-row" data-lever={envelope.leverNumber}>
              <Table.Td>{envelope.leverNumber}</Table.Td>
              <Table.Td>{envelope.leverTitle}</Table.Td>
              <Table.Td ta="right" style={amountStyle} data-testid="call-lever-amount">
                {formatEuros(envelope.envelopeCents)}
              </Table.Td>
              <Table.Td ta="right" style={amountStyle}>
                {formatShare(envelope.envelopeCents, call.envelopeCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2} scope="row">
              Non affecté à un levier
            </Table.Th>
            <Table.Td ta="right" style={amountStyle} data-testid="call-lever-rest">
              {formatEuros(rest)}
            </Table.Td>
            <Table.Td ta="right" style={amountStyle}>
              {formatShare(rest, call.envelopeCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
