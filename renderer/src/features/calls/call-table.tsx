// The calls as the host lists them (newest year first); a row opens the call, its title is the link.
import { Anchor, Group, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { CallSummary } from '../../../../core/service/api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { callPath, formatCallPeriod } from './call-labels.ts';
import { CallStatusBadge } from './call-status-badge.tsx';

type Props = { calls: CallSummary[] };

export function CallTable({ calls }: Props) {
  const navigate = useNavigate();

  /** The whole row is a mouse target; keyboard users reach the same page through the title link. */
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((event.target as HTMLElement).closest('a')) return;
    void navigate(callPath(id));
  };

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder highlightOnHover verticalSpacing="sm" aria-label="Appels à projets" data-testid="calls-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Année</Table.Th>
            <Table.Th>Intitulé</Table.Th>
            <Table.Th>Statut</Table.Th>
            <Table.Th>Période</Table.Th>
            <Table.Th ta="right">Enveloppe</Table.Th>
            <Table.Th>Référentiel</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((call) => {
            const period = formatCallPeriod(call);
            return (
              <Table.Tr
                key={call.id}
                onClick={(event) => openRow(event, call.id)}
                style={{ cursor: 'pointer' }}
                data-testid="call-row"
                data-call-id={call.id}
              >
                <Table.Td>{call.year}</Table.Td>
                <Table.Td>
                  {/* The badge goes under a long title rather than being squeezed into "démonstrat…". */}
                  <Group gap={6} wrap="wrap">
                    <Anchor component={Link} to={callPath(call.id)} fw={600} data-testid="call-link">
                      {call.title}
                    </Anchor>
                    {call.isDemo && <DemoBadge testId="call-demo" />}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <CallStatusBadge status={call.status} size="sm" />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {period ?? (
                    <Text span size="sm" c="dimmed">
                      Non fixée
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} data-testid="call-envelope">
                  {formatEuros(call.envelopeCents)}
                </Table.Td>
                <Table.Td>
                  <Text span size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {call.pactCode}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
