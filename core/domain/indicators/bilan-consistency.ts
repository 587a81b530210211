// The consistency rules of a bilan's figures, checked before anything is saved: only typed indicators,
// only the breakdowns and categories a definition accepts, breakdowns summing to their total, sub-populations
// within their parent, exclusive exits within their common parent. Pure: the same rules for the form, the
// service and the workbook import.
import { DIMENSION_LABELS, FIXED_CATEGORIES, NOT_REPORTED, isTyped } from './catalogue.ts';
import type { BreakdownDimension, IndicatorDefinition, IndicatorDimension } from './catalogue.ts';

export interface BilanValueInput {
  code: string;
  dimension: IndicatorDimension;
  category: string;
  value: number;
}

export interface BilanContentIssue {
  code?: string;
  dimension?: IndicatorDimension;
  category?: string;
  field?: string;
  message: string;
}

/** Units counted in whole numbers: a person or a session cannot be split. */
export const WHOLE_NUMBER_UNITS: readonly string[] = ['personnes', 'seances'];

/** Above this a figure is a typo, not an action's activity (a year has no billion participants). */
export const MAX_BILAN_VALUE = 1_000_000_000;

/** The categories a breakdown accepts: the fixed ones, or the territories' codes plus 'nr'. */
export function categoriesOf(dimension: BreakdownDimension, territoryCodes: readonly string[]): string[] {
  if (dimension === 'territory') return [...territoryCodes.filter((code) => code !== NOT_REPORTED), NOT_REPORTED];
  return FIXED_CATEGORIES[dimension].map((category) => category.key);
}

function formatFigure(value: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(value);
}

function place(value: Pick<BilanValueInput, 'code' | 'dimension' | 'category'>): string {
  if (value.dimension === 'total') return value.code;
  return `${value.code}, ${DIMENSION_LABELS[value.dimension].toLowerCase()} « ${value.category} »`;
}

/** Sums compared to the cent of a unit: figures may carry decimals (hours), binary floats must not fail a sum. */
function sameSum(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function checkCell(definition: IndicatorDefinition | undefined, value: BilanValueInput, territoryCodes: readonly string[]): BilanContentIssue | null {
  const at = { code: value.code, dimension: value.dimension, category: value.category };
  if (!definition) return { ...at, message: `${value.code} : indicateur inconnu du catalogue en vigueur cette année` };
  if (!isTyped(definition)) return { ...at, message: `${value.code} : les taux sont calculés, ne les saisissez pas` };
  if (typeof value.value !== 'number' || !Number.isFinite(value.value)) return { ...at, message: `${place(value)} : un nombre est attendu` };
  if (value.value < 0) return { ...at, message: `${place(value)} : la valeur ne peut pas être négative` };
  if (value.value > MAX_BILAN_VALUE) return { ...at, message: `${place(value)} : valeur trop grande (${formatFigure(value.value)})` };
  if (WHOLE_NUMBER_UNITS.includes(definition.unit) && !Number.isInteger(value.value)) {
    return { ...at, message: `${place(value)} : un nombre entier est attendu (${definition.unit === 'seances' ? 'séances' : 'personnes'})` };
  }
  if (value.dimension === 'total') return value.category === '' ? null : { ...at, message: `${value.code} : le total n’a pas de catégorie` };
  if (!definition.breakdowns.includes(value.dimension)) {
    return { ...at, message: `${value.code} : la ventilation « ${DIMENSION_LABELS[value.dimension]} » n’est pas prévue pour cet indicateur` };
  }
  if (!categoriesOf(value.dimension, territoryCodes).includes(value.category)) {
    return { ...at, message: `${value.code} : catégorie « ${value.category} » inconnue pour la ventilation « ${DIMENSION_LABELS[value.dimension]} »` };
  }
  return null;
}

/**
 * Every problem of a bilan's figures, each in French with its place; [] when they can be saved. Cell problems
 * come first; the sums are checked only on cells that passed, so one typo gives one message, not three.
 */
export function checkBilanValues(definitions: IndicatorDefinition[], values: BilanValueInput[], territoryCodes: readonly string[]): BilanContentIssue[] {
  const issues: BilanContentIssue[] = [];
  const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
  const totals = new Map<string, number>();
  const breakdownSums = new Map<string, Map<BreakdownDimension, number>>();
  const seen = new Set<string>();

  for (const value of values) {
    const key = `${value.code}\u0000${value.dimension}\u0000${value.category}`;
    if (seen.has(key)) {
      issues.push({ code: value.code, dimension: value.dimension, category: value.category, message: `${place(value)} : valeur donnée deux fois` });
      continue;
    }
    seen.add(key);
    const problem = checkCell(byCode.get(value.code), value, territoryCodes);
    if (problem) {
      issues.push(problem);
      continue;
    }
    if (value.dimension === 'total') {
      totals.set(value.code, value.value);
    } else {
      const sums = breakdownSums.get(value.code) ?? new Map<BreakdownDimension, number>();
      sums.set(value.dimension, (sums.get(value.dimension) ?? 0) + value.value);
      breakdownSums.set(value.code, sums);
    }
  }

  for (const [code, sums] of breakdownSums) {
    const total = totals.get(code);
    for (const [dimension, sum] of sums) {
      const label = DIMENSION_LABELS[dimension].toLowerCase();
      if (total === undefined) {
        issues.push({ code, dimension, message: `${code} : la ventilation « ${label} » est donnée sans le total de l’indicateur` });
      } else if (!sameSum(sum, total)) {
        issues.push({
          code,
          dimension,
          message: `${code} : la ventilation « ${label} » fait ${formatFigure(sum)} au lieu du total ${formatFigure(total)} (mettez l’écart en « non renseigné »)`,
        });
      }
    }
  }

  const groups = new Map<string, { parent: string; codes: string[] }>();
  for (const [code, total] of totals) {
    const definition = byCode.get(code);
    if (!definition?.subsetOfCode) continue;
    const parentTotal = totals.get(definition.subsetOfCode);
    if (parentTotal === undefined) {
      issues.push({ code, dimension: 'total', category: '', message: `${code} est une partie de ${definition.subsetOfCode} : renseignez aussi ${definition.subsetOfCode}` });
    } else if (total > parentTotal && !sameSum(total, parentTotal)) {
      issues.push({ code, dimension: 'total', category: '', message: `${code} (${formatFigure(total)}) dépasse ${definition.subsetOfCode} (${formatFigure(parentTotal)}) dont il est une partie` });
    }
    if (definition.exclusiveGroup) {
      const groupKey = `${definition.exclusiveGroup}\u0000${definition.subsetOfCode}`;
      const group = groups.get(groupKey) ?? { parent: definition.subsetOfCode, codes: [] };
      group.codes.push(code);
      groups.set(groupKey, group);
    }
  }
  for (const group of groups.values()) {
    const parentTotal = totals.get(group.parent);
    if (parentTotal === undefined || group.codes.length < 2) continue;
    const sum = group.codes.reduce((acc, code) => acc + (totals.get(code) ?? 0), 0);
    if (sum > parentTotal && !sameSum(sum, parentTotal)) {
      const codes = group.codes.sort().join(' + ');
      issues.push({ code: group.parent, dimension: 'total', category: '', message: `${codes} = ${formatFigure(sum)} dépasse ${group.parent} (${formatFigure(parentTotal)}) : une personne n’a qu’une sortie` });
    }
  }
  return issues;
}
