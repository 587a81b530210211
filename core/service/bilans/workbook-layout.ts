// The layout of the provider's workbook, computed from the database alone: which row holds which figure,
// which CRF line is pre-filled. The writer draws it; the importer rebuilds it and compares, so a row moved,
// a code or a label changed in a protected cell, is found wherever the file was edited.
import { listTargets } from '../../../db/queries/target-queries.ts';
import { applicationBudget, findBilanConvention, territoryCategories, type BilanConvention } from '../../../db/queries/bilan-content.ts';
import { definitionsInForce } from '../../../db/queries/indicator-catalogue.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { BUDGET_ACCOUNTS } from '../../domain/budget.ts';
import { DIMENSION_LABELS, FIXED_CATEGORIES, NOT_REPORTED, isTyped, type IndicatorDefinition, type IndicatorDimension } from '../../domain/indicators/catalogue.ts';
import type { FinancialSide } from '../../domain/indicators/financial-report.ts';

export const WORKBOOK_FORMAT = 'pacte-cai/bilan';
export const WORKBOOK_VERSION = 1;

export const SHEETS = {
  action: 'Action',
  indicators: 'Indicateurs',
  financial: 'Compte rendu financier',
  outcome: 'Résultat',
  help: 'Aide',
  identity: 'Identification',
} as const;

/** Indicateurs: A Code, B Indicateur, C Ventilation, D Catégorie, E Cible, F Valeur, G Unité, H/I hidden keys. */
export const INDICATOR_COLUMNS = { code: 1, label: 2, breakdown: 3, category: 4, target: 5, value: 6, unit: 7, dimensionKey: 8, categoryKey: 9 } as const;
export const INDICATOR_HEADER_ROW = 3;

/** Compte rendu financier: A Sens, B Compte, C Libellé, D Prévu, E Réalisé, F Écart €, G Écart %, H hidden marker. */
export const FINANCIAL_COLUMNS = { side: 1, account: 2, label: 3, planned: 4, actual: 5, gap: 6, gapPercent: 7, marker: 8 } as const;
export const FINANCIAL_HEADER_ROW = 3;
/** Blank lines offered below the forecast, for accounts the budget did not have. */
export const FINANCIAL_FREE_LINES = 20;
export const FINANCIAL_LINE_MARKER = 'ligne';

/** Résultat: the outcome in B3, the qualitative text in A6 (merged down to F30). */
export const OUTCOME_CELL = 'B3';
export const QUALITATIVE_CELL = 'A6';
export const OUTCOME_CHOICES = { 'réalisée': 'realisee', 'non réalisée': 'non_realisee', 'dates modifiées': 'dates_modifiees' } as const;

export const SIDE_CHOICES: Record<string, FinancialSide> = { Charges: 'charge', Produits: 'produit' };
export const SIDE_TEXT: Record<FinancialSide, string> = { charge: 'Charges', produit: 'Produits' };

export interface IndicatorRow {
  row: number;
  definition: IndicatorDefinition;
  dimension: IndicatorDimension;
  category: string;
  breakdownLabel: string;
  categoryLabel: string;
  target: number | null;
  /** Ratio or derived: a formula, never typed. */
  computed: boolean;
}

export interface ForecastLine {
  row: number;
  side: FinancialSide;
  account: string;
  label: string;
  plannedCents: number;
}

export interface WorkbookLayout {
  convention: BilanConvention;
  year: number;
  amountCents: number;
  catalogueKey: string;
  indicatorRows: IndicatorRow[];
  forecastLines: ForecastLine[];
  /** Rows of the blank lines the provider may fill. */
  freeLineRows: number[];
}

const ACCOUNT_DEFINITIONS = new Map<string, (typeof BUDGET_ACCOUNTS)[number]>(BUDGET_ACCOUNTS.map((account) => [account.account, account]));

export function accountLabel(account: string): string {
  return ACCOUNT_DEFINITIONS.get(account)?.label ?? account;
}

export function accountSide(account: string): FinancialSide {
  return ACCOUNT_DEFINITIONS.get(account)?.side ?? 'charge';
}

function categoriesFor(dimension: Exclude<IndicatorDimension, 'total'>, territories: { code: string; name: string; archived: boolean }[]): { key: string; label: string }[] {
  if (dimension !== 'territory') return [...FIXED_CATEGORIES[dimension]];
  return [...territories.filter((territory) => !territory.archived).map((territory) => ({ key: territory.code, label: territory.name })), { key: NOT_REPORTED, label: 'Non renseigné' }];
}

/** The layout of a convention's year; refused in French when the convention or the year does not exist. */
export function workbookLayout(db: Db, conventionId: number, year: number): WorkbookLayout {
  const convention = findBilanConvention(db, conventionId);
  if (!convention) throw new AppError('not_found', `La convention n° ${conventionId} n’existe pas.`);
  const yearEntry = convention.years.find((entry) => entry.year === year);
  if (!yearEntry) throw new AppError('precondition', `La convention ${convention.number} ne couvre pas l’année ${year}.`);
  const definitions = definitionsInForce(db, `${year}-12-31`);
  const territories = territoryCategories(db);
  const targets = new Map(listTargets(db, conventionId).filter((target) => target.year === year).map((target) => [target.code, target.targetValue]));

  const indicatorRows: IndicatorRow[] = [];
  let row = INDICATOR_HEADER_ROW + 1;
  for (const definition of definitions) {
    const computed = !isTyped(definition);
    indicatorRows.push({ row, definition, dimension: 'total', category: '', breakdownLabel: DIMENSION_LABELS.total, categoryLabel: '', target: targets.get(definition.code) ?? null, computed });
    row += 1;
    for (const dimension of definition.breakdowns) {
      for (const category of categoriesFor(dimension, territories)) {
        indicatorRows.push({ row, definition, dimension, category: category.key, breakdownLabel: DIMENSION_LABELS[dimension], categoryLabel: category.label, target: null, computed });
        row += 1;
      }
    }
    row += 1; // a blank row between indicators, for the eye
  }

  const budget = applicationBudget(db, convention.applicationId);
  const ordered = [...budget.filter((line) => accountSide(line.account) === 'charge'), ...budget.filter((line) => accountSide(line.account) === 'produit')];
  let lineRow = FINANCIAL_HEADER_ROW + 1;
  const forecastLines: ForecastLine[] = ordered.map((line) => ({
    row: lineRow++,
    side: accountSide(line.account),
    account: line.account,
    label: line.label.trim() === '' ? accountLabel(line.account) : line.label,
    plannedCents: line.amountCents,
  }));
  const freeLineRows = Array.from({ length: FINANCIAL_FREE_LINES }, (_, index) => lineRow + index);
  return {
    convention,
    year,
    amountCents: yearEntry.amountCents,
    catalogueKey: definitions[0]?.catalogueKey ?? '',
    indicatorRows,
    forecastLines,
    freeLineRows,
  };
}

export function workbookFileName(layout: Pick<WorkbookLayout, 'convention' | 'year'>): string {
  return `bilan-${layout.year}-${layout.convention.number}.xlsx`;
}
