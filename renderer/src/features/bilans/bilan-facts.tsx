// What a bilan is about and where it stands: the action and its convention, the lever and objective, the
// year's amount and balance, due and received dates, the decision and its reason; then its history.
import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { BilanDetail } from '../../../../core/service/api.ts';
import { conventionPath, showDate } from '../conventions/convention-labels.ts';
import { LATE_COLOR } from './bilan-labels.ts';

type Props = { bilan: BilanDetail };

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function BilanFacts({ bilan }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" maw={1100} data-testid="bilan-facts">
      <Fact label="Convention">
        <Anchor component={Link} to={conventionPath(bilan.conventionId)} underline="always">
          {bilan.conventionNumber}
        </Anchor>{' '}
        — {bilan.providerName}
      </Fact>
      <Fact label="Levier et objectif principal">
        {bilan.lever ? `Levier ${bilan.lever.number} — ${bilan.lever.title}` : '—'}
        {bilan.objective ? ` ; ${bilan.objective.code} ${bilan.objective.title}` : ''}
      </Fact>
      <Fact label={`Montant ${bilan.year}`}>
        {formatEuros(bilan.amountCents)} — solde {bilan.bilanAcceptedOn ? `libéré le ${showDate(bilan.bilanAcceptedOn)}` : 'pas encore libéré'}
      </Fact>
      <Fact label="Échéance" testId="bilan-due">
        {showDate(bilan.dueOn)}
        {bilan.late && (
          <Text span fw={600} c={LATE_COLOR}>
            {' '}
            — en retard
          </Text>
        )}
      </Fact>
      <Fact label="Reçu le">{showDate(bilan.receivedOn)}</Fact>
      <Fact label="Décision">{bilan.decidedOn ? `${showDate(bilan.decidedOn)} par ${bilan.decidedBy ?? '—'}` : '—'}</Fact>
      {bilan.statusReason !== '' && (
        <Fact label="Motif" testId="bilan-reason">
          {bilan.statusReason}
        </Fact>
      )}
    </SimpleGrid>
  );
}

export function BilanHistory({ bilan }: Props) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="bilan-history-title">
      <Title order={2} id="bilan-history-title">
        Historique
      </Title>
      {bilan.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun acte sur ce bilan pour l’instant.
        </Text>
      ) : (
        <Table withTableBorder maw={1100} aria-labelledby="bilan-history-title" data-testid="bilan-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>Date</Table.Th>
              <Table.Th w={180}>Par</Table.Th>
              <Table.Th>Acte</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bilan.history.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{showDate(entry.at)}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>
                  {entry.summary}
                  {entry.reason !== '' && (
                    <Text size="sm" c="dimmed">
                      Motif : {entry.reason}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
