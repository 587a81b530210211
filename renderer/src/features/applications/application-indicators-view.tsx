// The indicators the provider proposes, with their targets.
import { Table, Text } from '@mantine/core';
import type { ApplicationDetail } from '../../../../core/service/api.ts';

type Props = { indicators: ApplicationDetail['indicators'] };

export function ApplicationIndicatorsView({ indicators }: Props) {
  if (indicators.length === 0) return <Text size="sm">Aucun indicateur proposé.</Text>;
  return (
    <Table withTableBorder layout="fixed" data-testid="application-indicators">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Indicateur</Table.Th>
          <Table.Th w={240}>Cible</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {indicators.map((indicator, index) => (
          <Table.Tr key={`${index}-${indicator.label}`} data-testid="application-indicator">
            <Table.Td>{indicator.label}</Table.Td>
            <Table.Td>{indicator.target || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
