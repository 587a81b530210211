// One side of the Cerfa budget (charges or produits): one amount per account, in the Cerfa's order and
// words, the accounts split by funder (74) or by kind (86, 87) under their own heading.
import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { BUDGET_GROUP_LABELS, CCAS_ACCOUNT, budgetAccountDefinition } from '../../../../core/domain/budget.ts';
import type { BudgetSide } from '../../../../core/domain/budget.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import { MoneyInput } from '../../components/money-input.tsx';
import type { ApplicationFormValues } from './application-form-values.ts';

type Props = { form: UseFormReturnType<ApplicationFormValues>; side: BudgetSide; totalCents: number };

const SPLIT_GROUPS = BUDGET_GROUP_LABELS as Readonly<Record<string, string>>;

export function BudgetSideTable({ form, side, totalCents }: Props) {
  const title = side === 'charge' ? 'Charges' : 'Produits';
  const rows = form
    .getValues()
    .budget.map((row, index) => ({ row, index, definition: budgetAccountDefinition(row.account) }))
    .filter(({ definition }) => definition.side === side);

  return (
    <Table withTableBorder verticalSpacing={4} layout="fixed" aria-labelledby={`budget-${side}-title`} data-testid={`budget-${side}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th id={`budget-${side}-title`} fz="md">
            {title}
          </Table.Th>
          <Table.Th w={170} ta="right">
            Montant
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ row, index, definition }, position) => {
          const split = SPLIT_GROUPS[definition.group];
          const opensGroup = split !== undefined && rows[position - 1]?.definition.group !== definition.group;
          const id = `budget-${index}`;
          const isCcas = row.account === CCAS_ACCOUNT;
          return [
            opensGroup && (
              <Table.Tr key={`group-${definition.group}`} bg="var(--mantine-color-gray-0)">
                <Table.Th colSpan={2} scope="colgroup" fz="sm">
                  {split}
                </Table.Th>
              </Table.Tr>
            ),
            <Table.Tr key={id} bg={isCcas ? 'var(--mantine-color-pacte-0)' : undefined}>
              <Table.Td pl={split ? 'lg' : undefined}>
                <Text component="label" htmlFor={id} size="sm" fw={isCcas ? 700 : undefined}>
                  {/* Alone, "État" would not say it is a subsidy; the heading says it to the eye. */}
                  {split && <VisuallyHidden>{`${definition.group} – `}</VisuallyHidden>}
                  {definition.label}
                  {row.label && ` — ${row.label}`}
                  {isCcas && ' (montant demandé)'}
                </Text>
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  id={id}
                  size="xs"
                  styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                  {...form.getInputProps(`budget.${index}.amount`)}
                  data-testid={`budget-amount-${row.account}`}
                />
              </Table.Td>
            </Table.Tr>,
          ];
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Total des {title.toLowerCase()}</Table.Th>
          <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid={`budget-${side}-total`}>
            {formatEuros(totalCents)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
