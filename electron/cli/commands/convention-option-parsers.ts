// Option values of the convention, payment and recovery commands (amounts, years, percentages), read the
// French way and refused in French before the database is opened.
import { AppError } from '../../../core/domain/app-error.ts';
import { parseFrenchNumber } from '../../../core/domain/french-parsing.ts';
import { formatEuros, parseEuros } from '../../../core/domain/money.ts';

export type YearAmount = { year: number; amountCents: number };

/** "8 641,97", "12 000 €": integer cents, never negative. */
export function euros(option: string) {
  return (value: string): number => {
    const reading = parseEuros(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    if (reading.cents < 0) throw new AppError('validation', `${option} : le montant ne peut pas être négatif (« ${value.trim()} »).`);
    return reading.cents;
  };
}

/** A calendar year of a convention, four digits. */
export function calendarYear(option: string) {
  return (value: string): number => {
    const year = Number(value);
    if (!/^\d{4}$/u.test(value.trim()) || year < 2000 || year > 2100) throw new AppError('validation', `${option} : « ${value} » n’est pas une année (AAAA).`);
    return year;
  };
}

/**
 * "--annee 2018=12 000 2019=13 000", or the option repeated: the amount of each year, in the order typed.
 * Commander passes the values gathered so far as `previous` (undefined for the first one).
 */
export function yearAmounts(option: string) {
  const readYear = calendarYear(option);
  const readAmount = euros(option);
  return (value: string, previous: YearAmount[] | undefined): YearAmount[] => {
    const match = /^\s*(\d+)\s*=\s*(.+)$/u.exec(value);
    if (!match) throw new AppError('validation', `${option} : « ${value} » (attendu ANNÉE=MONTANT, par exemple 2018=12 000).`);
    const year = readYear(match[1] ?? '');
    if ((previous ?? []).some((entry) => entry.year === year)) throw new AppError('validation', `${option} : l’année ${year} est donnée deux fois.`);
    return [...(previous ?? []), { year, amountCents: readAmount(match[2] ?? '') }];
  };
}

/** "70", "62,5": a percentage between 0 and 100. */
export function percentage(option: string) {
  return (value: string): number => {
    const reading = parseFrenchNumber(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    if (reading.value < 0 || reading.value > 100) throw new AppError('validation', `${option} : « ${value} » n’est pas un pourcentage entre 0 et 100.`);
    return reading.value;
  };
}

/** When both --montant and --annee are given, they must agree: the years are what is saved. */
export function checkTotalMatchesYears(total: number | undefined, years: readonly YearAmount[] | undefined): void {
  if (total === undefined || years === undefined) return;
  const sum = years.reduce((acc, entry) => acc + entry.amountCents, 0);
  if (sum !== total) throw new AppError('validation', `--montant et --annee ne concordent pas : les années font ${formatEuros(sum)}, le montant indiqué est ${formatEuros(total)}.`);
}
