// Errors or warnings, each where the person will look for it in their file: sheet, row, column.
import { Table } from '@mantine/core';
import type { ImportIssue } from '../../../../core/service/api.ts';

type Props = { issues: ImportIssue[]; label: string; testId: string };

export function ImportIssuesTable({ issues, label, testId }: Props) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing={6} bg="var(--mantine-color-body)" aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120}>Feuille</Table.Th>
            <Table.Th w={70} ta="right">
              Ligne
            </Table.Th>
            <Table.Th w={200}>Colonne</Table.Th>
            <Table.Th>Message</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            // The same cell may carry two problems; the position in the host's list tells them apart.
            <Table.Tr key={`${issue.sheet}:${issue.row}:${issue.field}:${index}`} data-testid={`${testId}-row`} data-row={issue.row ?? ''}>
              <Table.Td>{issue.sheet}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {/* No row: the problem is the file's or a header's, not one line's. */}
                {issue.row ?? '—'}
              </Table.Td>
              <Table.Td>{issue.column ?? '—'}</Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
