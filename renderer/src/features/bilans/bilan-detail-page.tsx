// Placeholder, replaced by the feature's page.
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';

export function BilanDetailPage() {
  usePageTitle('Indicateurs');
  return (
    <IndicatorsTabs active="bilans" intro="Un bilan annuel.">
      {null}
    </IndicatorsTabs>
  );
}
