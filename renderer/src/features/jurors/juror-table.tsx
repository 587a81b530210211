// The jury members, by name: role, organisation, standing and e-mail; each can be corrected.
import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Juror } from '../../../../core/service/api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { jurorRoleLabel, jurorStanding } from './juror-labels.ts';

type Props = { jurors: Juror[]; onEdit: (juror: Juror) => void };

export function JurorTable({ jurors, onEdit }: Props) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder verticalSpacing="sm" aria-label="Membres du jury" data-testid="jurors-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={170}>Nom</Table.Th>
            {/* Room for "Représentant des allocataires du RSA" on two lines at 1280 px; the e-mail breaks instead. */}
            <Table.Th w={200}>Rôle</Table.Th>
            <Table.Th w={180}>Organisation</Table.Th>
            <Table.Th>Qualité</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th w={130}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jurors.map((juror) => (
            <Table.Tr key={juror.id} data-testid="juror-row" data-juror-id={juror.id}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <Text fw={600} size="sm">
                    {juror.name}
                  </Text>
                  {juror.isDemo && <DemoBadge testId="juror-demo" />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{jurorRoleLabel(juror.role, juror.civility)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{juror.organisation || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={juror.isPermanent ? 'pacte' : 'gray'} c={juror.isPermanent ? '#184068' : '#373a40'} miw="max-content" data-testid="juror-standing">
                  {jurorStanding(juror)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {juror.email ? (
                  <Anchor href={`mailto:${juror.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {/* A narrow column: the address breaks after the "@" rather than anywhere. */}
                    {juror.email.includes('@') ? (
                      <>
                        {juror.email.slice(0, juror.email.indexOf('@') + 1)}
                        <wbr />
                        {juror.email.slice(juror.email.indexOf('@') + 1)}
                      </>
                    ) : (
                      juror.email
                    )}
                  </Anchor>
                ) : (
                  <Text size="sm">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} aria-label={`Modifier ${juror.name}`} onClick={() => onEdit(juror)} data-testid="juror-edit">
                  Modifier
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
