// A provider's identifiers are checked the way INSEE and the prefectures issue them: a SIRET with a
// wrong key, an RNA number or a phone number in a shape that cannot exist never reaches the base.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSiret,
  isLuhnValid,
  LA_POSTE_SIREN,
  luhnCheckDigit,
  normalizePhone,
  normalizeRna,
  normalizeSiret,
  sirenOfSiret,
  validateEmail,
  validatePhone,
  validateRna,
  validateSiren,
  validateSiret,
} from '../../core/domain/identifiers.ts';

/** The Luhn key written from its definition, independently of the app's: the digit that makes the sum a multiple of 10. */
function referenceLuhnKey(digits: string): number {
  const sum = [...digits]
    .reverse()
    .map((digit, fromRight) => (fromRight % 2 === 0 ? Number(digit) * 2 : Number(digit)))
    .reduce((total, value) => total + Math.floor(value / 10) + (value % 10), 0);
  return (10 - (sum % 10)) % 10;
}

const digitString = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
// La Poste numbers follow another rule, tested on its own below.
const ordinarySirenStem = digitString(8).filter((stem) => !LA_POSTE_SIREN.startsWith(stem));
/** 13 digits whose first 9 are a SIREN with its own key: the SIRET's key is what is left to compute. */
const ordinarySiretStem = fc.tuple(ordinarySirenStem, digitString(4)).map(([siren, establishment]) => `${siren}${referenceLuhnKey(siren)}${establishment}`);
const validSiret = ordinarySiretStem.map((stem) => `${stem}${referenceLuhnKey(stem)}`);
const SEPARATOR_OR_NOTHING = fc.constantFrom('', ' ', '  ', '\u00A0', '\u202F', '\t');
/** A digit string with random whitespace between its characters, as people type them. */
const withRandomSpaces = (digits: string) =>
  fc.array(SEPARATOR_OR_NOTHING, { minLength: digits.length + 1, maxLength: digits.length + 1 }).map((gaps) =>
    [...digits].map((digit, index) => `${gaps[index] ?? ''}${digit}`).join('') + (gaps[digits.length] ?? ''),
  );

describe('SIRET', () => {
  it('accepts real SIRETs, typed with or without spaces', () => {
    expect(validateSiret('732 829 320 00074')).toEqual({ ok: true, siret: '73282932000074' });
    expect(validateSiret('73282932000074')).toEqual({ ok: true, siret: '73282932000074' });
    expect(validateSiret(' 356\u00A0000\u00A0000\u00A000048 ')).toEqual({ ok: true, siret: '35600000000048' });
  });

  it('refuses a SIRET that does not count 14 digits, in French', () => {
    for (const input of ['', '7328293200007', '732829320000745', '7328293200007A', '732-829-320-00074']) {
      expect(validateSiret(input)).toEqual({ ok: false, message: 'Le SIRET doit compter 14 chiffres.' });
    }
  });

  it('refuses a SIRET whose Luhn key is wrong, in French', () => {
    expect(validateSiret('73282932000075')).toEqual({ ok: false, message: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.' });
  });

  it('checks La Poste establishments by their own rule: the sum of the 14 digits is a multiple of 5', () => {
    // Digit sum 15, Luhn sum 15: valid only by La Poste's rule.
    expect(isLuhnValid('35600000000001')).toBe(false);
    expect(validateSiret('35600000000001')).toEqual({ ok: true, siret: '35600000000001' });
    expect(validateSiret('35600000000002').ok).toBe(false);
    fc.assert(
      fc.property(digitString(5), (suffix) => {
        const siret = `${LA_POSTE_SIREN}${suffix}`;
        const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
        return siret === '35600000000048' || validateSiret(siret).ok === (digitSum % 5 === 0);
      }),
    );
  });

  it('keeps the ordinary Luhn key for the head office of La Poste', () => {
    expect(isLuhnValid('35600000000048')).toBe(true);
    expect(validateSiret('35600000000048').ok).toBe(true);
  });

  it('refuses a SIRET whose 14-digit key is right but whose SIREN key is wrong, as INSEE and the open-data validators do', () => {
    expect(isLuhnValid('73282932100072')).toBe(true);
    expect(validateSiret('73282932100072')).toEqual({ ok: false, message: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.' });
  });

  it('accepts any SIREN with its key, then 4 digits, followed by their computed Luhn key', () => {
    fc.assert(
      fc.property(ordinarySiretStem, (stem) => {
        expect(luhnCheckDigit(stem)).toBe(referenceLuhnKey(stem));
        return validateSiret(`${stem}${referenceLuhnKey(stem)}`).ok;
      }),
    );
  });

  it('refuses a valid SIRET with any single digit changed (Luhn detects every single-digit error)', () => {
    fc.assert(
      fc.property(validSiret, fc.nat({ max: 13 }), fc.integer({ min: 1, max: 9 }), (siret, position, shift) => {
        const changed = (Number(siret[position]) + shift) % 10;
        const typo = `${siret.slice(0, position)}${changed}${siret.slice(position + 1)}`;
        return !validateSiret(typo).ok;
      }),
    );
  });

  it('normalises a SIRET whatever the spaces typed, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(digitString(14).chain((digits) => fc.tuple(fc.constant(digits), withRandomSpaces(digits))), ([digits, typed]) => {
        expect(normalizeSiret(typed)).toBe(digits);
        return normalizeSiret(digits) === digits;
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (text) => {
      const once = normalizeSiret(text);
      return once === null || normalizeSiret(once) === once;
    }));
  });

  it('prints a SIRET the way INSEE does and gives its SIREN', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
    expect(sirenOfSiret('73282932000074')).toBe('732829320');
  });
});

