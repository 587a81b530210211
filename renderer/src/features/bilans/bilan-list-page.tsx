// Placeholder, replaced by the feature's page.
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';

export function BilanListPage() {
  usePageTitle('Indicateurs');
  return (
    <IndicatorsTabs active="bilans" intro="Les bilans annuels des actions financées.">
      {null}
    </IndicatorsTabs>
  );
}
