// The referentials held by the base, one row each, as listed by the host (oldest import first).
import { Table, Text } from '@mantine/core';
import type { PactSummary } from '../../../../core/service/api.ts';
import { countParts, formatPeriod } from '../pact/pact-labels.ts';

const importDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

function formatImportedAt(importedAt: string): string {
  const date = new Date(importedAt);
  return Number.isNaN(date.getTime()) ? importedAt : importDate.format(date);
}

type Props = { pacts: PactSummary[] };

export function PactSummaryTable({ pacts }: Props) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder verticalSpacing="xs" aria-label="Référentiels du pacte chargés" data-testid="pact-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Intitulé</Table.Th>
            <Table.Th>Période</Table.Th>
            <Table.Th>Contenu</Table.Th>
            <Table.Th>Importé le</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pacts.map((pact) => (
            <Table.Tr key={pact.id} data-testid="pact-table-row" data-code={pact.code}>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {pact.code}
                </Text>
              </Table.Td>
              <Table.Td>{pact.title}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(pact)}</Table.Td>
              <Table.Td>
                {/* Lines break between the counts, never inside one ("4 / actions"). */}
                {countParts(pact.counts).map((part, index, parts) => (
                  <span key={part}>
                    {index > 0 && ' '}
                    <span style={{ whiteSpace: 'nowrap' }}>{index < parts.length - 1 ? `${part} ·` : part}</span>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{formatImportedAt(pact.importedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
