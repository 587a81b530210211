// The action's budget as filed: its lines with the Cerfa's words, the totals, the amount requested, the
// co-funding, the CCAS's share and the cost per participant — and what is wrong with it, if anything.
import { Alert, List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { BUDGET_GROUP_LABELS, budgetAccountDefinition } from '../../../../core/domain/budget.ts';
import type { BudgetSide } from '../../../../core/domain/budget.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ApplicationDetail } from '../../../../core/service/api.ts';
import { formatPercent } from './application-labels.ts';
import { BudgetFigure } from './budget-figure.tsx';

type Props = { application: ApplicationDetail };

const SPLIT_GROUPS = BUDGET_GROUP_LABELS as Readonly<Record<string, string>>;
const amountStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

function lineLabel(line: ApplicationDetail['budgetLines'][number]): string {
  const definition = budgetAccountDefinition(line.account);
  const split = SPLIT_GROUPS[definition.group];
  // "État" alone does not say it is a subsidy: the group's number goes before the funder.
  const base = split ? `${definition.group} – ${definition.label}` : definition.label;
  return line.label ? `${base} — ${line.label}` : base;
}

export function ApplicationBudgetView({ application }: Props) {
  const { budget } = application;
  const lines = (side: BudgetSide) => application.budgetLines.filter((line) => budgetAccountDefinition(line.account).side === side);
  const table = (side: BudgetSide, title: string, totalCents: number) => (
    <Table withTableBorder layout="fixed" data-testid={`application-budget-${side}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th w={150} ta="right">
            Montant
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines(side).length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text size="sm" c="dimmed">
                Aucune ligne
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {lines(side).map((line, index) => (
          <Table.Tr key={`${line.account}-${index}`} data-testid="application-budget-line" data-account={line.account}>
            <Table.Td>{lineLabel(line)}</Table.Td>
            <Table.Td ta="right" style={amountStyle}>
              {formatEuros(line.amountCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Total des {title.toLowerCase()}</Table.Th>
          <Table.Td ta="right" fw={700} style={amountStyle}>
            {formatEuros(totalCents)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );

  return (
    <Stack gap="md">
      {application.budgetProblems.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title="Budget à revoir"
          icon={<IconAlertTriangle aria-hidden />}
          // Mantine's orange title is below 4.5:1 on its tinted background; the icon and tint carry the colour.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
          data-testid="application-budget-problems"
        >
          <List size="sm">
            {application.budgetProblems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <BudgetFigure label="Montant demandé au CCAS" value={formatEuros(budget.requestedFromCcasCents)} testId="application-requested" strong />
          <BudgetFigure label="Coût par participant" value={application.costPerParticipantCents === null ? 'Participants non indiqués' : formatEuros(application.costPerParticipantCents)} testId="application-cost-per-participant" strong />
          <BudgetFigure label="Part du CCAS dans les produits" value={budget.ccasShare === null ? '—' : formatPercent(budget.ccasShare)} testId="application-ccas-share" />
          <BudgetFigure label="Total des charges" value={formatEuros(budget.chargesCents)} testId="application-charges" />
          <BudgetFigure label="Total des produits" value={formatEuros(budget.incomeCents)} testId="application-income" />
          <BudgetFigure label="Autres subventions demandées (cofinancements)" value={formatEuros(budget.coFundersCents)} testId="application-cofunders" />
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        {table('charge', 'Charges', budget.chargesCents)}
        {table('produit', 'Produits', budget.incomeCents)}
      </SimpleGrid>
    </Stack>
  );
}
