// Where the year's money stands per lever: the envelope, what the CAI proposed, what the board validated,
// what was committed (signed), paid and recovered; a grouped bar chart and the same figures in a table.
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { DashboardMoney } from '../../../../core/service/api.ts';
import { ChartPanel } from './chart-panel.tsx';
import { centsToEuros, formatEurosAxis, formatEurosWhole } from './dashboard-format.ts';

const SERIES = [
  { name: 'envelopeCents', label: 'Enveloppe', color: 'gray.6' },
  { name: 'proposedCents', label: 'Proposé par la CAI', color: 'indigo.4' },
  { name: 'validatedCents', label: 'Validé par le CA', color: 'pacte.5' },
  { name: 'committedCents', label: 'Engagé (signé)', color: 'pacte.8' },
  { name: 'paidCents', label: 'Versé', color: 'teal.7' },
  { name: 'recoveredCents', label: 'Reversé', color: 'orange.7' },
] as const;

type Props = { money: DashboardMoney; year: number };

const shortLabel = (row: DashboardMoney['rows'][number]) => (row.leverNumber === null ? row.label : `Levier ${row.leverNumber}`);

export function MoneyPanel({ money, year }: Props) {
  const data = money.rows.map((row) => ({ lever: shortLabel(row), ...Object.fromEntries(SERIES.map((series) => [series.name, centsToEuros(row[series.name])])) }));
  const summary = `Enveloppe ${formatEurosWhole(centsToEuros(money.total.envelopeCents))}, engagé ${formatEurosWhole(centsToEuros(money.total.committedCents))}, versé ${formatEurosWhole(centsToEuros(money.total.paidCents))}`;
  return (
    <ChartPanel
      testId="dashboard-money"
      title={`Financements ${year} par levier`}
      description={
        <>
          Les appels de l’année et ce qu’il en est advenu : avis de la CAI, conventions validées, signées, versements et reversements.
          {money.rows.some((row) => row.key === 'none') && ' « Sans levier » : la part de l’enveloppe non répartie entre les leviers, et les actions sans objectif principal.'}
        </>
      }
      chart={
        <BarChart
          h={300}
          data={data}
          dataKey="lever"
          series={SERIES.map(({ name, label, color }) => ({ name, label, color }))}
          valueFormatter={formatEurosWhole}
          yAxisProps={{ tickFormatter: formatEurosAxis, width: 72 }}
          withLegend
          legendProps={{ verticalAlign: 'bottom', itemSorter: (item) => SERIES.findIndex((series) => series.name === item.dataKey) }}
          tickLine="y"
          maxBarWidth={18}
          accessibilityLayer={false}
          role="img"
          aria-label={`Graphique des financements ${year} par levier. ${summary}. Le détail est dans le tableau.`}
        />
      }
      table={
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder fz="sm" data-testid="dashboard-money-rows">
            <Table.Caption>Financements {year} par levier, en euros</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Levier</Table.Th>
                {SERIES.map((series) => (
                  <Table.Th key={series.name} scope="col" ta="right">
                    {series.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {money.rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {row.label}
                  </Table.Th>
                  {SERIES.map((series) => (
                    <Table.Td key={series.name} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatEurosWhole(centsToEuros(row[series.name]))}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">Total</Table.Th>
                {SERIES.map((series) => (
                  <Table.Td key={series.name} ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid={`dashboard-money-total-${series.name}`}>
                    {formatEurosWhole(centsToEuros(money.total[series.name]))}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
