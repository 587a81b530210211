// Key indicators of the validated bilans against the conventions' targets, by lever: one indicator at a
// time (participants, exits, exits into a job, the rate of positive exits), as bars and as a table.
import { BarChart } from '@mantine/charts';
import { Anchor, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DashboardIndicator } from '../../../../core/service/api.ts';
import { ChartPanel } from './chart-panel.tsx';
import { formatCount, formatPercent } from './dashboard-format.ts';

type Props = { indicators: DashboardIndicator[]; year: number };

const SHORT: Record<string, string> = { IC01: 'Participants', IC10: 'Sorties', IC12: 'Sorties en emploi', IC14: 'Taux de sorties positives' };

function achievement(value: number | null, target: number | null): number | null {
  return value === null || target === null || target <= 0 ? null : (value / target) * 100;
}

export function IndicatorsPanel({ indicators, year }: Props) {
  const [code, setCode] = useState(indicators[0]?.code ?? '');
  const indicator = indicators.find((candidate) => candidate.code === code) ?? indicators[0];
  if (!indicator) return null;
  const format = indicator.unit === 'pourcent' ? formatPercent : formatCount;
  const reported = indicators.some((candidate) => candidate.total.value !== null);
  const rows = indicator.rows.filter((row) => row.value !== null || row.target !== null);
  const data = indicator.rows.map((row) => ({ lever: row.leverNumber === null ? row.label : `Levier ${row.leverNumber}`, value: row.value ?? 0, target: row.target ?? 0 }));
  return (
    <ChartPanel
      testId="dashboard-indicators"
      title={`Indicateurs ${year} et objectifs, par levier`}
      description="Bilans validés seulement ; les totaux comptent des participations (une personne suivie dans deux actions compte deux fois)."
      controls={
        reported ? (
          <SegmentedControl
            value={indicator.code}
            onChange={setCode}
            data={indicators.map((candidate) => ({ value: candidate.code, label: `${candidate.code} · ${SHORT[candidate.code] ?? candidate.label}` }))}
            aria-label="Indicateur affiché"
            size="xs"
            style={{ alignSelf: 'flex-start', flexWrap: 'wrap' }}
          />
        ) : undefined
      }
      chart={
        reported ? (
          <BarChart
            h={260}
            data={data}
            dataKey="lever"
            series={[
              { name: 'value', label: 'Réalisé', color: 'pacte.7' },
              { name: 'target', label: 'Objectif', color: 'gray.5' },
            ]}
            valueFormatter={(value) => format(value)}
            withLegend
            legendProps={{ verticalAlign: 'bottom', itemSorter: (item) => (item.dataKey === 'value' ? 0 : 1) }}
            maxBarWidth={24}
            accessibilityLayer={false}
            role="img"
            aria-label={`Graphique : ${indicator.label}, réalisé ${format(indicator.total.value)} pour un objectif de ${format(indicator.total.target)}. Le détail par levier est dans le tableau.`}
          />
        ) : (
          <Text data-testid="dashboard-indicators-empty">
            Aucun bilan validé pour {year} : les indicateurs s’afficheront dès la validation des premiers bilans, dans{' '}
            <Anchor component={Link} to="/indicateurs/bilans" underline="always">
              Indicateurs › Bilans
            </Anchor>
            .
          </Text>
        )
      }
      table={
        !reported ? null : (
        <Table withTableBorder striped fz="sm" data-testid="dashboard-indicators-rows">
          <Table.Caption>
            {indicator.code} · {indicator.label}, {year}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Levier</Table.Th>
              <Table.Th scope="col" ta="right">
                Réalisé
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Objectif
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Atteinte
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>Aucun chiffre pour cette année.</Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right">{format(row.value)}</Table.Td>
                <Table.Td ta="right">{format(row.target)}</Table.Td>
                <Table.Td ta="right">{formatPercent(achievement(row.value, row.target))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td ta="right" fw={700}>
                {format(indicator.total.value)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format(indicator.total.target)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {formatPercent(achievement(indicator.total.value, indicator.total.target))}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        )
      }
    />
  );
}
