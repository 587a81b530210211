// Which status changes an application may make next, how the buttons name them, and when a reason is
// required — all read from the domain's statusChangeProblem, the rule the host applies on save.
import { statusChangeProblem } from '../../../../core/domain/application-status.ts';
import type { ApplicationStatus } from '../../../../core/service/api.ts';

export type Transition = { to: ApplicationStatus; label: string; possible: boolean; reasonRequired: boolean };

const TARGETS: readonly ApplicationStatus[] = ['depose', 'recevable', 'irrecevable', 'brouillon'];

function label(from: ApplicationStatus, to: ApplicationStatus): string {
  if (to === 'depose') return from === 'brouillon' ? 'Déposer' : 'Rouvrir l’instruction';
  if (to === 'recevable') return 'Déclarer recevable';
  if (to === 'irrecevable') return 'Déclarer irrecevable';
  return 'Remettre en brouillon';
}

/** Every other status, possible or not: a disabled button still tells what the next steps will be. */
export function transitionsFrom(from: ApplicationStatus): Transition[] {
  return TARGETS.filter((to) => to !== from).map((to) => ({
    to,
    label: label(from, to),
    // With some reason given, only impossible moves remain refused.
    possible: statusChangeProblem(from, to, 'motif') === null,
    reasonRequired: statusChangeProblem(from, to, 'motif') === null && statusChangeProblem(from, to, '') !== null,
  }));
}
