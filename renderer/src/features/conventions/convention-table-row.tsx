// One row of the conventions table, memoised: while the list scrolls, only the rows coming into view render,
// those already on screen are left alone. Its height is fixed (one line of action, one of provider) so that
// the virtualiser places rows without measuring them.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { memo } from 'react';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ConventionSummary } from '../../../../core/service/conventions/conventions-api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { conventionPath, figureStyle, showCents } from './convention-labels.ts';
import { ConventionStatusBadge } from './convention-status-badge.tsx';

export const CONVENTION_ROW_HEIGHT = 64;

type Props = { convention: ConventionSummary; index: number; onOpen: (id: number) => void };

export const ConventionTableRow = memo(function ConventionTableRow({ convention, index, onOpen }: Props) {
  /** The whole row is a mouse target; keyboard users reach the same page through the number link. */
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    onOpen(convention.id);
  };
  return (
    <Table.Tr aria-rowindex={index + 2} onClick={open} style={{ cursor: 'pointer', height: CONVENTION_ROW_HEIGHT }} data-testid="convention-row" data-convention-id={convention.id}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={conventionPath(convention.id)} fw={600} style={figureStyle} data-testid="convention-link">
            {convention.number}
          </Anchor>
          {convention.instrument === 'arrete' && (
            <Badge variant="outline" color="gray" c="#373a40" size="xs" style={{ flexShrink: 0 }}>
              arrêté
            </Badge>
          )}
        </Group>
        <Text size="sm" truncate="end" title={convention.applicationTitle}>
          {convention.applicationTitle}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2} title={convention.providerName}>
          {convention.providerName}
        </Text>
      </Table.Td>
      <Table.Td>
        {/* The demo mark under the status: beside the number it would not fit the column at 1280 px. */}
        <Stack gap={4} align="flex-start">
          <ConventionStatusBadge status={convention.status} size="sm" />
          {convention.isDemo && <DemoBadge testId="convention-demo" />}
        </Stack>
      </Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="convention-total">
        {formatEuros(convention.totalCents)}
      </Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="convention-paid">
        {showCents(convention.paidCents)}
      </Table.Td>
      <Table.Td ta="right" style={figureStyle} data-testid="convention-due">
        {showCents(convention.dueCents)}
      </Table.Td>
      <Table.Td ta="right" data-testid="convention-overdue">
        {convention.overdueCount > 0 ? (
          <Badge color="red" c="#a51111" variant="light" size="sm" aria-label={`${convention.overdueCount} échéance${convention.overdueCount > 1 ? 's' : ''} en retard`}>
            {convention.overdueCount}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td data-testid="convention-mandatory">
        {convention.mandatory ? (
          <Badge color="orange" c="#853200" variant="light" size="sm" title="Le prestataire reçoit plus de 23 000 € du CCAS dans l’année : une convention est obligatoire.">
            oui
          </Badge>
        ) : (
          <Text span size="sm" c="dimmed">
            non
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
