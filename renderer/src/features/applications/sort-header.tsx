// A column header that sorts the list: a real button (keyboard, screen readers) and aria-sort on the cell.
import { Table, UnstyledButton } from '@mantine/core';
import type { TableThProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ApplicationSort } from './use-application-filters.ts';

type Props = Omit<TableThProps, 'children'> & {
  column: ApplicationSort;
  label: string;
  sort: ApplicationSort;
  descending: boolean;
  onSort: (column: ApplicationSort) => void;
};

export function SortHeader({ column, label, sort, descending, onSort, ...others }: Props) {
  const active = column === sort;
  const Icon = active ? (descending ? IconArrowDown : IconArrowUp) : IconArrowsSort;
  return (
    <Table.Th {...others} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        // One line: a wrapped label would leave its arrow alone at the cell's edge.
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
        data-testid={`sort-${column}`}
      >
        {label}
        <Icon size={14} aria-hidden stroke={active ? 2.5 : 1.5} />
      </UnstyledButton>
    </Table.Th>
  );
}
