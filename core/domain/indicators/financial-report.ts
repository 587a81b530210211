// The compte rendu financier (Cerfa 15059) of a bilan: lines of charges and produits, forecast against
// actual, the gap in euros and in percent (arrêté du 11 octobre 2006). Pure rules, shared by the service,
// the workbook and the screens.
import { FINANCIAL_SIDES } from './indicator-enums.ts';
import type { BILAN_OUTCOMES } from './indicator-enums.ts';

export type FinancialSide = (typeof FINANCIAL_SIDES)[number];
export type BilanOutcome = (typeof BILAN_OUTCOMES)[number];

export interface FinancialLineInput {
  side: FinancialSide;
  account: string;
  label: string;
  plannedCents: number;
  actualCents: number;
}

export interface FinancialIssue {
  /** Index of the line in the list given (0-based), absent for a problem of the whole report. */
  line?: number;
  field?: 'side' | 'account' | 'label' | 'plannedCents' | 'actualCents';
  message: string;
}

/** A report beyond this is not an action's budget: the Cerfa has about thirty accounts. */
export const MAX_FINANCIAL_LINES = 200;
export const MAX_ACCOUNT_CHARS = 40;
export const MAX_LABEL_CHARS = 300;

export const OUTCOME_LABELS: Record<BilanOutcome, string> = {
  realisee: 'Action réalisée',
  non_realisee: 'Action non réalisée',
  dates_modifiees: 'Dates modifiées',
};

export const SIDE_LABELS: Record<FinancialSide, string> = { charge: 'Charges', produit: 'Produits' };

/**
 * Actual minus forecast, in cents and in percent of the forecast (one decimal place); the percent is
 * null when nothing was forecast, a gap on nothing has no ratio.
 */
export function financialGap(plannedCents: number, actualCents: number): { gapCents: number; gapPercent: number | null } {
  const gapCents = actualCents - plannedCents;
  if (plannedCents === 0) return { gapCents, gapPercent: null };
  return { gapCents, gapPercent: Math.round((gapCents / plannedCents) * 1000) / 10 };
}

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Every problem of the lines, each with its line (1-based in the message, as a person counts). */
export function checkFinancialLines(lines: readonly FinancialLineInput[]): FinancialIssue[] {
  const issues: FinancialIssue[] = [];
  if (lines.length > MAX_FINANCIAL_LINES) {
    issues.push({ message: `Compte rendu financier : ${lines.length} lignes, c’est trop (${MAX_FINANCIAL_LINES} au plus)` });
    return issues;
  }
  lines.forEach((line, index) => {
    const at = `Compte rendu financier, ligne ${index + 1}`;
    if (!(FINANCIAL_SIDES as readonly string[]).includes(line.side)) issues.push({ line: index, field: 'side', message: `${at} : indiquez « charge » ou « produit »` });
    if (line.account.trim() === '') issues.push({ line: index, field: 'account', message: `${at} : le compte est obligatoire` });
    else if (line.account.length > MAX_ACCOUNT_CHARS) issues.push({ line: index, field: 'account', message: `${at} : compte trop long (${MAX_ACCOUNT_CHARS} caractères au plus)` });
    if (line.label.length > MAX_LABEL_CHARS) issues.push({ line: index, field: 'label', message: `${at} : libellé trop long (${MAX_LABEL_CHARS} caractères au plus)` });
    if (!isCents(line.plannedCents)) issues.push({ line: index, field: 'plannedCents', message: `${at} : le montant prévu doit être positif ou nul, au centime près` });
    if (!isCents(line.actualCents)) issues.push({ line: index, field: 'actualCents', message: `${at} : le montant réalisé doit être positif ou nul, au centime près` });
  });
  return issues;
}

/** The totals of a side, forecast and actual. */
export function financialTotals(lines: readonly FinancialLineInput[], side: FinancialSide): { plannedCents: number; actualCents: number } {
  return lines
    .filter((line) => line.side === side)
    .reduce((acc, line) => ({ plannedCents: acc.plannedCents + line.plannedCents, actualCents: acc.actualCents + line.actualCents }), { plannedCents: 0, actualCents: 0 });
}
