// The conventions of one query (2,000 and more) in a table whose rows are virtualised against the page's
// scroll, as the applications list does: only the rows on screen (and a few around) are in the DOM, spacer
// rows keep the table's height, and aria-rowcount / aria-rowindex tell assistive technologies the real size.
import { Table } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ConventionSummary } from '../../../../core/service/conventions/conventions-api.ts';
import { conventionPath } from './convention-labels.ts';
import { CONVENTION_ROW_HEIGHT, ConventionTableRow } from './convention-table-row.tsx';

type Props = { rows: ConventionSummary[] };

const COLUMNS = 8;

export function ConventionTable({ rows: items }: Props) {
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page moves with what is above them (filters, totals, window width).
  useLayoutEffect(() => {
    const measure = () => {
      const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((current) => (Math.abs(top - current) > 1 ? top : current));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: () => CONVENTION_ROW_HEIGHT, overscan: 10, scrollMargin });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const open = useCallback((id: number) => void navigate(conventionPath(id)), [navigate]);

  return (
    <Table withTableBorder highlightOnHover layout="fixed" stickyHeader stickyHeaderOffset={56} aria-label="Conventions" aria-rowcount={items.length + 1} data-testid="conventions-table" miw={1000}>
      {/* Fixed widths, so that columns do not jump as other rows scroll in. */}
      <colgroup>
        {/* The number and its "arrêté" mark on one line: the provider column gives them the room. */}
        <col />
        <col style={{ width: '16%' }} />
        {/* The status and, under it, the demo mark (« DÉMONSTRATION » is the wider of the two). */}
        <col style={{ width: 140 }} />
        <col style={{ width: 104 }} />
        <col style={{ width: 104 }} />
        <col style={{ width: 104 }} />
        <col style={{ width: 68 }} />
        <col style={{ width: 100 }} />
      </colgroup>
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th>N° et action</Table.Th>
          <Table.Th>Prestataire</Table.Th>
          <Table.Th>Statut</Table.Th>
          <Table.Th ta="right">Montant</Table.Th>
          <Table.Th ta="right">Versé</Table.Th>
          <Table.Th ta="right">Dû</Table.Th>
          <Table.Th ta="right">Retard</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>&gt;&nbsp;23&nbsp;000&nbsp;€</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {paddingTop > 0 && (
          <tr aria-hidden style={{ height: paddingTop }}>
            <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
          </tr>
        )}
        {rows.map((row) => {
          const convention = items[row.index];
          return convention ? <ConventionTableRow key={convention.id} convention={convention} index={row.index} onOpen={open} /> : null;
        })}
        {paddingBottom > 0 && (
          <tr aria-hidden style={{ height: paddingBottom }}>
            <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
          </tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
