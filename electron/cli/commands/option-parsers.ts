// Option values typed the French way, refused in French before anything is opened or written.
import { AppError } from '../../../core/domain/app-error.ts';
import { parseFrenchDate } from '../../../core/domain/french-parsing.ts';

export function positiveInteger(option: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new AppError('validation', `${option} : « ${value} » n'est pas un numéro (entier positif).`);
    return number;
  };
}

/**
 * For an option given several times (or with several values): the numbers, in the order typed.
 * Commander passes the option's default as `previous` for the first value, undefined when it has none.
 */
export function positiveIntegers(option: string) {
  const parse = positiveInteger(option);
  return (value: string, previous: number[] | undefined): number[] => [...(previous ?? []), parse(value)];
}

export function frenchDate(option: string) {
  return (value: string): string => {
    const reading = parseFrenchDate(value);
    if (!reading.ok) throw new AppError('validation', `${option} : ${reading.message}`);
    return reading.value;
  };
}

export function printJson(stdout: (text: string) => void, value: unknown): void {
  stdout(`${JSON.stringify(value, null, 2)}\n`);
}
