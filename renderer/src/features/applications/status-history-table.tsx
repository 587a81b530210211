// Every change of status, oldest first: when, from what to what, why, and who made it.
import { Table, Text } from '@mantine/core';
import type { ApplicationStatusChange } from '../../../../core/service/api.ts';
import { APPLICATION_STATUS_LABELS } from '../../../../core/service/applications/applications-api.ts';
import { formatDateTime } from './application-labels.ts';

type Props = { history: ApplicationStatusChange[] };

export function StatusHistoryTable({ history }: Props) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder layout="fixed" aria-label="Historique des statuts" data-testid="status-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Date</Table.Th>
            <Table.Th w={220}>Changement</Table.Th>
            <Table.Th>Motif</Table.Th>
            <Table.Th w={140}>Par</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((change, index) => (
            <Table.Tr key={`${change.at}-${index}`} data-testid="status-history-row" data-to={change.toStatus}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.at)}</Table.Td>
              <Table.Td>
                {change.fromStatus === null ? 'Création' : APPLICATION_STATUS_LABELS[change.fromStatus]} → <strong>{APPLICATION_STATUS_LABELS[change.toStatus]}</strong>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.reason || <Text span size="sm" c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{change.actor}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
