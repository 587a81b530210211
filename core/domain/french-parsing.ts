// Numbers and dates typed the French way (forms, CSV and Excel files from French offices), read
// strictly: a value we are not sure of is refused with a French message, never guessed.

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

/** The parts of a decimal written in French, kept as digit strings so that money stays exact. */
export type FrenchDecimal = { negative: boolean; integer: string; fraction: string };

export type DecimalReading = { ok: true; value: FrenchDecimal } | { ok: false; reason: 'unreadable' | 'ambiguous' };

// Space, no-break space (U+00A0), narrow no-break space (U+202F, what Intl fr-FR writes) and thin
// space (U+2009): all are used as thousands separators in French documents.
const GROUP_SEPARATOR = '[ \\u00A0\\u202F\\u2009]';
const INTEGER = `(\\d+|\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+)`;
const SPACE_GROUPED = new RegExp(`^${INTEGER}(?:([,.])(\\d+))?$`, 'u');
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/u;
// "1.234" reads as 1234 to a French eye and as 1.234 to a program: refuse rather than pick one.
const AMBIGUOUS_DOT = /^[1-9]\d{0,2}\.\d{3}$/u;

/**
 * Splits a French decimal into sign, integer digits and fraction digits. Accepts a decimal comma,
 * thousands grouped by spaces (any kind) or by dots ("1.234,5", "1.234.567"), and a decimal dot
 * when it cannot be a thousands separator ("12.5", "1234.567"; not "1.234").
 */
export function readFrenchDecimal(text: string): DecimalReading {
  const signed = /^([-\u2212+])?\s*(.*)$/su.exec(text.trim());
  const sign = signed?.[1];
  const body = signed?.[2] ?? '';
  const negative = sign === '-' || sign === '\u2212';
  if (AMBIGUOUS_DOT.test(body)) return { ok: false, reason: 'ambiguous' };
  const spaced = SPACE_GROUPED.exec(body);
  if (spaced) {
    return { ok: true, value: { negative, integer: (spaced[1] ?? '').replace(/\D/gu, ''), fraction: spaced[3] ?? '' } };
  }
  const dotted = DOT_GROUPED.exec(body);
  // A single dot group without a decimal comma was refused as ambiguous above.
  if (dotted) return { ok: true, value: { negative, integer: (dotted[1] ?? '').replace(/\./gu, ''), fraction: dotted[2] ?? '' } };
  return { ok: false, reason: 'unreadable' };
}

