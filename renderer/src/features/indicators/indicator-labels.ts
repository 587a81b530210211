// French wording of the common indicators, shared by the catalogue tab and a convention's targets.
import { DIMENSION_LABELS, UNIT_LABELS } from '../../../../core/domain/indicators/catalogue.ts';
import type { IndicatorDefinition } from '../../../../core/service/api.ts';

export const KIND_LABELS: Record<IndicatorDefinition['kind'], string> = { realisation: 'Réalisation', resultat: 'Résultat' };

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** How the figure is obtained: typed and summed, a ratio of two codes, or computed from others. */
export function calculationText(definition: Pick<IndicatorDefinition, 'aggregation' | 'numeratorCode' | 'denominatorCode' | 'derivedFrom' | 'subsetOfCode'>): string {
  if (definition.aggregation === 'ratio') return `ratio ${definition.numeratorCode ?? '?'} ÷ ${definition.denominatorCode ?? '?'}`;
  if (definition.aggregation === 'derived') return `calculé : ${definition.derivedFrom.join(' + ')}`;
  return definition.subsetOfCode ? `somme, sous-ensemble de ${definition.subsetOfCode}` : 'somme';
}

export function breakdownsText(definition: Pick<IndicatorDefinition, 'breakdowns'>): string {
  return definition.breakdowns.length === 0 ? 'aucune' : definition.breakdowns.map((dimension) => DIMENSION_LABELS[dimension]).join(', ');
}
