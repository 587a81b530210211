// Addresses, colours and French wording of the convention screens, so the list, the page and the session agree.
import { formatFrenchDate, isIsoDate } from '../../../../core/domain/french-parsing.ts';
import { formatEuros } from '../../../../core/domain/money.ts';
import type { ConventionStatus } from '../../../../core/service/conventions/conventions-api.ts';

export const CONVENTIONS_PATH = '/conventions';
export const conventionPath = (id: number) => `${CONVENTIONS_PATH}/${id}`;
/** The list filtered on the conventions drafted from one session. */
export const sessionConventionsPath = (sessionId: number) => `${CONVENTIONS_PATH}?seance=${sessionId}`;

/** Grey while drafted, blue at the board, green once signed and running, dark when over, red or orange when ended early. */
export const CONVENTION_STATUS_COLORS: Record<ConventionStatus, string> = {
  brouillon: 'gray',
  presentee_ca: 'pacte',
  validee_ca: 'indigo',
  signee: 'teal',
  en_cours: 'teal',
  soldee: 'green',
  cloturee: 'dark',
  resiliee: 'red',
  abandonnee: 'orange',
};

/** Mantine's light words fall below 4.5:1 on their tint at badge size (RGAA asks for AA): darker words. */
export const CONVENTION_STATUS_TEXT: Record<ConventionStatus, string> = {
  brouillon: '#373a40',
  presentee_ca: '#184068',
  validee_ca: '#2b3990',
  signee: '#0b5e45',
  en_cours: '#0b5e45',
  soldee: '#1f5f1f',
  cloturee: '#1a1b1e',
  resiliee: '#a51111',
  abandonnee: '#853200',
};

/** A status inside a sentence: "présentée au CA" (the label's first letter only, the CA stays in capitals). */
export function statusInSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "12/03/2018", or a dash while the date is not known. */
export function showDate(iso: string | null | undefined): string {
  return iso && isIsoDate(iso.slice(0, 10)) ? formatFrenchDate(iso.slice(0, 10)) : '—';
}

/** The amount, or a dash for nothing at all (a table reads faster without rows of "0,00 €"). */
export function showCents(cents: number, zero = '—'): string {
  return cents === 0 ? zero : formatEuros(cents);
}

/** "1 convention", "2 000 conventions". */
export function conventionCount(total: number): string {
  return `${total.toLocaleString('fr-FR')} convention${total > 1 ? 's' : ''}`;
}

/** Basis points as a French percentage: 7000 → "70 %", 3333 → "33,33 %". */
export function formatBasisPoints(bp: number): string {
  return `${(bp / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 })}\u00A0%`;
}

/** Amounts and dates: on one line, digits aligned from row to row. */
export const figureStyle = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

/** Today where the app runs, as 'YYYY-MM-DD' (the default of a date field). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
