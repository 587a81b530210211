// The pact's operational objectives as the pickers list them: grouped by lever, "6.4.1 — Développer l'apprentissage du vélo".
import type { PactDetail } from '../../../../core/service/api.ts';

export type ObjectiveGroup = { group: string; items: { value: string; label: string; disabled?: boolean }[] };

export function objectiveGroups(pact: PactDetail, disabledId: string | null = null): ObjectiveGroup[] {
  return pact.levers.map((lever) => ({
    group: `Levier ${lever.number} — ${lever.title}`,
    items: lever.objectives.flatMap((objective) =>
      objective.operationalObjectives.map((operational) => ({
        value: String(operational.id),
        label: `${operational.code} — ${operational.title}`,
        ...(String(operational.id) === disabledId ? { disabled: true } : {}),
      })),
    ),
  }));
}

/** Every operational objective id of the pact, to drop choices a change of call made foreign. */
export function objectiveIds(pact: PactDetail): Set<string> {
  return new Set(pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives.map((item) => String(item.id)))));
}
