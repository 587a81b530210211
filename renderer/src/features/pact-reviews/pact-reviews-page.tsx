// Placeholder, replaced by the feature's page.
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';

export function PactReviewsPage() {
  usePageTitle('Indicateurs');
  return (
    <IndicatorsTabs active="revues" intro="Les revues du plan d’action du pacte par le comité de pilotage.">
      {null}
    </IndicatorsTabs>
  );
}
