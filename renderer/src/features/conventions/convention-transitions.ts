// The changes of status a person makes on the convention page, each through its own method of the service,
// with the words of its button; a status the host reaches by itself (soldée) has no button.
import type { ConventionDetail, ConventionStatus } from '../../../../core/service/conventions/conventions-api.ts';

export type TransitionTarget = 'presentee_ca' | 'validee_ca' | 'signee' | 'en_cours' | 'cloturee' | 'resiliee' | 'abandonnee';

export const TRANSITION_LABELS: Record<TransitionTarget, string> = {
  presentee_ca: 'Présenter au CA',
  validee_ca: 'Valider (délibération du CA)',
  signee: 'Signer',
  en_cours: 'Démarrer',
  cloturee: 'Clôturer',
  resiliee: 'Résilier',
  abandonnee: 'Abandonner',
};

/** What the change means, said in the modal before it is confirmed. */
export const TRANSITION_CONSEQUENCES: Record<TransitionTarget, string> = {
  presentee_ca: 'La convention est inscrite à l’ordre du jour du conseil d’administration ; son montant reste modifiable jusqu’à la validation.',
  validee_ca: 'Le montant, les années et l’échéancier ne pourront plus changer que par avenant.',
  signee: 'Les deux signatures ouvrent les versements : l’avance devient exigible à la date de la dernière signature.',
  en_cours: 'L’action a commencé : les versements et les bilans se suivent jusqu’au solde.',
  cloturee: 'La convention est close : refusé tant qu’une somme reste due ou qu’un reversement est attendu.',
  resiliee: 'La convention signée prend fin avant son terme ; les sommes non justifiées pourront faire l’objet d’un reversement.',
  abandonnee: 'La convention n’ira pas plus loin : elle ne compte plus dans le total du prestataire.',
};

const DANGER = new Set<TransitionTarget>(['resiliee', 'abandonnee']);
export const isDangerous = (target: TransitionTarget) => DANGER.has(target);

function isTarget(status: ConventionStatus): status is TransitionTarget {
  return status in TRANSITION_LABELS;
}

/** The buttons of the page: the next statuses the host allows that a person reaches by hand. */
export function availableTransitions(convention: Pick<ConventionDetail, 'status' | 'nextStatuses'>): TransitionTarget[] {
  return convention.nextStatuses.filter(isTarget).filter((target) => target !== 'en_cours' || convention.status === 'signee');
}
