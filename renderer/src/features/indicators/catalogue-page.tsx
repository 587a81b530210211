// Placeholder, replaced by the feature's page.
import { usePageTitle } from '../../components/use-page-title.ts';
import { IndicatorsTabs } from '../indicators/indicators-tabs.tsx';

export function CataloguePage() {
  usePageTitle('Indicateurs');
  return (
    <IndicatorsTabs active="catalogue" intro="Les indicateurs que chaque action financée renseigne dans son bilan annuel.">
      {null}
    </IndicatorsTabs>
  );
}