describe('SIREN', () => {
  it('accepts 9 digits with a valid Luhn key and refuses the rest, in French', () => {
    expect(validateSiren('732 829 320')).toEqual({ ok: true, siren: '732829320' });
    expect(validateSiren(LA_POSTE_SIREN)).toEqual({ ok: true, siren: LA_POSTE_SIREN });
    expect(validateSiren('732829321')).toEqual({ ok: false, message: 'Clé de contrôle du SIREN invalide : vérifiez les chiffres.' });
    expect(validateSiren('73282932')).toEqual({ ok: false, message: 'Le SIREN doit compter 9 chiffres.' });
  });

  it('accepts any 8 digits followed by their Luhn key', () => {
    fc.assert(fc.property(digitString(8), (stem) => validateSiren(`${stem}${referenceLuhnKey(stem)}`).ok));
  });
});

describe('RNA', () => {
  it('accepts "W" and 9 characters in any case, with or without spaces, and writes it upper case', () => {
    expect(validateRna('W352012345')).toEqual({ ok: true, rna: 'W352012345' });
    expect(validateRna(' w352 012 345 ')).toEqual({ ok: true, rna: 'W352012345' });
  });

  it('accepts the prefecture codes of Corsica and overseas, which carry a letter (W2A…, W9R…)', () => {
    expect(normalizeRna('w2a1000123')).toBe('W2A1000123');
    expect(normalizeRna('W9R2004857')).toBe('W9R2004857');
  });

  it('refuses anything else, in French', () => {
    const message = 'Le numéro RNA doit commencer par W suivi de 9 chiffres (par exemple W352012345).';
    for (const input of ['', '352012345', 'W35201234', 'W3520123456', 'X352012345', 'WA52012345', 'W35201234A', '0352012345']) {
      expect(validateRna(input)).toEqual({ ok: false, message });
    }
  });

  it('ignores case and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(digitString(9), fc.boolean(), (digits, lower) => {
        const typed = `${lower ? 'w' : 'W'}${digits}`;
        const once = normalizeRna(typed);
        return once === `W${digits}` && normalizeRna(once) === once;
      }),
    );
  });
});

describe('phone numbers', () => {
  it('writes every accepted French form as "02 23 62 10 10"', () => {
    for (const input of ['02 23 62 10 10', '0223621010', '02.23.62.10.10', '02-23-62-10-10', '+33 2 23 62 10 10', '+33223621010', ' +33 2.23.62.10.10 ']) {
      expect(validatePhone(input)).toEqual({ ok: true, phone: '02 23 62 10 10' });
    }
    expect(normalizePhone('06\u00A012\u00A034\u00A056\u00A078')).toBe('06 12 34 56 78');
  });

  it('refuses numbers that are not French or lack digits, in French', () => {
    const message = 'Numéro de téléphone invalide : 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres.';
    for (const input of ['', '223621010', '022362101', '02236210100', '12 23 62 10 10', '00 23 62 10 10', '+33 0 23 62 10 10', '+44 20 7946 0958', '02 23 62 10 1O']) {
      expect(validatePhone(input)).toEqual({ ok: false, message });
    }
  });

  it('reads 0 or +33 followed by the same 9 digits, with any separators, as the same number; normalising twice changes nothing', () => {
    const separator = fc.constantFrom('', ' ', '.', '-', '\u00A0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        digitString(8),
        fc.boolean(),
        fc.array(separator, { minLength: 9, maxLength: 9 }),
        (first, rest, international, gaps) => {
          const digits = `${first}${rest}`;
          const typed = `${international ? '+33' : '0'}${[...digits].map((digit, index) => `${gaps[index] ?? ''}${digit}`).join('')}`;
          const phone = normalizePhone(typed);
          expect(phone).toBe(`0${digits}`.replace(/(\d{2})(?=\d)/gu, '$1 '));
          return phone !== null && normalizePhone(phone) === phone;
        },
      ),
    );
  });
});

describe('e-mail addresses', () => {
  it('accepts an ordinary address, trimmed, and refuses malformed ones in French', () => {
    expect(validateEmail(' contact@asso-rennes.fr ')).toEqual({ ok: true, email: 'contact@asso-rennes.fr' });
    expect(validateEmail('Marie.Dupont+cai@exemple.org')).toEqual({ ok: true, email: 'Marie.Dupont+cai@exemple.org' });
    for (const input of ['', 'contact', 'contact@', '@asso.fr', 'contact asso@asso.fr', 'contact@asso']) {
      expect(validateEmail(input)).toEqual({ ok: false, message: `Adresse e-mail invalide : « ${input.trim()} ».` });
    }
  });
});
