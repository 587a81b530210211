// The compte rendu financier of a bilan (Cerfa 15059): charges then produits, forecast against actual,
// the gap in euros and in percent, and each side's totals.
import { Table } from '@mantine/core';
import { Fragment } from 'react';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { BilanContentView } from '../../../../core/service/api.ts';
import { formatGapPercent } from './bilan-values-format.ts';

type Props = { content: Pick<BilanContentView, 'financialLines' | 'financialTotals'> };

const SIDES = [
  ['charge', 'Charges'],
  ['produit', 'Produits'],
] as const;

function signedEuros(cents: number): string {
  return `${cents > 0 ? '+' : ''}${formatEuros(cents)}`;
}

export function BilanValuesFinancial({ content }: Props) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing={4} aria-label="Compte rendu financier" data-testid="bilan-financial-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Compte</Table.Th>
            <Table.Th scope="col">Libellé</Table.Th>
            <Table.Th scope="col" ta="right">
              Prévu
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Réalisé
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Écart (€)
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Écart (%)
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SIDES.map(([side, label]) => {
            const total = content.financialTotals[side];
            return (
              <Fragment key={side}>
                {content.financialLines
                  .filter((line) => line.side === side)
                  .map((line) => (
                    <Table.Tr key={`${side}:${line.position}`}>
                      <Table.Td>{line.account}</Table.Td>
                      <Table.Td>{line.label}</Table.Td>
                      <Table.Td ta="right">{formatEuros(line.plannedCents)}</Table.Td>
                      <Table.Td ta="right">{formatEuros(line.actualCents)}</Table.Td>
                      <Table.Td ta="right">{signedEuros(line.gapCents)}</Table.Td>
                      <Table.Td ta="right">{formatGapPercent(line.gapPercent)}</Table.Td>
                    </Table.Tr>
                  ))}
                <Table.Tr fw={600} data-testid={`bilan-financial-total-${side}`}>
                  <Table.Th scope="row" colSpan={2}>
                    Total des {label.toLowerCase()}
                  </Table.Th>
                  <Table.Td ta="right">{formatEuros(total.plannedCents)}</Table.Td>
                  <Table.Td ta="right">{formatEuros(total.actualCents)}</Table.Td>
                  <Table.Td ta="right">{signedEuros(total.gapCents)}</Table.Td>
                  <Table.Td ta="right">{formatGapPercent(total.gapPercent)}</Table.Td>
                </Table.Tr>
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
