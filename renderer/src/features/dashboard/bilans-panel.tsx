// The year's bilans by status (expected ones included) and how many are late: a donut and the table.
import { DonutChart } from '@mantine/charts';
import { Anchor, Badge, ColorSwatch, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { BILAN_STATUS_LABELS, type BilanStatus } from '../../../../core/domain/indicators/bilan-status.ts';
import type { DashboardBilans } from '../../../../core/service/api.ts';
import { ChartPanel } from './chart-panel.tsx';
import { formatCount } from './dashboard-format.ts';

const STATUSES: readonly { status: BilanStatus; color: string }[] = [
  { status: 'attendu', color: 'gray.6' },
  { status: 'recu', color: 'pacte.4' },
  { status: 'incomplet', color: 'yellow.6' },
  { status: 'valide', color: 'teal.7' },
  { status: 'rejete', color: 'red.7' },
  { status: 'dispense', color: 'violet.4' },
];

type Props = { bilans: DashboardBilans; year: number };

export function BilansPanel({ bilans, year }: Props) {
  const counted = STATUSES.filter(({ status }) => bilans[status] > 0);
  const summary = STATUSES.map(({ status }) => `${BILAN_STATUS_LABELS[status].toLowerCase()} ${bilans[status]}`).join(', ');
  const late =
    bilans.late > 0 ? (
      <Badge color="red.9" variant="filled" size="lg" data-testid="dashboard-bilans-late">
        {bilans.late} en retard
      </Badge>
    ) : (
      <Badge color="gray" variant="light" size="lg" data-testid="dashboard-bilans-late">
        Aucun en retard
      </Badge>
    );
  return (
    <ChartPanel
      testId="dashboard-bilans"
      title={`Bilans ${year}`}
      description="Attendus des conventions signées, six mois après la fin de l’année par défaut."
      chart={
        bilans.total === 0 ? (
          <Text data-testid="dashboard-bilans-empty">
            Aucun bilan attendu pour {year} : un bilan est attendu de chaque convention signée, pour chacune de ses années.
          </Text>
        ) : (
          <Group gap="xl" align="center" wrap="wrap">
            <DonutChart
              data={counted.map(({ status, color }) => ({ name: BILAN_STATUS_LABELS[status], value: bilans[status], color }))}
              chartLabel={`${bilans.total} bilans`}
              size={170}
              thickness={26}
              tooltipDataSource="segment"
              accessibilityLayer={false}
              role="img"
              aria-label={`Graphique des bilans ${year} par statut : ${summary} ; ${bilans.late} en retard.`}
            />
            <Stack gap={6}>
              {counted.map(({ status, color }) => (
                <Group key={status} gap={8} wrap="nowrap">
                  <ColorSwatch color={`var(--mantine-color-${color.replace('.', '-')})`} size={12} withShadow={false} aria-hidden />
                  <Text size="sm">
                    {BILAN_STATUS_LABELS[status]} : {formatCount(bilans[status])}
                  </Text>
                </Group>
              ))}
              {late}
              <Anchor component={Link} to="/indicateurs/bilans" size="sm" underline="always">
                Voir les bilans
              </Anchor>
            </Stack>
          </Group>
        )
      }
      table={
        bilans.total === 0 ? null : (
        <Table withTableBorder striped fz="sm" maw={420} data-testid="dashboard-bilans-rows">
          <Table.Caption>Bilans {year} par statut</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col" ta="right">
                Nombre
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {STATUSES.map(({ status }) => (
              <Table.Tr key={status}>
                <Table.Th scope="row" fw={500}>
                  {BILAN_STATUS_LABELS[status]}
                </Table.Th>
                <Table.Td ta="right">{formatCount(bilans[status])}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" fw={500}>
                dont en retard
              </Table.Th>
              <Table.Td ta="right">{formatCount(bilans.late)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td ta="right" fw={700}>
                {formatCount(bilans.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        )
      }
    />
  );
}
