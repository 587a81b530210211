// Identifiers of a provider as the French administration issues them (SIREN/SIRET from INSEE,
// RNA from the prefectures) and its contact details, checked before anything is stored.
import { z } from 'zod';

export type Validation<K extends string> = ({ ok: true } & Record<K, string>) | { ok: false; message: string };

/** True when the digits pass the Luhn check (every second digit from the right doubled). */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/u.test(digits)) return false;
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight += 1) {
    const digit = Number(digits[digits.length - 1 - fromRight]);
    const weighted = fromRight % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/** The digit to append to `digits` so that the whole passes the Luhn check (demo data, tests). */
export function luhnCheckDigit(digits: string): number {
  for (let candidate = 0; candidate <= 9; candidate += 1) {
    if (isLuhnValid(`${digits}${candidate}`)) return candidate;
  }
  throw new RangeError(`Not a string of digits: ${digits}`);
}

// La Poste registered all its establishments under one SIREN and ran out of SIRETs whose Luhn key
// works; INSEE then numbered them so that the sum of the 14 digits is a multiple of 5 instead.
// Its head office (00048) kept an ordinary Luhn key.
export const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

/**
 * True when a 14-digit SIRET carries valid keys: its SIREN's own Luhn key and the Luhn key of the 14
 * digits (La Poste's establishments: the sum rule). The national validators (Validata, python-stdnum)
 * check both, so a SIRET the app accepts is one the open-data export can publish.
 */
export function isSiretKeyValid(siret: string): boolean {
  if (!/^\d{14}$/u.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE) return digitSum(siret) % 5 === 0;
  return isLuhnValid(siret.slice(0, 9)) && isLuhnValid(siret);
}

/** A SIRET with both keys from 8 digits of SIREN and a 4-digit establishment number (demo data, tests). */
export function siretWithKeys(sirenStem: string, establishment: string): string {
  const siren = `${sirenStem}${luhnCheckDigit(sirenStem)}`;
  const stem = `${siren}${establishment}`;
  return `${stem}${luhnCheckDigit(stem)}`;
}

const withoutSpaces = (input: string): string => input.replace(/\s+/gu, '');

/** The 14 digits of a SIRET typed with or without spaces ("123 456 789 00012"), or null. */
export function normalizeSiret(input: string): string | null {
  const digits = withoutSpaces(input);
  return /^\d{14}$/u.test(digits) ? digits : null;
}

export function validateSiret(input: string): Validation<'siret'> {
  const siret = normalizeSiret(input);
  if (siret === null) return { ok: false, message: 'Le SIRET doit compter 14 chiffres.' };
  if (!isSiretKeyValid(siret)) return { ok: false, message: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.' };
  return { ok: true, siret };
}

/** The 9 digits of a SIREN typed with or without spaces, or null. */
export function normalizeSiren(input: string): string | null {
  const digits = withoutSpaces(input);
  return /^\d{9}$/u.test(digits) ? digits : null;
}

export function validateSiren(input: string): Validation<'siren'> {
  const siren = normalizeSiren(input);
  if (siren === null) return { ok: false, message: 'Le SIREN doit compter 9 chiffres.' };
  if (!isLuhnValid(siren)) return { ok: false, message: 'Clé de contrôle du SIREN invalide : vérifiez les chiffres.' };
  return { ok: true, siren };
}

/** "12345678900012" → "123 456 789 00012", the way INSEE prints it. */
export function formatSiret(siret: string): string {
  return siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/u, '$1 $2 $3 $4');
}

/** The SIREN (the legal unit) of a SIRET (one of its establishments). */
export function sirenOfSiret(siret: string): string {
  return siret.slice(0, 9);
}

// RNA numbers given since 2010 are "W" + 9 characters; the first two after W code the prefecture,
// so Corsica and overseas ones carry a letter there (W2A…, W2B…, W9R…). The older "numéro de
// préfecture" of associations declared before the RNA is out of scope.
const RNA = /^W\d[\dA-Z]\d{7}$/u;

/** An RNA number typed in any case, with or without spaces, as "W" + 9 characters, or null. */
export function normalizeRna(input: string): string | null {
  const compact = withoutSpaces(input).toUpperCase();
  return RNA.test(compact) ? compact : null;
}

export function validateRna(input: string): Validation<'rna'> {
  const rna = normalizeRna(input);
  if (rna === null) {
    return { ok: false, message: 'Le numéro RNA doit commencer par W suivi de 9 chiffres (par exemple W352012345).' };
  }
  return { ok: true, rna };
}

// Separators people put in phone numbers: spaces (any kind), dots, dashes.
const PHONE_SEPARATORS = /[\s.-]+/gu;

/**
 * A French phone number — 10 digits starting with 0, or +33 and 9 digits — written with spaces,
 * dots or dashes, as "02 23 62 10 10"; null otherwise.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(PHONE_SEPARATORS, '');
  const national = /^\+33[1-9]\d{8}$/u.test(compact) ? `0${compact.slice(3)}` : compact;
  if (!/^0[1-9]\d{8}$/u.test(national)) return null;
  return national.replace(/(\d{2})(?=\d)/gu, '$1 ');
}

export function validatePhone(input: string): Validation<'phone'> {
  const phone = normalizePhone(input);
  if (phone === null) {
    return { ok: false, message: 'Numéro de téléphone invalide : 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres.' };
  }
  return { ok: true, phone };
}

// zod's e-mail rule: simple and conservative; whether the mailbox exists is not ours to know.
const EMAIL = z.email();

export function validateEmail(input: string): Validation<'email'> {
  const email = input.trim();
  if (!EMAIL.safeParse(email).success) return { ok: false, message: `Adresse e-mail invalide : « ${email} ».` };
  return { ok: true, email };
}
