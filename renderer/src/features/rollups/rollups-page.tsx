// Placeholder, replaced by the feature's page.
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';

export function RollupsPage() {
  usePageTitle('Indicateurs');
  return (
    <IndicatorsTabs active="syntheses" intro="Les résultats des actions financées, consolidés par levier, objectif, territoire et prestataire.">
      {null}
    </IndicatorsTabs>
  );
}
