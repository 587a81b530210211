// Money is held as integer cents (never floating euros, which cannot hold 0,10 € exactly) and is
// read and written the French way: "12 345,67 €".
import { readFrenchDecimal } from './french-parsing.ts';

export type EurosReading = { ok: true; cents: number } | { ok: false; message: string };

// "€" or "EUR" stands after the amount (the French place) or, in some exports, before it; once.
const CURRENCY_AFTER = /\s*(?:€|eur)$/iu;
const CURRENCY_BEFORE = /^(?:€|eur)\s*/iu;

function withoutCurrency(text: string): string {
  return CURRENCY_AFTER.test(text) ? text.replace(CURRENCY_AFTER, '') : text.replace(CURRENCY_BEFORE, '');
}

/**
 * Reads an amount typed or exported in French — "12 345,67 €", "12345,67", "12 345", "-50 EUR",
 * "1.234,50", "12345.67" — as integer cents. Refuses anything else, more than two decimals, and
 * amounts beyond what a JavaScript number holds exactly (Number.MAX_SAFE_INTEGER cents).
 */
export function parseEuros(text: string): EurosReading {
  const shown = text.trim();
  const unreadable = (why: string): EurosReading => ({ ok: false, message: `Montant illisible : « ${shown} » (${why}).` });
  const reading = readFrenchDecimal(withoutCurrency(shown));
  if (!reading.ok) {
    return reading.reason === 'ambiguous'
      ? unreadable('le point sépare-t-il les milliers ou les centimes ? écrivez par exemple 12 345 ou 12,34')
      : unreadable('attendu par exemple 12 345,67 €');
  }
  const { negative, integer, fraction } = reading.value;
  if (fraction.length > 2) return unreadable('deux décimales au plus');
  // BigInt: the digits may be far beyond what a number holds, and the check must be exact.
  const cents = BigInt(integer) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return unreadable('montant trop grand');
  const value = Number(cents);
  // "-0,00 €" is zero, not a signed zero that would surprise comparisons.
  return { ok: true, cents: negative && value !== 0 ? -value : value };
}

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/**
 * Integer cents as French euros, "12 345,67 €". Intl writes U+202F (narrow no-break space) between
 * thousands and U+00A0 before "€"; the fonts embedded in our PDF documents have no U+202F glyph
 * (it prints as a box), so every such space becomes U+00A0, which every font has and which still
 * keeps the amount on one line.
 */
export function formatEuros(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Cents must be a safe integer: ${String(cents)}`);
  const magnitude = Math.abs(cents);
  const units = magnitude % 100;
  // A decimal string, not cents / 100: beyond 2^46 cents the division would lose the last cent.
  const decimal = `${cents < 0 ? '-' : ''}${(magnitude - units) / 100}.${String(units).padStart(2, '0')}`;
  return EUROS.format(decimal as Intl.StringNumericLiteral).replace(/[\u202F\u00A0]/gu, '\u00A0');
}
