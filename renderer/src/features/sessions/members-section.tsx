// "Jury et présences": the convened members, their attendance on the day, whether their PIN is set (or
// locked after wrong PINs, which the chair lifts), the chair; and the quorum as the host states it.
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { elideDe, roleTitle } from '../../../../core/domain/french-gender.ts';
import type { PinLockout, SessionDetail, SessionMember } from '../../../../core/service/api.ts';
import { jurorRoleLabel, jurorStanding } from '../jurors/juror-labels.ts';
import { AttendanceField } from './attendance-field.tsx';
import { PinLockoutBadge } from './pin-lockout-badge.tsx';
import { PinModal } from './pin-modal.tsx';
import { UnlockPinModal } from './unlock-pin-modal.tsx';
import { usePinLockouts } from './use-sessions.ts';

type Props = { session: SessionDetail };

function PinStatus({ member }: { member: SessionMember }) {
  return member.hasPin ? (
    <Badge color="teal" c="#0b5e45" variant="light" miw="max-content" data-testid="member-pin-status" data-has-pin="true">
      Code défini
    </Badge>
  ) : (
    <Badge color="orange" c="#853200" variant="light" miw="max-content" data-testid="member-pin-status" data-has-pin="false">
      À définir
    </Badge>
  );
}

export function MembersSection({ session }: Props) {
  const [pinFor, setPinFor] = useState<SessionMember | null>(null);
  const [unlocking, setUnlocking] = useState<PinLockout | null>(null);
  const frozen = session.status === 'close';
  const { quorum } = session;
  // PINs are typed from the notation on: before it nobody can be locked out, after the close nothing is written.
  const lockouts = usePinLockouts(session.id, session.status === 'notation' || session.status === 'deliberation').data ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-members-title" data-testid="session-members">
      <Title order={2} id="session-members-title">
        Jury et présences
      </Title>
      {session.members.length === 0 ? (
        <Text>Aucun membre n’est convoqué : modifiez la séance pour choisir le jury.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder verticalSpacing="sm" aria-label="Membres du jury convoqués" data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Membre</Table.Th>
                <Table.Th>Rôle</Table.Th>
                <Table.Th>Qualité</Table.Th>
                <Table.Th w={250}>Présence</Table.Th>
                <Table.Th w={220}>Code PIN</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.members.map((member) => (
                <Table.Tr key={member.id} data-testid="member-row" data-juror-id={member.id}>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Text fw={600} size="sm">
                        {member.name}
                      </Text>
                      {member.isChair && (
                        <Badge variant="filled" color="pacte" size="sm" miw="max-content" data-testid="member-chair">
                          {roleTitle('Président', member.civility)}
                        </Badge>
                      )}
                    </Group>
                    {member.organisation && <Text size="sm">{member.organisation}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{jurorRoleLabel(member.role, member.civility)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{jurorStanding(member)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <AttendanceField session={session} member={member} disabled={frozen} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={6} align="flex-start">
                      <PinStatus member={member} />
                      {lockouts
                        .filter((lockout) => lockout.jurorId === member.id)
                        .map((lockout) => (
                          <PinLockoutBadge key={lockout.jurorId} lockout={lockout} disabled={frozen} onUnlock={() => setUnlocking(lockout)} />
                        ))}
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconKey size={14} aria-hidden />}
                        disabled={frozen}
                        aria-label={`${member.hasPin ? 'Changer le code' : 'Définir le code'} ${elideDe(member.name)}`}
                        onClick={() => setPinFor(member)}
                        data-testid="member-pin-set"
                      >
                        {member.hasPin ? 'Changer le code' : 'Définir le code'}
                      </Button>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <div aria-live="polite">
        <Alert
          color={quorum.reached ? 'teal' : 'orange'}
          c={quorum.reached ? '#0b5e45' : '#853200'}
          variant="light"
          icon={quorum.reached ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
          maw={760}
          data-testid="session-quorum"
          data-reached={quorum.reached}
        >
          {quorum.statement}
        </Alert>
      </div>
      <PinModal sessionId={session.id} member={pinFor} needsChairPin={session.status !== 'preparation'} onClose={() => setPinFor(null)} />
      <UnlockPinModal sessionId={session.id} lockout={unlocking} onClose={() => setUnlocking(null)} />
    </Stack>
  );
}
