// "Ordre du jour": the recevable applications of the session's call in discussion order. "Ajouter les
// dossiers recevables" appends those not there yet (grouped by provider); arrows reorder, a cross removes.
import { ActionIcon, Alert, Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconListDetails, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { AgendaItem, SessionDetail } from '../../../../core/service/api.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { applicationPath } from '../applications/application-labels.ts';
import { useSessionWrite } from './use-sessions.ts';

type Props = { session: SessionDetail };

const numeric = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** The agenda's ids with the item at `index` moved by `step` places. */
function moved(agenda: AgendaItem[], index: number, step: -1 | 1): number[] {
  const ids = agenda.map((item) => item.applicationId);
  const target = index + step;
  const [item] = ids.splice(index, 1);
  if (item !== undefined) ids.splice(target, 0, item);
  return ids;
}

export function AgendaSection({ session }: Props) {
  const fill = useSessionWrite('sessions.fillAgenda');
  const reorder = useSessionWrite('sessions.setAgenda');
  const busy = fill.isPending || reorder.isPending;
  const frozen = session.status === 'close';
  const names = new Map(session.members.map((member) => [member.id, member.name]));
  const failure = fill.error ?? reorder.error;
  const { agenda } = session;

  /** After a move, keyboard users keep their place: focus follows the item (the other arrow at either end). */
  const setOrder = (applicationIds: number[], follow?: { applicationId: number; direction: 'up' | 'down' }) => {
    fill.reset();
    reorder.mutate(
      { sessionId: session.id, applicationIds },
      {
        onSuccess: () => {
          if (!follow) return;
          window.requestAnimationFrame(() => {
            const row = document.querySelector(`[data-testid="agenda-row"][data-application-id="${follow.applicationId}"]`);
            const same = row?.querySelector<HTMLButtonElement>(`[data-testid="agenda-${follow.direction}"]`);
            const other = row?.querySelector<HTMLButtonElement>(`[data-testid="agenda-${follow.direction === 'up' ? 'down' : 'up'}"]`);
            (same && !same.disabled ? same : other)?.focus();
          });
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-agenda-title" data-testid="session-agenda">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="session-agenda-title">
          Ordre du jour
        </Title>
        <Button
          variant="light"
          leftSection={<IconListDetails size={18} aria-hidden />}
          loading={fill.isPending}
          disabled={frozen || reorder.isPending}
          onClick={() => {
            reorder.reset();
            fill.mutate({ sessionId: session.id });
          }}
          data-testid="agenda-fill"
        >
          Ajouter les dossiers recevables
        </Button>
      </Group>
      {failure && (
        <Alert color="red" c="#a51111" variant="light" title="L’ordre du jour n’a pas été modifié" role="alert" data-testid="agenda-error">
          {errorMessage(failure)}
        </Alert>
      )}
      {agenda.length === 0 ? (
        <Text data-testid="agenda-empty">
          L’ordre du jour est vide. « Ajouter les dossiers recevables » y place tous les dossiers déclarés recevables de l’appel « {session.callTitle} ».
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder verticalSpacing="xs" aria-label="Ordre du jour" data-testid="agenda-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>N°</Table.Th>
                <Table.Th>Dossier</Table.Th>
                <Table.Th>Prestataire</Table.Th>
                <Table.Th>Levier</Table.Th>
                <Table.Th ta="right">Montant demandé</Table.Th>
                <Table.Th>Conflits d’intérêts</Table.Th>
                <Table.Th w={130}>
                  <VisuallyHidden>Ordre</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agenda.map((item, index) => (
                <Table.Tr key={item.applicationId} data-testid="agenda-row" data-application-id={item.applicationId}>
                  <Table.Td style={numeric}>{item.position}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={applicationPath(item.applicationId)} fw={600} size="sm" data-testid="agenda-application">
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.providerName}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{item.leverNumber === null ? '—' : `Levier ${item.leverNumber}`}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={numeric}>
                    <Text size="sm">{formatEuros(item.requestedCents)}</Text>
                  </Table.Td>
                  <Table.Td data-testid="agenda-conflicts">
                    <Text size="sm">{item.conflictedJurorIds.length === 0 ? '—' : item.conflictedJurorIds.map((id) => names.get(id) ?? `n° ${id}`).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="default" disabled={frozen || busy || index === 0} aria-label={`Monter « ${item.title} »`} onClick={() => setOrder(moved(agenda, index, -1), { applicationId: item.applicationId, direction: 'up' })} data-testid="agenda-up">
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="default" disabled={frozen || busy || index === agenda.length - 1} aria-label={`Descendre « ${item.title} »`} onClick={() => setOrder(moved(agenda, index, 1), { applicationId: item.applicationId, direction: 'down' })} data-testid="agenda-down">
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        disabled={frozen || busy}
                        aria-label={`Retirer « ${item.title} » de l’ordre du jour`}
                        onClick={() => setOrder(agenda.filter((other) => other.applicationId !== item.applicationId).map((other) => other.applicationId))}
                        data-testid="agenda-remove"
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
