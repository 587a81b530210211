// The échéancier: each line with its trigger, planned date and legal deadline (trigger + 60 days), what was
// planned, paid and what remains; the lines an avenant replaced stay, greyed, with the avenant that did it.
import { Badge, Stack, Table, Text } from '@mantine/core';
import { formatEuros } from '../../../../core/domain/money.ts';
import { SCHEDULE_KIND_LABELS, SCHEDULE_TRIGGER_LABELS, type ScheduleLine } from '../../../../core/service/conventions/conventions-api.ts';
import { figureStyle, formatBasisPoints, showCents, showDate } from './convention-labels.ts';

type Props = { lines: ScheduleLine[] };

function TriggerCell({ line }: { line: ScheduleLine }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{SCHEDULE_TRIGGER_LABELS[line.trigger]}</Text>
      <Text size="xs" c="dimmed">
        {line.triggeredOn ? `le ${showDate(line.triggeredOn)}` : 'pas encore'}
      </Text>
    </Stack>
  );
}

export function ScheduleTable({ lines }: Props) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table withTableBorder layout="fixed" aria-label="Échéancier" data-testid="convention-schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Rang</Table.Th>
            <Table.Th w={64}>Année</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th w={128}>Déclencheur</Table.Th>
            <Table.Th w={100}>Date prévue</Table.Th>
            <Table.Th w={104}>Échéance légale</Table.Th>
            <Table.Th w={112} ta="right">
              Prévu
            </Table.Th>
            <Table.Th w={112} ta="right">
              Versé
            </Table.Th>
            <Table.Th w={112} ta="right">
              Reste
            </Table.Th>
            <Table.Th w={84}>En retard</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const superseded = line.supersededBy !== null;
            return (
              <Table.Tr
                key={line.id}
                data-testid="schedule-row"
                data-rank={line.rank}
                data-superseded={superseded}
                style={superseded ? { background: 'var(--mantine-color-gray-1)', color: '#555d66' } : undefined}
              >
                <Table.Td>{line.rank}</Table.Td>
                <Table.Td>{line.year}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={600} td={superseded ? 'line-through' : undefined}>
                      {SCHEDULE_KIND_LABELS[line.kind]}
                      {line.percentBp !== null ? ` (${formatBasisPoints(line.percentBp)})` : ''}
                    </Text>
                    {superseded && (
                      <Text size="xs" fs="italic" data-testid="schedule-superseded">
                        remplacée par l’avenant n° {line.supersededBy}
                      </Text>
                    )}
                    {!superseded && line.createdByAvenant !== null && <Text size="xs">selon l’avenant n° {line.createdByAvenant}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <TriggerCell line={line} />
                </Table.Td>
                <Table.Td style={figureStyle}>{showDate(line.plannedOn)}</Table.Td>
                <Table.Td style={figureStyle}>{showDate(line.dueOn)}</Table.Td>
                <Table.Td ta="right" style={figureStyle} td={superseded ? 'line-through' : undefined}>
                  {formatEuros(line.plannedCents)}
                </Table.Td>
                <Table.Td ta="right" style={figureStyle}>
                  {showCents(line.paidCents)}
                  {line.orderedCents > 0 && (
                    <Text size="xs" c="dimmed">
                      mandaté {formatEuros(line.orderedCents)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={figureStyle}>
                  {superseded ? '—' : showCents(line.remainingCents, formatEuros(0))}
                </Table.Td>
                <Table.Td>
                  {line.isOverdue ? (
                    <Badge color="red" c="#a51111" variant="light" size="sm" data-testid="schedule-overdue">
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
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
