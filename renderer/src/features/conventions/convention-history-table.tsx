// The convention's append-only history, oldest first: each change of status, payment, avenant and correction,
// with who made it, when, and why.
import { Stack, Table, Text, Title } from '@mantine/core';
import { CONVENTION_STATUS_LABELS, type ConventionEvent } from '../../../../core/service/conventions/conventions-api.ts';
import { formatDateTime } from '../applications/application-labels.ts';

type Props = { history: ConventionEvent[] };

function describe(event: ConventionEvent): string {
  if (event.summary) return event.summary;
  if (event.toStatus) return `${event.fromStatus ? CONVENTION_STATUS_LABELS[event.fromStatus] : 'Création'} → ${CONVENTION_STATUS_LABELS[event.toStatus]}`;
  return event.kind;
}

export function ConventionHistoryTable({ history }: Props) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-history-title">
      <Title order={2} id="convention-history-title">
        Historique
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder layout="fixed" aria-labelledby="convention-history-title" data-testid="convention-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>Date</Table.Th>
              <Table.Th>Événement</Table.Th>
              <Table.Th w={260}>Motif</Table.Th>
              <Table.Th w={140}>Par</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((event) => (
              <Table.Tr key={event.id} data-testid="convention-history-row" data-kind={event.kind} data-to={event.toStatus ?? ''}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
                <Table.Td>{describe(event)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                  {event.reason || (
                    <Text span size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{event.actor}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
