// The figures of a bilan, one block per indicator: its total beside its target, then each breakdown's
// categories. Rates and derived figures are computed by the host and marked so.
import { Badge, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { BilanIndicatorView } from '../../../../core/service/api.ts';
import { formatFigure } from './bilan-values-format.ts';

type Props = { indicators: BilanIndicatorView[] };

export function BilanValuesTable({ indicators }: Props) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing={4} aria-label="Indicateurs du bilan" data-testid="bilan-values-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Indicateur</Table.Th>
            <Table.Th scope="col">Ventilation</Table.Th>
            <Table.Th scope="col" ta="right">
              Valeur
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Cible
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Fragment key={indicator.code}>
              <Table.Tr data-testid={`bilan-value-${indicator.code}`}>
                <Table.Th scope="row" fw={600}>
                  {indicator.code} — {indicator.label}{' '}
                  {indicator.aggregation !== 'sum' && (
                    <Badge size="xs" variant="light" color="gray">
                      calculé
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>Total</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatFigure(indicator.total, indicator.unit)}
                </Table.Td>
                <Table.Td ta="right">{formatFigure(indicator.target, indicator.unit)}</Table.Td>
              </Table.Tr>
              {indicator.total !== null &&
                indicator.breakdowns.map((breakdown) =>
                  breakdown.cells
                    .filter((cell) => cell.value !== null)
                    .map((cell) => (
                      <Table.Tr key={`${breakdown.dimension}:${cell.category}`}>
                        <Table.Td />
                        <Table.Td>
                          <Text size="sm" span c="dimmed">
                            {breakdown.label} :{' '}
                          </Text>
                          {cell.label}
                        </Table.Td>
                        <Table.Td ta="right">{formatFigure(cell.value, indicator.unit)}</Table.Td>
                        <Table.Td />
                      </Table.Tr>
                    )),
                )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
