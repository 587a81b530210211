// How the dashboard writes its figures: whole euros ("12 345 €"), counts and percentages the French way.
// Intl puts narrow no-break spaces in French numbers; they become plain no-break spaces, as in money.ts.

const WHOLE_EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

const spaces = (text: string) => text.replace(/[\u202F\u00A0]/gu, '\u00A0');

/** Euros, rounded to the euro: "12 345 €". The value is in euros (the charts plot euros, the API gives cents). */
export const formatEurosWhole = (euros: number): string => spaces(WHOLE_EUROS.format(euros));

export const centsToEuros = (cents: number): number => Math.round(cents / 100);

/** An axis tick: "120 k€", "1,2 M€". */
export const formatEurosAxis = (euros: number): string => `${spaces(COMPACT.format(euros))}\u00A0€`;

/** A count or sum of persons; "—" when nothing was reported. */
export const formatCount = (value: number | null): string => (value === null ? '—' : spaces(COUNT.format(value)));

/** A percentage already ×100: "67,5 %"; "—" when there is none. */
export const formatPercent = (value: number | null): string => (value === null ? '—' : `${spaces(COUNT.format(value))}\u00A0%`);
