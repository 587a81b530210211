// The common indicators as a table: code, label with its definition under it, unit, nature, how it is
// computed, its breakdowns, version and validity. Versions no longer (or not yet) in force are greyed.
import { Table, Text } from '@mantine/core';
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import type { IndicatorCatalogueRow } from '../../../../core/service/api.ts';
import { KIND_LABELS, breakdownsText, calculationText, unitLabel } from './indicator-labels.ts';

function validity(row: IndicatorCatalogueRow): string {
  return row.validTo ? `du ${formatFrenchDate(row.validFrom)} au ${formatFrenchDate(row.validTo)}` : `depuis le ${formatFrenchDate(row.validFrom)}`;
}

type Props = { rows: IndicatorCatalogueRow[]; caption: string };

export function CatalogueTable({ rows, caption }: Props) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder verticalSpacing="sm" layout="fixed" data-testid="catalogue-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={58}>Code</Table.Th>
            <Table.Th>Libellé et définition</Table.Th>
            <Table.Th w={84}>Unité</Table.Th>
            <Table.Th w={96}>Nature</Table.Th>
            <Table.Th w={150}>Calcul</Table.Th>
            <Table.Th w={150}>Ventilations</Table.Th>
            <Table.Th w={124}>Version</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.code}@${row.version}`} data-testid="catalogue-row" data-code={row.code} data-version={row.version} c={row.inForce ? undefined : 'dimmed'}>
              <Table.Td fw={700}>{row.code}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.label}
                </Text>
                {row.definition && (
                  <Text size="sm" c="dimmed" mt={2} data-testid="catalogue-definition">
                    {row.definition}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{unitLabel(row.unit)}</Table.Td>
              <Table.Td>{KIND_LABELS[row.kind]}</Table.Td>
              <Table.Td>{calculationText(row)}</Table.Td>
              <Table.Td>{breakdownsText(row)}</Table.Td>
              <Table.Td>
                <Text size="sm">Version {row.version}</Text>
                <Text size="xs" c="dimmed">
                  {validity(row)}
                </Text>
                {!row.inForce && (
                  <Text size="xs" fw={700} c="#373a40" mt={2}>
                    Hors vigueur
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
