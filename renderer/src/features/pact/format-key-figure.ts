// French display of a key figure's value: euros without cents, percentages as "89 %", counts with their unit.
import type { PactKeyFigure } from '../../../../core/service/api.ts';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const numbers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

export type FormattedFigure = { value: string; unit: string | null };

export function formatKeyFigure(figure: Pick<PactKeyFigure, 'value' | 'unit'>): FormattedFigure {
  const unit = figure.unit.trim();
  if (unit === '€' || unit.toUpperCase() === 'EUR') return { value: euros.format(figure.value), unit: null };
  // French typography: a no-break space before the percent sign.
  if (unit === '%') return { value: `${numbers.format(figure.value)}\u00a0%`, unit: null };
  return { value: numbers.format(figure.value), unit: unit === '' ? null : unit };
}
