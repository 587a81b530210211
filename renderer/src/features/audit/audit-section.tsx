// "Journal d'audit": every write of the app, newest first, and the check of its chain of hashes — what
// an auditor asks for a year later: who did what, when, and proof that nobody rewrote it since.
import { Alert, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { client } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { formatDateTime } from '../applications/application-labels.ts';
import { auditActionLabel } from './audit-labels.ts';

const PAGE = 25;

export function AuditSection() {
  const [offset, setOffset] = useState(0);
  const log = useQuery({ queryKey: ['audit', 'list', offset], queryFn: () => client.call('audit.list', { limit: PAGE, offset }), placeholderData: keepPreviousData });
  const verify = useMutation({ mutationFn: () => client.call('audit.verify', {}) });
  const total = log.data?.total ?? 0;

  return (
    <Stack gap="sm" maw={1100} component="section" aria-labelledby="audit-title" data-testid="audit-section">
      <Title order={2} id="audit-title">
        Journal d’audit
      </Title>
      <Text maw={760}>
        Chaque modification enregistrée par l’application y est inscrite, avec son auteur et sa date. Chaque entrée porte l’empreinte de la précédente : une
        modification faite en dehors de l’application se voit à la vérification. Les notes et les codes PIN n’y figurent jamais en clair.
      </Text>
      <Group>
        <Button leftSection={<IconShieldCheck size={18} aria-hidden />} variant="light" loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
          Vérifier le journal
        </Button>
      </Group>
      {verify.data && (
        <Alert color={verify.data.ok ? 'teal' : 'red'} c={verify.data.ok ? '#0b5e45' : '#a51111'} data-testid="audit-verify-result" data-ok={verify.data.ok}>
          {verify.data.message}
        </Alert>
      )}
      {verify.isError && <ErrorAlert error={verify.error} title="La vérification n’a pas pu être faite" />}
      {log.isPending && <PageLoader label="Lecture du journal…" />}
      {log.isError && <ErrorAlert error={log.error} title="Le journal n’a pas pu être lu" onRetry={() => void log.refetch()} />}
      {log.isSuccess && total === 0 && <Text size="sm">Le journal est vide : rien n’a encore été enregistré.</Text>}
      {log.isSuccess && total > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder striped layout="fixed" aria-label="Entrées du journal d’audit" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>N°</Table.Th>
                  <Table.Th w={150}>Date</Table.Th>
                  <Table.Th w={220}>Par</Table.Th>
                  <Table.Th>Opération</Table.Th>
                  <Table.Th w={90}>Objet</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.items.map((entry) => (
                  <Table.Tr key={entry.seq} data-testid="audit-row">
                    <Table.Td>{entry.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actor}</Table.Td>
                    <Table.Td>
                      {auditActionLabel(entry.action)} <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td>{entry.entityId ? `n° ${entry.entityId}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm">
              Entrées {offset + 1} à {Math.min(offset + PAGE, total)} sur {total}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Plus récentes
              </Button>
              <Button size="xs" variant="default" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)} data-testid="audit-older">
                Plus anciennes
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}
