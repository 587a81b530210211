// The budget prévisionnel of the action, as on the Cerfa: charges beside produits, and under them what
// the commission looks at first, updated as amounts are typed — balance, amount requested, cost per head.
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ApplicationFormValues } from './application-form-values.ts';
import { liveBudget } from './application-form-values.ts';
import { formatPercent } from './application-labels.ts';
import { BudgetFigure } from './budget-figure.tsx';
import { BudgetSideTable } from './budget-side-table.tsx';
import { FormSection } from './form-section.tsx';

type Props = { form: UseFormReturnType<ApplicationFormValues> };

export function BudgetField({ form }: Props) {
  const totals = liveBudget(form.getValues());
  const listError = form.errors.budget;
  return (
    <FormSection
      id="application-budget"
      title="Budget prévisionnel de l’action"
      description="En euros, comme sur le Cerfa 12156 ; laissez vides les lignes sans montant. Le total des charges doit égaler celui des produits."
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <BudgetSideTable form={form} side="charge" totalCents={totals.chargesCents} />
        <BudgetSideTable form={form} side="produit" totalCents={totals.incomeCents} />
      </SimpleGrid>
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" data-testid="budget-summary">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <BudgetFigure label="Total des charges" value={formatEuros(totals.chargesCents)} testId="budget-live-charges" />
          <BudgetFigure label="Total des produits" value={formatEuros(totals.incomeCents)} testId="budget-live-income" />
          <Stack gap={2} role="status" aria-live="polite" data-testid="budget-live-balance" data-balanced={totals.balanced}>
            <Text size="sm">Équilibre</Text>
            {totals.balanced ? (
              <Text fw={700} c="teal.9">
                Budget équilibré
              </Text>
            ) : (
              <Text fw={700} c="var(--mantine-color-error)">
                {`Écart de ${formatEuros(Math.abs(totals.differenceCents))} (${totals.differenceCents > 0 ? 'produits insuffisants' : 'produits en excès'})`}
              </Text>
            )}
          </Stack>
          <BudgetFigure label="Montant demandé au CCAS" value={formatEuros(totals.requestedFromCcasCents)} testId="budget-live-requested" strong />
          <BudgetFigure label="Part du CCAS dans les produits" value={totals.ccasShare === null ? '—' : formatPercent(totals.ccasShare)} testId="budget-live-share" />
          <BudgetFigure
            label="Coût par participant"
            value={totals.costPerParticipantCents === null ? 'Indiquez les participants attendus' : formatEuros(totals.costPerParticipantCents)}
            testId="budget-live-per-participant"
          />
        </SimpleGrid>
      </Paper>
      {listError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {listError}
        </Text>
      )}
    </FormSection>
  );
}
