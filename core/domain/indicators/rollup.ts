// Roll-up rules of the common indicators: what a rolled-up figure is made of, and how rates, achievements
// and costs are computed from sums. Rates are always ratios of sums (Σ numerators / Σ denominators over
// the same bilans), never means of rates: 1/2 and 90/100 give 91/102 = 89,2 %, not 70 %.
import type { IndicatorDefinition } from './catalogue.ts';

export const ROLLUP_AXES = ['lever', 'objective', 'territory', 'provider', 'year'] as const;
export type RollupAxis = (typeof ROLLUP_AXES)[number];

export const ROLLUP_AXIS_LABELS: Record<RollupAxis, string> = {
  lever: 'Levier',
  objective: 'Objectif opérationnel',
  territory: 'Territoire',
  provider: 'Prestataire',
  year: 'Année',
};

/** The bilan statuses a roll-up counts: validated only, unless received bilans are asked for too. */
export function countedStatuses(includeReceived: boolean | undefined): ('valide' | 'recu')[] {
  return includeReceived ? ['valide', 'recu'] : ['valide'];
}

/**
 * The stored codes an indicator's rolled-up figure is computed from. `value` codes are summed into the
 * figure (a sum code itself, a derived code's components, a ratio's numerator); `denominator` is the code
 * whose sum divides it (a ratio's denominator, or the rate shown beside a sum: IC12 / IC10).
 */
export type RollupPlan = { code: string; aggregation: IndicatorDefinition['aggregation']; valueCodes: string[]; denominatorCode: string | null };

export function rollupPlan(definition: Pick<IndicatorDefinition, 'code' | 'aggregation' | 'numeratorCode' | 'denominatorCode' | 'derivedFrom'>): RollupPlan {
  const { code, aggregation } = definition;
  if (aggregation === 'ratio') return { code, aggregation, valueCodes: definition.numeratorCode ? [definition.numeratorCode] : [], denominatorCode: definition.denominatorCode };
  if (aggregation === 'derived') return { code, aggregation, valueCodes: [...definition.derivedFrom], denominatorCode: definition.denominatorCode };
  return { code, aggregation, valueCodes: [code], denominatorCode: definition.denominatorCode };
}

/** Every stored code the plans read (deduplicated, in a stable order). */
export function sourceCodes(plans: readonly RollupPlan[]): string[] {
  const codes = new Set<string>();
  for (const plan of plans) {
    for (const code of plan.valueCodes) codes.add(code);
    if (plan.denominatorCode) codes.add(plan.denominatorCode);
  }
  return [...codes].sort();
}

/** Sums of one group (a lever, a year…) per stored code, and how many bilans reported each. */
export type CodeSums = ReadonlyMap<string, { total: number; bilans: number }>;

export type ComposedFigure = { value: number | null; numerator: number | null; denominator: number | null; bilans: number };

/**
 * A plan's figure from a group's sums. A ratio's value is a percentage (Σ numerator / Σ denominator × 100),
 * null when the denominator is 0; a sum or derived code's value is its sum, with numerator/denominator set
 * when a rate is shown beside it. Null everywhere when no bilan of the group reported any of its codes.
 */
export function composeFigure(plan: RollupPlan, sums: CodeSums): ComposedFigure | null {
  const parts = plan.valueCodes.map((code) => sums.get(code)).filter((part) => part !== undefined);
  if (parts.length === 0) return null;
  const summed = parts.reduce((total, part) => total + part.total, 0);
  const bilans = Math.max(...parts.map((part) => part.bilans));
  const denominator = plan.denominatorCode ? (sums.get(plan.denominatorCode)?.total ?? 0) : null;
  if (plan.aggregation === 'ratio') return { value: rateOf(summed, denominator ?? 0), numerator: summed, denominator, bilans };
  return { value: summed, numerator: denominator === null ? null : summed, denominator, bilans };
}

/** Σ numerator / Σ denominator as a percentage; null when nothing divides. */
export function rateOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

/** Achievement of a target as a percentage: value / target; null without a (positive) target. */
export function achievement(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target <= 0) return null;
  return (value / target) * 100;
}

/** Cost per participant in cents: money paid / participants (IC01); null when nobody took part. */
export function costPerParticipantCents(paidCents: number, participants: number | null): number | null {
  if (participants === null || participants <= 0) return null;
  return Math.round(paidCents / participants);
}

/** A person reached by two actions counts twice: counts of persons rolled up are participations. */
export function isParticipation(unit: string): boolean {
  return unit === 'personnes';
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure in French: 1 234,5 (narrow no-break spaces replaced by ordinary no-break spaces for fonts). */
export function formatFigure(value: number | null): string {
  return value === null ? '—' : numberFormat.format(value).replace(/\u202f/g, '\u00a0');
}

/** "89,2 %" */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${percentFormat.format(value).replace(/\u202f/g, '\u00a0')}\u00a0%`;
}

/** A rate with what it is made of: "89,2 % (91 / 102)". */
export function formatRate(numerator: number | null, denominator: number | null): string {
  if (numerator === null || denominator === null) return '—';
  return `${formatPercent(rateOf(numerator, denominator))} (${formatFigure(numerator)} / ${formatFigure(denominator)})`;
}

/** The last day of a year: the date a year's QPV flags and catalogue are read at. */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}
