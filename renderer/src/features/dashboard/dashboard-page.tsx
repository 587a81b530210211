// Placeholder, replaced by the dashboard.
import { Title } from '@mantine/core';
import { usePageTitle } from '../../components/use-page-title.ts';

export function DashboardPage() {
  usePageTitle('Tableau de bord');
  return <Title order={1}>Tableau de bord</Title>;
}
