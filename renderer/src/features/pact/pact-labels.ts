// French words and formats of the pact screens, kept in one place so every view says the same thing.
import type { PactDetail, PactSearchHitKind, PactSummary } from '../../../../core/service/api.ts';

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

/** ["6 leviers", "25 objectifs", "91 objectifs opérationnels", "167 actions"]: the size of a referential. */
export function countParts(counts: PactSummary['counts']): string[] {
  return [
    plural(counts.levers, 'levier', 'leviers'),
    plural(counts.objectives, 'objectif', 'objectifs'),
    plural(counts.operationalObjectives, 'objectif opérationnel', 'objectifs opérationnels'),
    plural(counts.actions, 'action', 'actions'),
  ];
}

export function formatCounts(counts: PactSummary['counts']): string {
  return countParts(counts).join(' · ');
}