/** A French number ("1 234,5", "-0,25", "1.234,5", "12.5") as a JavaScript number. */
export function parseFrenchNumber(text: string): Reading<number> {
  const reading = readFrenchDecimal(text);
  if (!reading.ok) {
    return reading.reason === 'ambiguous'
      ? { ok: false, message: `Nombre ambigu : « ${text.trim()} » (le point sépare-t-il les milliers ou les décimales ? écrivez par exemple 1234 ou 1,234).` }
      : { ok: false, message: `Nombre illisible : « ${text.trim()} » (attendu par exemple 1 234,5).` };
  }
  const { negative, integer, fraction } = reading.value;
  const value = Number(`${negative ? '-' : ''}${integer}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, message: `Nombre trop grand : « ${text.trim()} ».` };
  // "-0" typed in a cell is zero; a signed zero would only surprise comparisons downstream.
  return { ok: true, value: value === 0 ? 0 : value };
}

// Dates are refused outside these years: a year like 0202 or 2202 is a typo in this domain
// (calls, applications and conventions of a social-action body).
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const FRENCH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const TWO_DIGIT_YEAR = /^\d{1,2}([/.-])\d{1,2}\1\d{2}$/u;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no time zone can shift it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO form of a calendar date, or null when the date does not exist. */
function isoIfReal(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for an existing calendar date written "YYYY-MM-DD" within the accepted years. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR && isoIfReal(year, Number(match[2]), Number(match[3])) === text;
}

// Excel's 1900 date system counts day 1 as 1900-01-01 but, copying a Lotus 1-2-3 bug, believes
// 1900 was a leap year: serial 60 is the non-existent 29/02/1900 and every later serial is one day
// ahead of a plain count. Hence two epochs, one on each side of the phantom day.
const DAY_MS = 86_400_000;
const EPOCH_BEFORE_PHANTOM = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_PHANTOM = Date.UTC(1899, 11, 30);
const PHANTOM_SERIAL = 60;
const LAST_SERIAL = Math.round((Date.UTC(MAX_YEAR, 11, 31) - EPOCH_AFTER_PHANTOM) / DAY_MS);

/**
 * The ISO date of an Excel serial day number (1900 date system, what French Excel writes). A
 * fractional part is a time of day and is dropped: a date cell sometimes carries one.
 */
export function excelSerialToIsoDate(serial: number): Reading<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) {
    return { ok: false, message: `Date illisible : numéro de série Excel ${String(serial)} hors des années ${MIN_YEAR} à ${MAX_YEAR}.` };
  }
  const day = Math.floor(serial);
  if (day === PHANTOM_SERIAL) {
    return { ok: false, message: 'Date impossible : numéro de série Excel 60 (le 29/02/1900 n’a pas existé).' };
  }
  const epoch = day < PHANTOM_SERIAL ? EPOCH_BEFORE_PHANTOM : EPOCH_AFTER_PHANTOM;
  return { ok: true, value: new Date(epoch + day * DAY_MS).toISOString().slice(0, 10) };
}

/** The Excel serial day number of an ISO date (1900 date system), for writing date cells. */
export function isoDateToExcelSerial(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date within ${MIN_YEAR}–${MAX_YEAR}: ${iso}`);
  const time = Date.parse(`${iso}T00:00:00Z`);
  const afterPhantom = Math.round((time - EPOCH_AFTER_PHANTOM) / DAY_MS);
  return afterPhantom > PHANTOM_SERIAL ? afterPhantom : Math.round((time - EPOCH_BEFORE_PHANTOM) / DAY_MS);
}

/**
 * A date as typed in France — "jj/mm/aaaa", "j/m/aaaa", "jj-mm-aaaa", "jj.mm.aaaa" — or ISO
 * "aaaa-mm-jj", or an Excel serial day number, as ISO "YYYY-MM-DD". Two-digit years are refused:
 * "01/02/24" could be 1924 or 2024, and the manager must say which.
 */
export function parseFrenchDate(input: string | number): Reading<string> {
  if (typeof input === 'number') return excelSerialToIsoDate(input);
  const text = input.trim();
  const french = FRENCH_DATE.exec(text);
  const iso = french ? null : ISO_DATE.exec(text);
  if (!french && !iso) {
    if (TWO_DIGIT_YEAR.test(text)) {
      return { ok: false, message: `Date ambiguë : « ${text} » (écrivez l’année sur 4 chiffres, jj/mm/aaaa).` };
    }
    return { ok: false, message: `Date illisible : « ${text} » (attendu jj/mm/aaaa).` };
  }
  const [year, month, day] = french
    ? [Number(french[4]), Number(french[3]), Number(french[1])]
    : [Number(iso?.[1]), Number(iso?.[2]), Number(iso?.[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `Date hors limites : « ${text} » (années ${MIN_YEAR} à ${MAX_YEAR}).` };
  }
  const value = isoIfReal(year, month, day);
  return value === null ? { ok: false, message: `Date impossible : « ${text} ».` } : { ok: true, value };
}

/** "2024-03-01" → "01/03/2024". */
export function formatFrenchDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date within ${MIN_YEAR}–${MAX_YEAR}: ${iso}`);
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * "2017-12-15" (or an instant starting so) → "15 décembre 2017", "1er mars 2018": the way minutes and
 * letters date things. Anything else is returned as given, so that a screen never breaks on it.
 */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  const day = Number(match[3]);
  return `${day === 1 ? '1er' : String(day)} ${month} ${match[1]}`;
}
