// French words and formats of the pact screens, kept in one place so every view says the same thing.
import type { PactDetail, PactSearchHitKind } from '../../../../core/service/api.ts';

export const kindLabels: Record<PactSearchHitKind, string> = {
  lever: 'Levier',
  objective: 'Objectif',
  operationalObjective: 'Objectif opérationnel',
  action: 'Action',
};

export function formatPeriod(pact: Pick<PactDetail, 'periodStart' | 'periodEnd'>): string {
  return `${pact.periodStart} – ${pact.periodEnd}`;
}

export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralForm : singular}`;
}
