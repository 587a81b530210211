// The bilans behind one rolled-up figure: each with its convention, provider, year and own figure, and a
// link to its page, so that every number on the screen can be checked down to what was reported.
import { Anchor, Drawer, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatFigure, formatPercent, formatRate } from '../../../../core/domain/indicators/rollup.ts';
import type { MethodInput, RollupOptions, RollupRow } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { BILANS_PATH } from '../indicators/indicators-tabs.tsx';
import { figureText } from './rollup-figures.tsx';
import { useRollupDrill } from './use-rollups.ts';

type Props = { query: MethodInput<'rollups.drill'> | null; row: RollupRow | null; indicator: RollupOptions['indicators'][number] | undefined; onClose: () => void };

export function RollupDrillDrawer({ query, row, indicator, onClose }: Props) {
  const drill = useRollupDrill(query);
  const isRatio = indicator?.aggregation === 'ratio';
  const withRate = (drill.data ?? []).some((bilan) => bilan.denominator !== null);
  return (
    <Drawer opened={query !== null} onClose={onClose} position="right" size="xl" title={row ? `Bilans : ${row.label}` : 'Bilans'} closeButtonProps={{ 'aria-label': 'Fermer' }}>
      {row && indicator && (
        <Stack gap="md" data-testid="rollup-drill">
          <Text size="sm">
            {indicator.code} · {indicator.label} : <strong>{figureText(indicator, row.value)}</strong>
            {row.numerator !== null && row.denominator !== null && ` — ${formatRate(row.numerator, row.denominator)}`}, sur {row.bilans} bilan{row.bilans > 1 ? 's' : ''}.
          </Text>
          {drill.isPending && <PageLoader label="Chargement des bilans…" />}
          {drill.isError && <ErrorAlert error={drill.error} onRetry={() => void drill.refetch()} />}
          {drill.data && (
            <Table withTableBorder striped fz="sm">
              <Table.Caption>Les bilans comptés dans ce chiffre</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Convention</Table.Th>
                  <Table.Th scope="col">Prestataire</Table.Th>
                  <Table.Th scope="col">Année</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {isRatio ? 'Taux' : 'Valeur'}
                  </Table.Th>
                  {withRate && (
                    <Table.Th scope="col" ta="right">
                      {isRatio ? 'Numérateur / dénominateur' : 'Taux'}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {drill.data.map((bilan) => (
                  <Table.Tr key={bilan.bilanId} data-testid="rollup-drill-row">
                    <Table.Td>
                      <Anchor component={Link} to={`${BILANS_PATH}/${bilan.bilanId}`} underline="always">
                        {bilan.conventionNumber} · bilan {bilan.year}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{bilan.providerName}</Table.Td>
                    <Table.Td>{bilan.year}</Table.Td>
                    <Table.Td ta="right">{isRatio ? formatPercent(bilan.value) : formatFigure(bilan.value)}</Table.Td>
                    {withRate && (
                      <Table.Td ta="right">{isRatio ? `${formatFigure(bilan.numerator)} / ${formatFigure(bilan.denominator)}` : formatRate(bilan.numerator, bilan.denominator)}</Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
