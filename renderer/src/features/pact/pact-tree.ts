// Finding an item of the referential by kind and id, to open its lever and expand its objective.
import type { PactDetail, PactLever, PactObjective, PactSearchHitKind } from '../../../../core/service/api.ts';

export type PactFocus = { kind: PactSearchHitKind; id: number };

export type PactLocation = { lever: PactLever; objective: PactObjective | null };

export function locateInPact(pact: PactDetail, focus: PactFocus): PactLocation | null {
  for (const lever of pact.levers) {
    if (focus.kind === 'lever' && lever.id === focus.id) return { lever, objective: null };
    const objective = objectiveContaining(lever, focus);
    if (objective) return { lever, objective };
  }
  return null;
}

/** The objective that holds the item (itself when the item is an objective), or null. */
export function objectiveContaining(lever: PactLever, focus: PactFocus): PactObjective | null {
  for (const objective of lever.objectives) {
    if (focus.kind === 'objective' && objective.id === focus.id) return objective;
    for (const operational of objective.operationalObjectives) {
      if (focus.kind === 'operationalObjective' && operational.id === focus.id) return objective;
      if (focus.kind === 'action' && operational.actions.some((action) => action.id === focus.id)) return objective;
    }
  }
  return null;
}

/** The DOM id of an item's block, the target a search hit scrolls to. */
export function pactElementId(focus: PactFocus): string {
  return `pacte-${focus.kind}-${focus.id}`;
}

export function objectiveItemValue(objective: PactObjective): string {
  return `objectif-${objective.id}`;
}

export function isPactFocus(value: unknown): value is PactFocus {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    typeof value.kind === 'string' &&
    'id' in value &&
    typeof value.id === 'number'
  );
}
