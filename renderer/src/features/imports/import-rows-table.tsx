// Every row of the file with what becomes of it; long files show their first rows until asked for all.
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportRowReport } from '../../../../core/service/api.ts';
import { ROW_STATUS_COLORS, ROW_STATUS_LABELS, ROW_STATUS_TEXT } from './import-labels.ts';

type Props = { rows: ImportRowReport[]; done: boolean };

// Enough to check a file at a glance; a 2,000-row table would only slow the page down until asked for.
const FIRST_ROWS = 100;

export function ImportRowsTable({ rows, done }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (rows.length === 0) return <Text size="sm">Le fichier ne contient aucune ligne à importer.</Text>;
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const labels = ROW_STATUS_LABELS[done ? 'done' : 'preview'];

  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder verticalSpacing={6} aria-label="Lignes du fichier" data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>Feuille</Table.Th>
              <Table.Th w={80} ta="right">
                Ligne
              </Table.Th>
              <Table.Th w={170}>Statut</Table.Th>
              <Table.Th>Libellé</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={`${row.sheet}:${row.row}`} data-testid="import-row" data-status={row.status}>
                <Table.Td>{row.sheet}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.row}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={ROW_STATUS_COLORS[row.status]}
                    c={ROW_STATUS_TEXT[row.status]}
                    variant="outline"
                    miw="max-content"
                    data-testid="import-row-status"
                  >
                    {labels[row.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length < rows.length && (
        <div>
          <Button variant="subtle" size="xs" onClick={() => setShowAll(true)}>
            Afficher les {rows.length.toLocaleString('fr-FR')} lignes
          </Button>
        </div>
      )}
    </Stack>
  );
}
