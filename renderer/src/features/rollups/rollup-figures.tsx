// One indicator rolled up by an axis: bars of the figures against their targets, the same figures as a
// table ("Voir le tableau"), and on each row the way to the bilans behind it.
import { BarChart } from '@mantine/charts';
import { Button, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChartBar, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { achievement, formatFigure, formatPercent, formatRate, ROLLUP_AXIS_LABELS, type RollupAxis } from '../../../../core/domain/indicators/rollup.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { RollupCost, RollupOptions, RollupRow } from '../../../../core/service/api.ts';

type Indicator = RollupOptions['indicators'][number];

type Props = { by: RollupAxis; indicator: Indicator; rows: RollupRow[]; caption: string; onOpen: (row: RollupRow) => void; costs?: RollupCost[] | undefined };

/** What a bar is called under the chart: short, the table gives the full label. */
export function shortLabel(by: RollupAxis, row: RollupRow): string {
  if (by === 'lever') return row.key === '' ? 'Sans levier' : `Levier ${row.key}`;
  if (by === 'objective') return row.key === '' ? 'Sans objectif' : row.key;
  return row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label;
}

/** A figure in words: a percentage for a ratio, else the number with "participations" when it counts persons. */
export function figureText(indicator: Indicator, value: number | null): string {
  if (indicator.aggregation === 'ratio') return formatPercent(value);
  if (value === null) return '—';
  return indicator.unit === 'personnes' ? `${formatFigure(value)} participation${value > 1 ? 's' : ''}` : formatFigure(value);
}

function costText(cost: RollupCost | undefined): string {
  if (!cost || cost.paidCents === 0) return 'Aucun versement';
  return `${formatEuros(cost.paidCents)} (${cost.costPerParticipantCents === null ? '—' : formatEuros(cost.costPerParticipantCents)})`;
}

export function RollupFigures({ by, indicator, rows, caption, onOpen, costs }: Props) {
  const costOf = new Map((costs ?? []).map((cost) => [cost.key, cost]));
  const [asTable, setAsTable] = useState(false);
  const isRatio = indicator.aggregation === 'ratio';
  const withRate = rows.some((row) => row.denominator !== null);
  const withTarget = !isRatio && rows.some((row) => row.target !== null);
  const data = rows.map((row) => ({ name: shortLabel(by, row), value: row.value ?? 0, target: row.target ?? 0, row }));
  const series = [{ name: 'value', label: isRatio ? 'Taux' : 'Réalisé', color: 'pacte.7' }, ...(withTarget ? [{ name: 'target', label: 'Cible', color: 'gray.5' }] : [])];
  const spoken = rows.map((row) => `${shortLabel(by, row)} : ${figureText(indicator, row.value)}${row.target !== null && !isRatio ? `, cible ${formatFigure(row.target)}` : ''}`).join(' ; ');

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {isRatio ? 'Taux = somme des numérateurs / somme des dénominateurs des bilans comptés.' : 'Cliquez sur une barre ou une ligne du tableau pour voir les bilans qui la composent.'}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={asTable ? <IconChartBar size={16} aria-hidden /> : <IconTable size={16} aria-hidden />}
          onClick={() => setAsTable(!asTable)}
          aria-pressed={asTable}
          data-testid="rollup-table-toggle"
        >
          {asTable ? 'Voir le graphique' : 'Voir le tableau'}
        </Button>
      </Group>
      {asTable ? (
        <Table withTableBorder striped highlightOnHover fz="sm" data-testid="rollup-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{ROLLUP_AXIS_LABELS[by]}</Table.Th>
              <Table.Th scope="col" ta="right">
                {isRatio ? 'Taux' : 'Réalisé'}
              </Table.Th>
              {withRate && !isRatio && (
                <Table.Th scope="col" ta="right">
                  Taux
                </Table.Th>
              )}
              {isRatio && (
                <Table.Th scope="col" ta="right">
                  Numérateur / dénominateur
                </Table.Th>
              )}
              {withTarget && (
                <Table.Th scope="col" ta="right">
                  Cible (atteinte)
                </Table.Th>
              )}
              {costs && (
                <Table.Th scope="col" ta="right">
                  Versé (coût par participation)
                </Table.Th>
              )}
              <Table.Th scope="col" ta="right">
                Bilans
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-testid="rollup-row">
                <Table.Th scope="row" fw={400}>
                  <UnstyledButton onClick={() => onOpen(row)} td="underline" fz="sm" aria-label={`Voir les bilans : ${row.label}`}>
                    {row.label}
                  </UnstyledButton>
                </Table.Th>
                <Table.Td ta="right">{figureText(indicator, row.value)}</Table.Td>
                {withRate && !isRatio && <Table.Td ta="right">{formatRate(row.numerator, row.denominator)}</Table.Td>}
                {isRatio && <Table.Td ta="right">{row.numerator === null ? '—' : `${formatFigure(row.numerator)} / ${formatFigure(row.denominator)}`}</Table.Td>}
                {withTarget && (
                  <Table.Td ta="right">{row.target === null ? '—' : `${formatFigure(row.target)} (${formatPercent(achievement(row.value, row.target))})`}</Table.Td>
                )}
                {costs && <Table.Td ta="right">{costText(costOf.get(row.key))}</Table.Td>}
                <Table.Td ta="right">{row.bilans}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <BarChart
          h={Math.max(260, Math.min(480, 60 + rows.length * 28))}
          data={data}
          dataKey="name"
          series={series}
          valueFormatter={(value) => (isRatio ? formatPercent(value) : formatFigure(value))}
          withLegend={withTarget}
          legendProps={{ verticalAlign: 'bottom' }}
          maxBarWidth={32}
          xAxisProps={{ interval: 0, angle: rows.length > 8 ? -30 : 0, textAnchor: rows.length > 8 ? 'end' : 'middle', height: rows.length > 8 ? 70 : 30 }}
          barProps={{ cursor: 'pointer', onClick: (entry: { payload?: { row?: RollupRow } }) => entry.payload?.row && onOpen(entry.payload.row) }}
          accessibilityLayer={false}
          role="img"
          aria-label={`Graphique : ${caption}. ${spoken}. Les mêmes chiffres sont dans le tableau.`}
          data-testid="rollup-chart"
        />
      )}
    </Stack>
  );
}
