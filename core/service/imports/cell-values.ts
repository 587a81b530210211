// Reads one cell of an imported sheet: text from a CSV, or a typed value from Excel (a number, a
// date). Strict like the rest of the French parsing: a value we are not sure of is refused, in French.
import { parseFrenchDate, parseFrenchNumber, type Reading } from '../../domain/french-parsing.ts';
import { parseEuros } from '../../domain/money.ts';
import { toSearchText } from '../../domain/text.ts';

export type CellValue = string | number | Date | null;

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const fail = (message: string): Reading<never> => ({ ok: false, message });

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function isoOfDate(date: Date): string {
  // Excel dates come back as UTC midnights; a time of day, if any, is not part of the date.
  return date.toISOString().slice(0, 10);
}

/** Any cell as trimmed text; a date is written the French way, a number without grouping. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) {
    const [year, month, day] = isoOfDate(value).split('-');
    return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
  }
  return typeof value === 'number' ? String(value) : value.trim();
}

/**
 * An identifier or code typed in a cell Excel took for a number: its leading zeros are gone
 * (code postal 05000 → 5000, téléphone 0299… → 299…), so they are put back up to the usual width.
 */
export function cellCode(value: CellValue, width?: number): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && width !== undefined) {
    return String(value).padStart(width, '0');
  }
  return cellText(value);
}

/** A whole number of people: "40", "1 200", or an Excel number. */
export function cellCount(value: CellValue): Reading<number | null> {
  if (isBlank(value)) return ok(null);
  if (value instanceof Date) return fail(`Nombre attendu, et non une date (${cellText(value)}).`);
  const reading = typeof value === 'number' ? ok(value) : parseFrenchNumber(value ?? '');
  if (!reading.ok) return reading;
  return Number.isInteger(reading.value) ? reading : fail(`Nombre entier attendu : « ${cellText(value)} ».`);
}

/** A date typed jj/mm/aaaa, written as an Excel date, or left as an Excel serial number. */
export function cellDate(value: CellValue): Reading<string | null> {
  if (isBlank(value)) return ok(null);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail('Date illisible.') : parseFrenchDate(isoOfDate(value));
  }
  return parseFrenchDate(value ?? '');
}

/** An amount in euros as integer cents: "12 345,67", "12 345,67 €", or an Excel number of euros. */
export function cellEuros(value: CellValue): Reading<number | null> {
  if (isBlank(value)) return ok(null);
  if (value instanceof Date) return fail(`Montant illisible : une date (${cellText(value)}) au lieu d’un montant.`);
  if (typeof value === 'number') {
    const cents = Math.round(value * 100);
    // An Excel number holds euros in binary floating point: 0,1 € is 0.1000000000000000055…; more than
    // a rounding error away from whole cents means a third decimal was typed.
    if (!Number.isSafeInteger(cents) || Math.abs(value * 100 - cents) > 1e-6) {
      return fail(`Montant illisible : « ${String(value)} » (deux décimales au plus).`);
    }
    return ok(cents === 0 ? 0 : cents);
  }
  const reading = parseEuros(value ?? '');
  return reading.ok ? ok(reading.cents) : fail(reading.message);
}

const YES = new Set(['oui', 'o', 'vrai', 'x', '1', 'yes', 'true']);
const NO = new Set(['non', 'n', 'faux', '0', 'no', 'false']);

export function cellYesNo(value: CellValue): Reading<boolean | null> {
  if (isBlank(value)) return ok(null);
  const word = toSearchText(cellText(value)).trim();
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return fail(`Réponse attendue « oui » ou « non » : « ${cellText(value)} ».`);
}

/** The items of a cell listing several values ("a, b ; c"); blanks dropped. */
export function cellList(value: CellValue, separator: RegExp = /[,;]/u): string[] {
  return cellText(value)
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The key of a value given by its key or its label, compared in search form (case, accents and
 * punctuation ignored): "Structure d'insertion…", "SIAE" and "siae" all name `siae`.
 */
export function choiceKey<K extends string>(text: string, labels: Readonly<Record<K, string>>, extra: Readonly<Record<string, K>> = {}): K | null {
  const wanted = toSearchText(text);
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    if (toSearchText(key) === wanted || toSearchText(label) === wanted) return key;
  }
  for (const [name, key] of Object.entries(extra)) {
    if (toSearchText(name) === wanted) return key;
  }
  return null;
}
