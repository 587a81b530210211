// The page of bilans: convention, provider, action, year, status, due date ("en retard" in red) and
// received date. The whole row opens the bilan; keyboard users reach it through the convention link.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { BilanListRow } from '../../../../core/service/api.ts';
import { DemoBadge } from '../../components/demo-badge.tsx';
import { showDate } from '../conventions/convention-labels.ts';
import { bilanPath, LATE_COLOR } from './bilan-labels.ts';
import { BilanStatusBadge } from './bilan-status-badge.tsx';

type Props = { rows: BilanListRow[] };

export function BilanTable({ rows }: Props) {
  const navigate = useNavigate();
  const open = (row: BilanListRow) => (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    void navigate(bilanPath(row));
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder highlightOnHover aria-label="Bilans annuels" data-testid="bilans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={130}>
              Convention
            </Table.Th>
            <Table.Th scope="col" w={190}>
              Prestataire
            </Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col" w={70}>
              Année
            </Table.Th>
            <Table.Th scope="col" w={110}>
              Statut
            </Table.Th>
            <Table.Th scope="col" w={120}>
              Échéance
            </Table.Th>
            <Table.Th scope="col" w={100}>
              Reçu le
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.conventionId}:${row.year}`} onClick={open(row)} style={{ cursor: 'pointer' }} data-testid="bilan-row" data-status={row.status} data-late={row.late ? 'oui' : 'non'}>
              <Table.Td>
                <Anchor component={Link} to={bilanPath(row)} fw={600} aria-label={`Bilan ${row.year} de ${row.conventionNumber}`} data-testid="bilan-link">
                  {row.conventionNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={row.providerName}>
                  {row.providerName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={row.actionTitle}>
                  {row.actionTitle}
                </Text>
              </Table.Td>
              <Table.Td>{row.year}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <BilanStatusBadge status={row.status} size="sm" />
                  {row.isDemo && <DemoBadge testId="bilan-demo" />}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{showDate(row.dueOn)}</Text>
                {row.late && (
                  <Text size="sm" fw={600} c={LATE_COLOR} data-testid="bilan-late">
                    en retard
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{showDate(row.receivedOn)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
