// Addresses, colours and wording of the bilan screens, so the list, the page and the convention agree.
import type { BilanStatus } from '../../../../core/service/bilans/bilans-api.ts';
import { BILANS_PATH } from '../indicators/indicators-tabs.tsx';

/** A bilan with a row has its id; an expected one without a row is reached by its convention and year. */
export function bilanPath(bilan: { id: number | null; conventionId: number; year: number }): string {
  return bilan.id === null ? `${BILANS_PATH}/nouveau?convention=${bilan.conventionId}&annee=${bilan.year}` : `${BILANS_PATH}/${bilan.id}`;
}

/** Grey while expected, blue when received, orange when incomplete, green validated, red rejected, dark dispensed. */
export const BILAN_STATUS_COLORS: Record<BilanStatus, string> = {
  attendu: 'gray',
  recu: 'pacte',
  incomplet: 'orange',
  valide: 'green',
  rejete: 'red',
  dispense: 'dark',
};

/** Darker words than Mantine's light ones, for 4.5:1 on their tint (as the conventions' badges). */
export const BILAN_STATUS_TEXT: Record<BilanStatus, string> = {
  attendu: '#373a40',
  recu: '#184068',
  incomplet: '#853200',
  valide: '#1f5f1f',
  rejete: '#a51111',
  dispense: '#1a1b1e',
};

export const LATE_COLOR = '#a51111';
