// The avenants of the convention, each a new version with what it changed (before → after), why, the
// board's deliberation and the signature; "Nouvel avenant" while the convention is in force.
import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { acceptsAvenant } from '../../../../core/domain/conventions/convention-status.ts';
import type { ConventionDetail } from '../../../../core/service/conventions/conventions-api.ts';
import { AvenantModal } from './avenant-modal.tsx';
import { showDate } from './convention-labels.ts';

type Props = { convention: ConventionDetail };

export function AvenantsSection({ convention }: Props) {
  const [amending, setAmending] = useState(false);
  const canAmend = acceptsAvenant(convention.status);
  return (
    <Stack gap="sm" component="section" aria-labelledby="convention-avenants-title" data-testid="convention-avenants">
      <Group justify="space-between" align="flex-end" maw={1100}>
        <Title order={2} id="convention-avenants-title">
          Avenants
        </Title>
        {canAmend && (
          <Button variant="default" leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => setAmending(true)} data-testid="avenant-new">
            Nouvel avenant
          </Button>
        )}
      </Group>
      {convention.avenants.length === 0 ? (
        <Text size="sm">{canAmend ? 'Aucun avenant.' : 'Aucun avenant : une convention se modifie par avenant une fois signée.'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table withTableBorder layout="fixed" aria-labelledby="convention-avenants-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>N°</Table.Th>
                <Table.Th>Modifications</Table.Th>
                <Table.Th w={240}>Motif</Table.Th>
                <Table.Th w={190}>Délibération et signature</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.avenants.map((avenant) => (
                <Table.Tr key={avenant.id} data-testid="avenant-row" data-rank={avenant.rank}>
                  <Table.Td>n° {avenant.rank}</Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {avenant.changes.map((change) => (
                        <List.Item key={change.field}>
                          {change.label} : {change.before} → <strong>{change.after}</strong>
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {avenant.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{avenant.caDeliberationRef ? `CA n° ${avenant.caDeliberationRef}${avenant.caDeliberationOn ? ` du ${showDate(avenant.caDeliberationOn)}` : ''}` : 'Délibération : —'}</Text>
                    <Text size="sm">Signé le {showDate(avenant.signedOn)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {amending && <AvenantModal convention={convention} opened onClose={() => setAmending(false)} />}
    </Stack>
  );
}
