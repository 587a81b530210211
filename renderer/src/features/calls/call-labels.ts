// French words and formats of the call screens, kept in one place so the list, form and detail agree.
import { formatFrenchDate } from '../../../../core/domain/french-parsing.ts';
import type { CallStatus, CallSummary, PactSummary } from '../../../../core/service/api.ts';

/** Grey while it is being prepared, green while providers may apply, dark once closed. */
export const CALL_STATUS_COLORS: Record<CallStatus, string> = { preparation: 'gray', ouvert: 'teal', clos: 'dark' };

export const CALLS_PATH = '/appels-a-projets';
export const callPath = (id: number) => `${CALLS_PATH}/${id}`;
export const callEditPath = (id: number) => `${CALLS_PATH}/${id}/modifier`;

/** "du 01/09/2017 au 15/10/2017", or what is known of it when a date is still open. */
export function formatCallPeriod(call: Pick<CallSummary, 'opensOn' | 'closesOn'>): string | null {
  const { opensOn, closesOn } = call;
  if (opensOn && closesOn) return `du ${formatFrenchDate(opensOn)} au ${formatFrenchDate(closesOn)}`;
  if (opensOn) return `à partir du ${formatFrenchDate(opensOn)}`;
  if (closesOn) return `jusqu’au ${formatFrenchDate(closesOn)}`;
  return null;
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A lever's part of the whole envelope, "11,9 %"; nothing to say when the envelope is zero. */
export function formatShare(partCents: number, totalCents: number): string {
  return totalCents > 0 ? percent.format(partCents / totalCents).replace(/[\u202F\u00A0]/gu, '\u00A0') : '—';
}

/** The host's rule (db resolvePactId): the pact whose period holds the year, else the latest loaded. */
export function pactInForce(pacts: PactSummary[], year: number | null): PactSummary | undefined {
  const inForce = year === null ? undefined : pacts.filter((pact) => pact.periodStart <= year && year <= pact.periodEnd).at(-1);
  return inForce ?? pacts.at(-1);
}
