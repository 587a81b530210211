// Figures of a bilan the French way: whole persons, hours with decimals, rates as percentages.
const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** A figure of an indicator; a rate (unit pourcent) is a fraction shown as a percentage; "—" when not given. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return '—';
  return unit === 'pourcent' ? PERCENT.format(value) : NUMBER.format(value);
}

/** A gap of the CRF in percent of the forecast, signed; "—" when nothing was forecast. */
export function formatGapPercent(percent: number | null): string {
  if (percent === null) return '—';
  return `${percent > 0 ? '+' : ''}${NUMBER.format(percent)} %`;
}
