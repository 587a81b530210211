// The home page (/tableau-de-bord): where the year's money, bilans, indicators and the pact's action plan
// stand, and what to do next. The year lives in the address (?annee=2018); a new base says what to do first.
import '@mantine/charts/styles.css';
import { Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { Dashboard } from '../../../../core/service/api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { BilansPanel } from './bilans-panel.tsx';
import { centsToEuros, formatEurosWhole } from './dashboard-format.ts';
import { DashboardEmptyState } from './dashboard-empty-state.tsx';
import { IndicatorsPanel } from './indicators-panel.tsx';
import { MoneyPanel } from './money-panel.tsx';
import { PactPanel } from './pact-panel.tsx';
import { TodoPanel } from './todo-panel.tsx';
import { useDashboard } from './use-dashboard.ts';

function readYear(text: string | null): number | undefined {
  if (text === null || !/^\d{4}$/u.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

function KeyFigure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { total } = dashboard.money;
  const euros = (cents: number) => formatEurosWhole(centsToEuros(cents));
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="dashboard-key-figures">
      <KeyFigure label="Enveloppe de l’année" value={euros(total.envelopeCents)} testId="dashboard-envelope" />
      <KeyFigure label="Engagé (conventions signées)" value={euros(total.committedCents)} testId="dashboard-committed" />
      <KeyFigure label="Versé" value={euros(total.paidCents)} testId="dashboard-paid" />
      <KeyFigure label="Bilans en retard" value={`${dashboard.bilans.late} sur ${dashboard.bilans.total}`} testId="dashboard-late-bilans" />
    </SimpleGrid>
  );
}

export function DashboardPage() {
  usePageTitle('Tableau de bord');
  const [params, setParams] = useSearchParams();
  const dashboard = useDashboard(readYear(params.get('annee')));
  const data = dashboard.data;
  const years = data ? (data.years.includes(data.year) ? data.years : [data.year, ...data.years]) : [];

  return (
    <Stack gap="lg" data-testid="dashboard-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Tableau de bord</Title>
          <Text maw={760}>Où en sont l’année, ses financements, ses bilans et le plan d’action du pacte, et ce qui attend d’être fait.</Text>
        </Stack>
        {data && data.years.length > 0 && (
          <Select
            label="Année"
            data={years.map(String)}
            value={String(data.year)}
            onChange={(value) => setParams(value === null ? {} : { annee: value }, { replace: true })}
            allowDeselect={false}
            w={120}
            data-testid="dashboard-year"
          />
        )}
      </Group>
      {dashboard.isPending && <PageLoader label="Chargement du tableau de bord…" />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} title="Le tableau de bord n’a pas pu être chargé" onRetry={() => void dashboard.refetch()} />}
      {data && data.years.length === 0 && <DashboardEmptyState todo={data.todo} />}
      {data && data.years.length > 0 && (
        <Stack gap="lg" style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }} aria-busy={dashboard.isPlaceholderData}>
          <KeyFigures dashboard={data} />
          <MoneyPanel money={data.money} year={data.year} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <BilansPanel bilans={data.bilans} year={data.year} />
            <TodoPanel groups={data.todo} />
          </SimpleGrid>
          <IndicatorsPanel key={data.year} indicators={data.indicators} year={data.year} />
          <PactPanel pact={data.pact} />
        </Stack>
      )}
    </Stack>
  );
}
