// Instants (ISO 8601 UTC in the base) as the person reads them: on the clock of the machine the app runs
// on, which is also the one the screens use (the browser mode serves 127.0.0.1 only).
import { formatFrenchDate } from '../../domain/french-parsing.ts';

const two = (value: number) => String(value).padStart(2, '0');

function parsed(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO instant: ${iso}`);
  return date;
}

/** "2026-03-12": the local day an instant falls on (the list's "Modifié le"). */
export function localDay(iso: string): string {
  const date = parsed(iso);
  return `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** "12/03/2026 14:05". */
export function frenchDateTime(iso: string): string {
  const date = parsed(iso);
  return `${formatFrenchDate(localDay(iso))} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "12/03/2026 à 14:05", for a sentence. */
export function frenchDateAtTime(iso: string): string {
  return frenchDateTime(iso).replace(' ', ' à ');
}

/**
 * A Date whose UTC fields are the local wall clock: exceljs turns a Date into an Excel serial from its
 * UTC value, and a spreadsheet has no time zone, so 14:05 in Rennes must be written as 14:05.
 */
export function wallClock(iso: string): Date {
  const date = parsed(iso);
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));
}

/** A calendar date 'YYYY-MM-DD' as the Date exceljs writes as that very day. */
export function calendarDay(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (!match) throw new RangeError(`Not a calendar date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
