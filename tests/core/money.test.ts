// Money is integer cents, read from what French people and offices type and written the French way
// with spaces every PDF font can print: an amount read back from its own display is the same amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from '../../core/domain/money.ts';

const NBSP = '\u00A0';
const cents = (text: string): number | string => {
  const reading = parseEuros(text);
  return reading.ok ? reading.cents : reading.message;
};
const safeCents = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('parseEuros', () => {
  it('reads the amounts French people type, with or without the euro sign', () => {
    expect(cents('12 345,67 €')).toBe(1_234_567);
    expect(cents('12345,67')).toBe(1_234_567);
    expect(cents('12 345')).toBe(1_234_500);
    expect(cents('12 345,6')).toBe(1_234_560);
    expect(cents('12 345,67 EUR')).toBe(1_234_567);
    expect(cents('12345,67eur')).toBe(1_234_567);
    expect(cents('€ 12,50')).toBe(1250);
    expect(cents('  0,05 € ')).toBe(5);
  });

  it('reads no-break and narrow no-break spaces as thousands separators (what Intl and Excel write)', () => {
    expect(cents(`12${NBSP}345,67${NBSP}€`)).toBe(1_234_567);
    expect(cents('1\u202F234\u202F567,89\u00A0€')).toBe(123_456_789);
  });

  it('reads a decimal dot when it cannot be a thousands separator, and dot-grouped thousands before a decimal comma', () => {
    expect(cents('12345.67')).toBe(1_234_567);
    expect(cents('12.5')).toBe(1250);
    expect(cents('1.234,50 €')).toBe(123_450);
    expect(cents('1.234.567')).toBe(123_456_700);
  });

  it('reads negative amounts with a minus sign, and "-0" as plain zero', () => {
    expect(cents('-50 €')).toBe(-5000);
    expect(cents('- 1 234,56')).toBe(-123_456);
    expect(cents('\u22121 234,56 €')).toBe(-123_456);
    expect(Object.is(cents('-0,00 €'), 0)).toBe(true);
  });

  it('refuses more than two decimals, in French', () => {
    expect(cents('12,345')).toBe('Montant illisible : « 12,345 » (deux décimales au plus).');
    expect(cents('1 234,567 €')).toBe('Montant illisible : « 1 234,567 € » (deux décimales au plus).');
  });

  it('refuses "12.345", which could be twelve thousand or twelve euros', () => {
    expect(cents('12.345')).toBe('Montant illisible : « 12.345 » (le point sépare-t-il les milliers ou les centimes ? écrivez par exemple 12 345 ou 12,34).');
  });

  it('refuses anything that is not an amount, in French', () => {
    for (const input of ['', 'douze euros', '12 34,5', '1,2,3', '12,', ',5', '12 €€', '12 $', '1 2345', '12-3', '--5', '1e5']) {
      expect(cents(input)).toBe(`Montant illisible : « ${input.trim()} » (attendu par exemple 12 345,67 €).`);
    }
  });

  it('refuses amounts beyond Number.MAX_SAFE_INTEGER cents, which a number cannot hold exactly', () => {
    expect(cents('90 071 992 547 409,91 €')).toBe(Number.MAX_SAFE_INTEGER);
    expect(cents('90 071 992 547 409,92 €')).toBe('Montant illisible : « 90 071 992 547 409,92 € » (montant trop grand).');
    expect(cents('-90 071 992 547 409,92 €')).toBe('Montant illisible : « -90 071 992 547 409,92 € » (montant trop grand).');
  });

  it('reads any amount written as plain digits with a decimal comma as the same number of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
        const text = `${Math.floor(value / 100)},${String(value % 100).padStart(2, '0')}`;
        return cents(text) === value;
      }),
    );
  });
});

describe('formatEuros', () => {
  it('writes French amounts with no-break spaces every font has', () => {
    expect(formatEuros(1_234_567)).toBe(`12${NBSP}345,67${NBSP}€`);
    expect(formatEuros(-5000)).toBe(`-50,00${NBSP}€`);
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(5)).toBe(`0,05${NBSP}€`);
    expect(formatEuros(Number.MAX_SAFE_INTEGER)).toBe(`90${NBSP}071${NBSP}992${NBSP}547${NBSP}409,91${NBSP}€`);
  });

  it('refuses what is not a whole number of cents', () => {
    expect(() => formatEuros(12.5)).toThrow(RangeError);
    expect(() => formatEuros(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatEuros(Number.NaN)).toThrow(RangeError);
  });

  it('never writes a narrow no-break space (U+202F), which PDF fonts lack', () => {
    fc.assert(fc.property(safeCents, (value) => !formatEuros(value).includes('\u202F')));
  });

  it('reads back any amount it writes: parseEuros(formatEuros(c)) === c', () => {
    fc.assert(fc.property(safeCents, (value) => cents(formatEuros(value)) === value));
  });

  it('reads back what Intl fr-FR writes, narrow no-break spaces included', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => cents(intl.format(value / 100)) === value));
  });
});
