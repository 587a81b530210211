// The life of a yearly bilan: expected (attendu) until the provider's content is saved (reçu), then
// validated, found incomplete or rejected by the manager; an expected or incomplete bilan may be
// dispensed. Saving new content on an incomplete or rejected bilan makes it received again.
import type { BILAN_STATUSES } from './indicator-enums.ts';

export type BilanStatus = (typeof BILAN_STATUSES)[number];

export const BILAN_STATUS_LABELS: Record<BilanStatus, string> = {
  attendu: 'Attendu',
  recu: 'Reçu',
  incomplet: 'Incomplet',
  valide: 'Validé',
  rejete: 'Rejeté',
  dispense: 'Dispensé',
};

/** The manager's acts on a bilan; 'receive' is the saving of its content (bilans.saveContent). */
export type BilanAct = 'receive' | 'validate' | 'reject' | 'markIncomplete' | 'dispense';

export const BILAN_ACT_LABELS: Record<BilanAct, string> = {
  receive: 'Bilan reçu',
  validate: 'Bilan validé',
  reject: 'Bilan rejeté',
  markIncomplete: 'Bilan incomplet',
  dispense: 'Bilan dispensé',
};

/** From which statuses each act may start, and where it leads. */
export const BILAN_TRANSITIONS: Record<BilanAct, { from: readonly BilanStatus[]; to: BilanStatus }> = {
  receive: { from: ['attendu', 'recu', 'incomplet', 'rejete'], to: 'recu' },
  validate: { from: ['recu'], to: 'valide' },
  reject: { from: ['recu'], to: 'rejete' },
  markIncomplete: { from: ['recu'], to: 'incomplet' },
  dispense: { from: ['attendu', 'incomplet'], to: 'dispense' },
};

/** Acts whose reason is required (it is printed on the fiche and sent back to the provider). */
export const BILAN_ACTS_NEEDING_REASON: readonly BilanAct[] = ['reject', 'markIncomplete', 'dispense'];

export function canApplyBilanAct(act: BilanAct, from: BilanStatus): boolean {
  return BILAN_TRANSITIONS[act].from.includes(from);
}

/** Why the act is refused from this status, in French, or null when it is allowed. */
export function bilanActRefusal(act: BilanAct, from: BilanStatus, year: number): string | null {
  if (canApplyBilanAct(act, from)) return null;
  const status = BILAN_STATUS_LABELS[from].toLowerCase();
  switch (act) {
    case 'validate':
      return from === 'attendu' || from === 'incomplet' || from === 'rejete'
        ? `le bilan ${year} n’est pas reçu : importez le classeur du porteur ou saisissez-le`
        : `le bilan ${year} est déjà ${status}`;
    case 'reject':
    case 'markIncomplete':
      return `seul un bilan reçu peut être ${act === 'reject' ? 'rejeté' : 'déclaré incomplet'} (le bilan ${year} est ${status})`;
    case 'dispense':
      return `seul un bilan attendu ou incomplet peut être dispensé (le bilan ${year} est ${status})`;
    case 'receive':
      return `le bilan ${year} est ${status} : son contenu ne peut plus changer`;
  }
}

/** Statuses a convention year's bilan may still move from. */
export function isBilanOpen(status: BilanStatus): boolean {
  return status !== 'valide' && status !== 'dispense';
}
