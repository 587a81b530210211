// How many providers and applications the file creates, updates or leaves alone (planned, or done).
import { Table, VisuallyHidden } from '@mantine/core';
import type { ImportReport } from '../../../../core/service/api.ts';
import { KIND_LABELS, kindsInReport } from './import-labels.ts';

type Props = { report: ImportReport; done: boolean };

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

export function ImportCountsTable({ report, done }: Props) {
  const kinds = kindsInReport(report);
  if (kinds.length === 0) return null;
  return (
    <Table withTableBorder layout="fixed" maw={640} aria-label={done ? 'Bilan de l’import' : 'Ce que ferait l’import'} data-testid="import-counts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <VisuallyHidden>Lignes</VisuallyHidden>
          </Table.Th>
          <Table.Th ta="right">{done ? 'Créés' : 'À créer'}</Table.Th>
          <Table.Th ta="right">{done ? 'Mis à jour' : 'À mettre à jour'}</Table.Th>
          <Table.Th ta="right">Inchangés</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {kinds.map((kind) => (
          <Table.Tr key={kind} data-testid="import-count-row" data-kind={kind}>
            <Table.Th scope="row">{KIND_LABELS[kind]}</Table.Th>
            <Table.Td ta="right" style={numeric} data-testid="import-count-created">
              {report.created[kind]}
            </Table.Td>
            <Table.Td ta="right" style={numeric} data-testid="import-count-updated">
              {report.updated[kind]}
            </Table.Td>
            <Table.Td ta="right" style={numeric} data-testid="import-count-unchanged">
              {report.unchanged[kind]}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
