// A bilan's content as a person reads it: each indicator in force with its total, its breakdowns and its
// target, rates and derived figures computed from the typed ones (never stored), and the compte rendu
// financier with its gaps in euros and percent.
import { findBilanRow } from '../../../db/queries/bilan-rows.ts';
import { readBilanContent, territoryCategories } from '../../../db/queries/bilan-content.ts';
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import { listTargets } from '../../../db/queries/target-queries.ts';
import { bilans } from '../../../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { DIMENSION_LABELS, FIXED_CATEGORIES, NOT_REPORTED, type BreakdownDimension, type IndicatorDefinition } from '../../domain/indicators/catalogue.ts';
import type { BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';
import { financialGap, financialTotals } from '../../domain/indicators/financial-report.ts';
import type { BilanContentView, BilanIndicatorView } from './bilan-content-api.ts';

type Lookup = (code: string, dimension: BilanValueInput['dimension'], category: string) => number | null;

/** A ratio's or a derived indicator's figure from the typed ones; null when a part is missing or the denominator is 0. */
function computed(definition: IndicatorDefinition, dimension: BilanValueInput['dimension'], category: string, lookup: Lookup): number | null {
  if (definition.aggregation === 'ratio' && definition.numeratorCode && definition.denominatorCode) {
    const numerator = lookup(definition.numeratorCode, dimension, category);
    const denominator = lookup(definition.denominatorCode, dimension, category);
    return numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
  }
  if (definition.aggregation === 'derived') {
    const parts = definition.derivedFrom.map((code) => lookup(code, dimension, category));
    return parts.some((part) => part === null) ? null : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
  }
  return lookup(definition.code, dimension, category);
}

function categoryLabels(dimension: BreakdownDimension, territories: { code: string; name: string }[]): Map<string, string> {
  if (dimension === 'territory') return new Map([...territories.map((territory) => [territory.code, territory.name] as const), [NOT_REPORTED, 'Non renseigné']]);
  return new Map(FIXED_CATEGORIES[dimension].map((category) => [category.key, category.label]));
}

export function bilanContentView(db: Db, bilanId: number): BilanContentView {
  const row = db.select().from(bilans).where(eq(bilans.id, bilanId)).get();
  if (!row) throw new AppError('not_found', `Le bilan n° ${bilanId} n’existe pas.`);
  return contentOf(db, row.conventionId, row.year, bilanId, row);
}

function contentOf(db: Db, conventionId: number, year: number, bilanId: number | null, row: { status: string; outcome: string | null; qualitative: string; receivedOn: string | null } | undefined): BilanContentView {
  const content = bilanId === null ? { values: [], financialLines: [] } : readBilanContent(db, bilanId);
  const byKey = new Map(content.values.map((value) => [`${value.code}|${value.dimension}|${value.category}`, value.value]));
  const lookup: Lookup = (code, dimension, category) => byKey.get(`${code}|${dimension}|${category}`) ?? null;
  const targets = new Map(listTargets(db, conventionId).filter((target) => target.year === year).map((target) => [target.code, target.targetValue]));
  const territories = territoryCategories(db);
  const indicators: BilanIndicatorView[] = definitionsInForce(db, `${year}-12-31`).map((definition) => ({
    code: definition.code,
    label: definition.label,
    unit: definition.unit,
    aggregation: definition.aggregation,
    target: targets.get(definition.code) ?? null,
    total: computed(definition, 'total', '', lookup),
    breakdowns: definition.breakdowns.map((dimension) => {
      const labels = categoryLabels(dimension, territories);
      // Every category the catalogue has, plus any stored one it no longer lists (an archived territory).
      const keys = [...new Set([...labels.keys(), ...content.values.filter((value) => value.code === definition.code && value.dimension === dimension).map((value) => value.category)])];
      return {
        dimension,
        label: DIMENSION_LABELS[dimension],
        cells: keys.map((category) => ({ category, label: labels.get(category) ?? category, value: computed(definition, dimension, category, lookup) })),
      };
    }),
  }));
  const financialLines = content.financialLines.map((line) => ({ ...line, ...financialGap(line.plannedCents, line.actualCents) }));
  const totals = (side: 'charge' | 'produit') => {
    const sums = financialTotals(content.financialLines, side);
    return { ...sums, ...financialGap(sums.plannedCents, sums.actualCents) };
  };
  return {
    bilanId,
    conventionId,
    year,
    status: row?.status ?? 'attendu',
    outcome: row?.outcome ?? null,
    receivedOn: row?.receivedOn ?? null,
    qualitative: row?.qualitative ?? '',
    indicators,
    financialLines,
    financialTotals: { charge: totals('charge'), produit: totals('produit') },
  };
}

/** By convention and year: an expected bilan with no row yet shows its indicators and targets, empty. */
export function bilanContentViewOf(db: Db, conventionId: number, year: number): BilanContentView {
  const row = findBilanRow(db, conventionId, year);
  return contentOf(db, conventionId, year, row?.id ?? null, row);
}
