// The life of an application's status: brouillon → déposé → recevable / irrecevable, and back only with a reason.

export type Status = 'brouillon' | 'depose' | 'recevable' | 'irrecevable';

const NEXT: Record<Status, readonly Status[]> = {
  brouillon: ['depose'],
  depose: ['brouillon', 'recevable', 'irrecevable'],
  recevable: ['depose', 'irrecevable'],
  irrecevable: ['depose', 'recevable'],
};

const LABELS: Record<Status, string> = { brouillon: 'brouillon', depose: 'déposé', recevable: 'recevable', irrecevable: 'irrecevable' };

/**
 * Null when the change is allowed, else why not, in French. A file declared irrecevable must say
 * why (the provider is told), and so must any step back: undoing a decision is traced, never silent.
 */
export function statusChangeProblem(from: Status, to: Status, reason: string): string | null {
  if (from === to) return `Le dossier est déjà ${LABELS[to]}.`;
  if (!NEXT[from].includes(to)) return `Un dossier ${LABELS[from]} ne peut pas passer directement à ${LABELS[to]}.`;
  const hasReason = reason.trim().length > 0;
  if (to === 'irrecevable' && !hasReason) return 'Indiquez le motif de l’irrecevabilité.';
  const isStepBack = from === 'recevable' || from === 'irrecevable' || (from === 'depose' && to === 'brouillon');
  if (isStepBack && !hasReason) return `Indiquez pourquoi le dossier revient de ${LABELS[from]} à ${LABELS[to]}.`;
  return null;
}
