// The faces of "Indicateurs": where the pact stands (roll-ups), the yearly bilans of the funded actions,
// the reviews of the pact's action plan, and the catalogue of common indicators. Each tab has its address.
import type { ReactNode } from 'react';
import { SectionTabs } from '../../components/section-tabs.tsx';

export const INDICATORS_PATH = '/indicateurs';
export const BILANS_PATH = '/indicateurs/bilans';
export const PACT_REVIEWS_PATH = '/indicateurs/revues';
export const CATALOGUE_PATH = '/indicateurs/catalogue';

const TABS = [
  { value: 'syntheses', label: 'Synthèses', path: INDICATORS_PATH },
  { value: 'bilans', label: 'Bilans annuels', path: BILANS_PATH },
  { value: 'revues', label: 'Plan d’action du pacte', path: PACT_REVIEWS_PATH },
  { value: 'catalogue', label: 'Indicateurs communs', path: CATALOGUE_PATH },
] as const;

export type IndicatorsTab = (typeof TABS)[number]['value'];

type Props = { active: IndicatorsTab; intro: string; actions?: ReactNode; children: ReactNode };

export function IndicatorsTabs(props: Props) {
  return <SectionTabs title="Indicateurs" tabs={TABS} testIdPrefix="indicators-tab" {...props} />;
}
