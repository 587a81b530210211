// "Conflits d’intérêts": who may not score what, and why. A conflicted member cannot see the other scores
// of that application nor score it, and counts for nothing in its totals (the host enforces it).
import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { elideDe } from '../../../../core/domain/french-gender.ts';
import type { Conflict, SessionDetail } from '../../../../core/service/api.ts';
import { CONFLICT_TYPE_LABELS } from '../../../../core/service/sessions/sessions-api.ts';
import { formatDateTime } from '../applications/application-labels.ts';
import { ConflictDeclareModal } from './conflict-declare-modal.tsx';
import { conflictSubject } from './conflict-labels.ts';
import { ConflictWithdrawModal } from './conflict-withdraw-modal.tsx';

type Props = { session: SessionDetail };

export function ConflictsSection({ session }: Props) {
  const [declaring, setDeclaring] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Conflict | null>(null);
  const frozen = session.status === 'close';
  const noAgenda = session.agenda.length === 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-conflicts-title" data-testid="session-conflicts">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="session-conflicts-title">
          Conflits d’intérêts
        </Title>
        <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} disabled={frozen || noAgenda || session.members.length === 0} onClick={() => setDeclaring(true)} data-testid="conflict-declare">
          Déclarer un conflit
        </Button>
      </Group>
      {noAgenda && <Text size="sm">Un conflit se déclare sur un dossier de l’ordre du jour ou sur son prestataire : remplissez d’abord l’ordre du jour.</Text>}
      {session.conflicts.length === 0 ? (
        <Text data-testid="conflicts-empty">Aucun conflit d’intérêts déclaré.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder verticalSpacing="sm" aria-label="Conflits d’intérêts" data-testid="conflicts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Membre</Table.Th>
                <Table.Th>Porte sur</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Déclaré</Table.Th>
                <Table.Th w={110}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.conflicts.map((conflict) => (
                <Table.Tr key={conflict.id} data-testid="conflict-row" data-conflict-id={conflict.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {conflict.jurorName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{conflictSubject(conflict).replace(/^l/u, 'L')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{CONFLICT_TYPE_LABELS[conflict.type]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {conflict.note || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm">
                        par {conflict.declaredBy}, le {formatDateTime(conflict.createdAt)}
                      </Text>
                      {conflict.isPinned && (
                        <Badge color="pacte" c="#184068" variant="light" miw="max-content" data-testid="conflict-pinned">
                          Confirmé par le président
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" disabled={frozen} aria-label={`Retirer le conflit ${elideDe(conflict.jurorName)} avec ${conflictSubject(conflict)}`} onClick={() => setWithdrawing(conflict)} data-testid="conflict-withdraw">
                      Retirer
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConflictDeclareModal session={session} opened={declaring} onClose={() => setDeclaring(false)} />
      <ConflictWithdrawModal conflict={withdrawing} onClose={() => setWithdrawing(null)} />
    </Stack>
  );
}
