// Addresses, colours and French wording of the application screens, so list, form and detail agree.
import type { ApplicationStatus } from '../../../../core/service/api.ts';

export const APPLICATIONS_PATH = '/dossiers';
export const applicationPath = (id: number) => `${APPLICATIONS_PATH}/${id}`;
export const applicationEditPath = (id: number) => `${APPLICATIONS_PATH}/${id}/modifier`;

/** The form's address, prefilled with a call and/or a provider when opened from their pages. */
export function newApplicationPath(prefill: { callId?: number; providerId?: number } = {}): string {
  const params = new URLSearchParams();
  if (prefill.callId !== undefined) params.set('appel', String(prefill.callId));
  if (prefill.providerId !== undefined) params.set('prestataire', String(prefill.providerId));
  const query = params.toString();
  return `${APPLICATIONS_PATH}/nouveau${query === '' ? '' : `?${query}`}`;
}

/** Grey while written, blue once filed, green or red once judged; the word carries the meaning. */
export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  brouillon: 'gray',
  depose: 'pacte',
  recevable: 'teal',
  irrecevable: 'red',
};

/** Mantine's light teal and red words fall below 4.5:1 on their tint (RGAA asks for AA): darker words. */
export const APPLICATION_STATUS_TEXT: Partial<Record<ApplicationStatus, string>> = { recevable: 'teal.9', irrecevable: 'red.9' };

/** "1 dossier", "2 000 dossiers". */
export function applicationCount(total: number): string {
  return `${total.toLocaleString('fr-FR')} dossier${total > 1 ? 's' : ''}`;
}

/** A positive integer from an address or a query parameter, or null when absent or mistyped. */
export function parseId(text: string | null | undefined): number | null {
  if (text === undefined || text === null || !/^[1-9]\d{0,15}$/u.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** "28/11/2026 17:40": the history's dates, short enough for a table column. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' });

/** "28/11/2026": the day an instant falls on where the app runs (the list's "Modifié le" column). */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "57,1 %", with a no-break space (Intl's narrow one is missing from some fonts). */
export function formatPercent(ratio: number): string {
  return percent.format(ratio).replace(/[\u202F\u00A0]/gu, '\u00A0');
}

/** Territory names already say "(QPV)" for priority areas; the badge is added only where they do not. */
export function needsQpvBadge(territory: { name: string; isPriority: boolean }): boolean {
  return territory.isPriority && !/\bQPV\b/u.test(territory.name);
}
