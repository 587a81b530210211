// A date as a person types it in a date field of the app, read the French way (jj/mm/aaaa) whatever
// the browser's locale; the field then shows it back as jj/mm/aaaa and keeps the ISO 'YYYY-MM-DD'.
import { parseFrenchDate } from './french-parsing.ts';

// "03122026": eight digits typed without separators, day first as on every French form. Six digits
// ("031226") are refused like any two-digit year.
const COMPACT_DATE = /^(\d{2})(\d{2})(\d{4})$/u;

function expand(text: string): string {
  const trimmed = text.trim();
  const compact = COMPACT_DATE.exec(trimmed);
  return compact ? `${compact[1] ?? ''}/${compact[2] ?? ''}/${compact[3] ?? ''}` : trimmed;
}

/**
 * The ISO date of a date as typed — "03/12/2026", "3/12/2026", "03-12-2026", "03.12.2026",
 * "03122026" or ISO "2026-12-03" — or null while the text is not (yet) a real date.
 */
export function readTypedFrenchDate(text: string): string | null {
  const reading = parseFrenchDate(expand(text));
  return reading.ok ? reading.value : null;
}

/** Why a typed text is not a date, in French, for the person to correct it; '' when it is one. */
export function typedFrenchDateProblem(text: string): string {
  const reading = parseFrenchDate(expand(text));
  return reading.ok ? '' : reading.message;
}
