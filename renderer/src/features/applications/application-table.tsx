// The applications of one fetch (up to 2,000) in a table whose rows are virtualised against the page's
// scroll: only the rows on screen (and a few around) are in the DOM, so scrolling stays smooth. Spacer
// rows keep the table's height, and aria-rowcount / aria-rowindex tell assistive technologies the real size.
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { MouseEvent } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ApplicationSummary } from '../../../../core/service/api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { ApplicationAvisBadge } from './application-avis-badge.tsx';
import { applicationPath, formatShortDate } from './application-labels.ts';
import { ApplicationStatusBadge } from './application-status-badge.tsx';
import { SortHeader } from './sort-header.tsx';
import type { ApplicationSort } from './use-application-filters.ts';

type Props = { items: ApplicationSummary[]; sort: ApplicationSort; descending: boolean; onSort: (column: ApplicationSort) => void };

const ROW_ESTIMATE = 53;
const COLUMNS = 8;
/** Amounts and dates: on one line, digits aligned from row to row. */
const figureStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function ApplicationTable({ items, sort, descending, onSort }: Props) {
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page moves with what is above them (filters, count, window width):
  // re-read whenever the page changes size; the state only changes when the start really moved.
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
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: () => ROW_ESTIMATE, overscan: 12, scrollMargin });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const sortProps = { sort, descending, onSort };

  /** The whole row is a mouse target; keyboard users reach the same page through the title link. */
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    void navigate(applicationPath(id));
  };

  return (
    <Table
      withTableBorder
      highlightOnHover
      layout="fixed"
      stickyHeader
      stickyHeaderOffset={56}
      aria-label="Dossiers"
      aria-rowcount={items.length + 1}
      data-testid="applications-table"
      miw={1000}
    >
      {/* Fixed widths, so that columns do not jump as other rows scroll in (the cells' own widths are ignored here). */}
      <colgroup>
        {/* Sized to fit 1 000 px (a 1280 px window beside the navbar), the title keeping the most room: each
            other column is as wide as its longest content (an amount, a badge, a date), no wider. */}
        <col />
        <col style={{ width: '16%' }} />
        <col style={{ width: 58 }} />
        <col style={{ width: 74 }} />
        <col style={{ width: 110 }} />
        <col style={{ width: 116 }} />
        <col style={{ width: 112 }} />
        <col style={{ width: 110 }} />
      </colgroup>
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <SortHeader column="title" label="Intitulé" {...sortProps} />
          <SortHeader column="provider" label="Prestataire" {...sortProps} />
          <Table.Th>Appel</Table.Th>
          <Table.Th>Objectif</Table.Th>
          <SortHeader column="requested" label="Demandé" ta="right" {...sortProps} />
          <SortHeader column="avis" label="Avis" {...sortProps} />
          <SortHeader column="status" label="Statut" {...sortProps} />
          <SortHeader column="updated" label="Modifié le" {...sortProps} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {paddingTop > 0 && (
          <tr aria-hidden style={{ height: paddingTop }}>
            <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
          </tr>
        )}
        {rows.map((row) => {
          const application = items[row.index];
          if (!application) return null;
          return (
            <Table.Tr
              key={application.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-rowindex={row.index + 2}
              onClick={(event) => openRow(event, application.id)}
              style={{ cursor: 'pointer' }}
              data-testid="application-row"
              data-application-id={application.id}
            >
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  {/* 14 px, as the other cells: a 60-character title then holds on two lines at 1280 px. */}
                  <Anchor component={Link} to={applicationPath(application.id)} fw={600} size="sm" data-testid="application-link">
                    {application.title}
                  </Anchor>
                  {application.isDemo && <DemoBadge testId="application-demo" />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{application.providerName}</Text>
              </Table.Td>
              <Table.Td>{application.callYear}</Table.Td>
              <Table.Td>
                <Text span size="sm" ff="monospace">
                  {application.primaryObjectiveCode ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={figureStyle} data-testid="application-requested">
                {formatEuros(application.requestedCents)}
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <ApplicationAvisBadge kind={application.avisKind} compact />
                  {application.avisProposedCents !== null && application.avisProposedCents > 0 && (
                    <Text size="xs" style={figureStyle} data-testid="application-proposed">
                      {formatEuros(application.avisProposedCents)}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={application.status} size="sm" />
              </Table.Td>
              <Table.Td style={figureStyle} data-testid="application-updated">
                <time dateTime={application.updatedAt}>{formatShortDate(application.updatedAt)}</time>
              </Table.Td>
            </Table.Tr>
          );
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
