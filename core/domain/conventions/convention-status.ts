// The life of a funding convention: brouillon → présentée au CA → validée par le CA → signée → en cours
// → soldée → clôturée, with two branches (résiliée, abandonnée) that need a reason.

export const CONVENTION_STATUS_LABELS = {
  brouillon: 'Brouillon',
  presentee_ca: 'Présentée au CA',
  validee_ca: 'Validée par le CA',
  signee: 'Signée',
  en_cours: 'En cours',
  soldee: 'Soldée',
  cloturee: 'Clôturée',
  resiliee: 'Résiliée',
  abandonnee: 'Abandonnée',
} as const;

export type ConventionStatus = keyof typeof CONVENTION_STATUS_LABELS;
export const CONVENTION_STATUS_KEYS = Object.keys(CONVENTION_STATUS_LABELS) as [ConventionStatus, ...ConventionStatus[]];

const NEXT: Readonly<Record<ConventionStatus, readonly ConventionStatus[]>> = {
  brouillon: ['presentee_ca', 'abandonnee'],
  presentee_ca: ['validee_ca', 'brouillon', 'abandonnee'],
  validee_ca: ['signee', 'abandonnee'],
  signee: ['en_cours', 'resiliee'],
  en_cours: ['soldee', 'resiliee'],
  soldee: ['cloturee', 'en_cours'],
  cloturee: [],
  resiliee: ['cloturee'],
  abandonnee: [],
};

/** A status that needs a reason to be reached: a branch, or a step back. */
const REASON_NEEDED = new Set<ConventionStatus>(['resiliee', 'abandonnee']);

export function nextConventionStatuses(from: ConventionStatus): readonly ConventionStatus[] {
  return NEXT[from];
}

/** Null when the change is allowed by the machine, else why not, in French. */
export function conventionStatusChangeProblem(from: ConventionStatus, to: ConventionStatus, reason = ''): string | null {
  const label = (status: ConventionStatus) => CONVENTION_STATUS_LABELS[status].toLowerCase();
  if (from === to) return `La convention est déjà au statut « ${label(to)} ».`;
  if (!NEXT[from].includes(to)) return `Une convention au statut « ${label(from)} » ne peut pas passer au statut « ${label(to)} ».`;
  if ((REASON_NEEDED.has(to) || (from === 'presentee_ca' && to === 'brouillon')) && reason.trim() === '') {
    return `Indiquez le motif (passage au statut « ${label(to)} »).`;
  }
  return null;
}

/** The amount, years and schedule of a convention may change freely only until the board validates it. */
export function isAmountEditable(status: ConventionStatus): boolean {
  return status === 'brouillon' || status === 'presentee_ca';
}

/** Money may be paid once the act is signed, and until it is closed or ended. */
export function acceptsPayments(status: ConventionStatus): boolean {
  return status === 'signee' || status === 'en_cours';
}

/** An avenant amends a convention in force: signed and not yet closed. */
export function acceptsAvenant(status: ConventionStatus): boolean {
  return status === 'signee' || status === 'en_cours' || status === 'soldee';
}

/** A convention that counts toward the provider's yearly total (the 23 000 € rule). */
export function countsTowardThreshold(status: ConventionStatus): boolean {
  return status !== 'abandonnee';
}
