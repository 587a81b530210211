// The sessions, latest first; a row opens the session, its title is the link for keyboards.
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SessionSummary } from '../../../../core/service/api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { formatLongDate, sessionPath } from './session-labels.ts';
import { SessionStatusBadge } from './session-status-badge.tsx';

type Props = { sessions: SessionSummary[] };

const numeric = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function SessionTable({ sessions }: Props) {
  const navigate = useNavigate();
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(sessionPath(id));
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-label="Séances CAI" data-testid="sessions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Séance</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Lieu</Table.Th>
            <Table.Th>Appel à projets</Table.Th>
            <Table.Th>Statut</Table.Th>
            <Table.Th ta="right">Dossiers</Table.Th>
            <Table.Th ta="right">Membres</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} onClick={(event) => openRow(event, session.id)} style={{ cursor: 'pointer' }} data-testid="session-row" data-session-id={session.id}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <Anchor component={Link} to={sessionPath(session.id)} fw={600} data-testid="session-link">
                    {session.title}
                  </Anchor>
                  {session.isDemo && <DemoBadge testId="session-demo" />}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="session-date">
                {formatLongDate(session.heldOn)}
              </Table.Td>
              <Table.Td>{session.place || <Text span size="sm">—</Text>}</Table.Td>
              <Table.Td>{session.callTitle}</Table.Td>
              <Table.Td>
                <SessionStatusBadge status={session.status} size="sm" />
              </Table.Td>
              <Table.Td ta="right" style={numeric} data-testid="session-agenda-count">
                {session.agendaCount}
              </Table.Td>
              <Table.Td ta="right" style={numeric} data-testid="session-member-count">
                {session.memberCount}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
