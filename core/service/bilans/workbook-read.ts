// Reads the sheets of a returned workbook against the layout the app would write for the same convention
// and year: every protected cell compared, every typed cell parsed, each problem with its sheet, row and
// column. No rule of the bilan is checked here (sums, sub-populations): the save path does that.
import type { Workbook, Worksheet } from 'exceljs';
import { toSearchText } from '../../domain/text.ts';
import type { BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';
import type { BilanOutcome, FinancialLineInput } from '../../domain/indicators/financial-report.ts';
import { columnLetters } from '../imports/spreadsheet-limits.ts';
import type { WorkbookProblem } from './bilan-content-api.ts';
import { cellText, readCell, readEuros, readFigure } from './workbook-cells.ts';
import {
  FINANCIAL_COLUMNS as FC,
  FINANCIAL_HEADER_ROW,
  INDICATOR_COLUMNS as IC,
  INDICATOR_HEADER_ROW,
  OUTCOME_CELL,
  OUTCOME_CHOICES,
  QUALITATIVE_CELL,
  SHEETS,
  SIDE_TEXT,
  type WorkbookLayout,
} from './workbook-layout.ts';

export class Problems {
  readonly list: WorkbookProblem[] = [];

  at(sheet: string, row: number | undefined, column: number | undefined, message: string): void {
    const letter = column === undefined ? undefined : columnLetters(column);
    const place = [sheet, row === undefined ? null : `ligne ${row}`, letter === undefined ? null : `colonne ${letter}`].filter((part) => part !== null).join(', ');
    this.list.push({ sheet, ...(row === undefined ? {} : { row }), ...(letter === undefined ? {} : { column: letter }), message: `${place} : ${message}` });
  }

  general(message: string): void {
    this.list.push({ message });
  }
}

export interface ReadWorkbookContent {
  values: BilanValueInput[];
  financialLines: FinancialLineInput[];
  /** The row of each financial line, in the order of `financialLines`. */
  lineRows: number[];
  outcome: BilanOutcome | null;
  qualitative: string;
}

const PROTECTED = 'cellule protégée modifiée';

function sheetOf(workbook: Workbook, name: string, problems: Problems): Worksheet | undefined {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) problems.general(`Feuille « ${name} » absente : repartez du classeur envoyé par le CCAS.`);
  return sheet;
}

function expectText(sheet: Worksheet, row: number, column: number, expected: string, problems: Problems): boolean {
  const actual = cellText(sheet.getCell(row, column));
  if (actual === expected.trim()) return true;
  problems.at(sheet.name, row, column, `${PROTECTED} (« ${actual.slice(0, 60)} » au lieu de « ${expected.slice(0, 60)} ») ; repartez du classeur envoyé`);
  return false;
}

function readIndicators(sheet: Worksheet, layout: WorkbookLayout, problems: Problems): BilanValueInput[] {
  const values: BilanValueInput[] = [];
  const expectedRows = new Set(layout.indicatorRows.map((entry) => entry.row));
  for (const entry of layout.indicatorRows) {
    const sameRow =
      expectText(sheet, entry.row, IC.code, entry.definition.code, problems) &&
      expectText(sheet, entry.row, IC.category, entry.categoryLabel, problems) &&
      expectText(sheet, entry.row, IC.dimensionKey, entry.dimension, problems) &&
      expectText(sheet, entry.row, IC.categoryKey, entry.category, problems);
    if (!sameRow) continue;
    const cell = sheet.getCell(entry.row, IC.value);
    if (entry.computed) {
      const read = readCell(cell);
      const typed = (read.kind === 'number' || read.kind === 'text') && !read.formula && !(read.kind === 'text' && read.value === 'calculé');
      if (typed) problems.at(sheet.name, entry.row, IC.value, `${entry.definition.code} : les taux sont calculés, ne les saisissez pas`);
      continue;
    }
    const figure = readFigure(cell);
    if (!figure.ok) problems.at(sheet.name, entry.row, IC.value, `${entry.definition.code} : ${figure.message}`);
    else if (figure.value !== null) values.push({ code: entry.definition.code, dimension: entry.dimension, category: entry.category, value: figure.value });
  }
  // Something typed outside the layout (a row added, a figure in a blank row) would be silently lost.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= INDICATOR_HEADER_ROW) return;
    const known = expectedRows.has(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if ((!known || column > IC.categoryKey) && readCell(cell).kind !== 'blank') problems.at(sheet.name, rowNumber, column, 'valeur hors des lignes du classeur : elle ne serait pas lue ; déplacez-la dans la colonne « Valeur » de sa ligne');
    });
  });
  return values;
}

/** Lower case, accents folded, trimmed: how a choice typed by hand is compared. */
function folded(text: string): string {
  return toSearchText(text).trim();
}

function readSide(text: string): FinancialLineInput['side'] | null {
  const key = folded(text);
  if (key === 'charges' || key === 'charge') return 'charge';
  if (key === 'produits' || key === 'produit') return 'produit';
  return null;
}

function readFinancial(sheet: Worksheet, layout: WorkbookLayout, problems: Problems): { lines: FinancialLineInput[]; rows: number[] } {
  const lines: FinancialLineInput[] = [];
  const rows: number[] = [];
  for (const forecast of layout.forecastLines) {
    const same =
      expectText(sheet, forecast.row, FC.side, SIDE_TEXT[forecast.side], problems) &&
      expectText(sheet, forecast.row, FC.account, forecast.account, problems) &&
      expectText(sheet, forecast.row, FC.label, forecast.label, problems);
    const planned = readEuros(sheet.getCell(forecast.row, FC.planned));
    if (!planned.ok || planned.value !== forecast.plannedCents) {
      problems.at(sheet.name, forecast.row, FC.planned, `${PROTECTED} (le prévu vient du budget de la demande) ; repartez du classeur envoyé`);
      continue;
    }
    const actual = readEuros(sheet.getCell(forecast.row, FC.actual));
    if (!actual.ok) problems.at(sheet.name, forecast.row, FC.actual, actual.message);
    if (!same || !actual.ok) continue;
    lines.push({ side: forecast.side, account: forecast.account, label: forecast.label, plannedCents: forecast.plannedCents, actualCents: actual.value ?? 0 });
    rows.push(forecast.row);
  }
  for (const rowNumber of layout.freeLineRows) {
    const cells = [FC.side, FC.account, FC.label, FC.planned, FC.actual].map((column) => sheet.getCell(rowNumber, column));
    if (cells.every((cell) => readCell(cell).kind === 'blank')) continue;
    const [sideCell, accountCell, labelCell, plannedCell, actualCell] = cells;
    if (!sideCell || !accountCell || !labelCell || !plannedCell || !actualCell) continue;
    const side = readSide(cellText(sideCell));
    if (side === null) problems.at(sheet.name, rowNumber, FC.side, 'choisissez « Charges » ou « Produits »');
    const account = cellText(accountCell);
    if (account === '') problems.at(sheet.name, rowNumber, FC.account, 'indiquez le compte (60, 64, 74…)');
    const planned = readEuros(plannedCell);
    if (!planned.ok) problems.at(sheet.name, rowNumber, FC.planned, planned.message);
    const actual = readEuros(actualCell);
    if (!actual.ok) problems.at(sheet.name, rowNumber, FC.actual, actual.message);
    if (side === null || account === '' || !planned.ok || !actual.ok) continue;
    lines.push({ side, account, label: cellText(labelCell), plannedCents: planned.value ?? 0, actualCents: actual.value ?? 0 });
    rows.push(rowNumber);
  }
  const lastRow = layout.freeLineRows.at(-1) ?? FINANCIAL_HEADER_ROW;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Below the lines sit the totals we wrote (formulas); anything else there is not read.
    if (rowNumber <= lastRow) return;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = readCell(cell);
      if (read.kind !== 'blank' && !read.formula && !(column === FC.label && /^Total des /u.test(cellText(cell)))) {
        problems.at(sheet.name, rowNumber, column, 'valeur hors des lignes du compte rendu : utilisez une ligne vide du tableau');
      }
    });
  });
  return { lines, rows };
}

function readOutcome(sheet: Worksheet, problems: Problems): { outcome: BilanOutcome | null; qualitative: string } {
  const outcomeCell = sheet.getCell(OUTCOME_CELL);
  const text = folded(cellText(outcomeCell));
  const match = Object.entries(OUTCOME_CHOICES).find(([label, key]) => folded(label) === text || key === text.replace(/ /gu, '_'));
  if (!match) {
    const message = text === '' ? 'choisissez le résultat : réalisée, non réalisée ou dates modifiées' : `résultat inconnu « ${cellText(outcomeCell).slice(0, 40)} » : réalisée, non réalisée ou dates modifiées`;
    problems.at(sheet.name, outcomeCell.fullAddress.row, outcomeCell.fullAddress.col, message);
  }
  const qualitativeCell = sheet.getCell(QUALITATIVE_CELL);
  const qualitative = readCell(qualitativeCell);
  const value = qualitative.kind === 'text' ? qualitative.value : qualitative.kind === 'number' ? String(qualitative.value) : '';
  if (value.length > 20_000) problems.at(sheet.name, qualitativeCell.fullAddress.row, qualitativeCell.fullAddress.col, `texte de ${value.length} caractères (20 000 au plus)`);
  return { outcome: match ? match[1] : null, qualitative: value.slice(0, 20_000) };
}

/** The action sheet is read-only: its convention number and year must be the ones of the identification. */
export function checkActionSheet(workbook: Workbook, layout: WorkbookLayout, problems: Problems): void {
  const sheet = sheetOf(workbook, SHEETS.action, problems);
  if (!sheet) return;
  expectText(sheet, 4, 2, layout.convention.number, problems);
  expectText(sheet, 8, 2, String(layout.year), problems);
}

export function readWorkbookContent(workbook: Workbook, layout: WorkbookLayout, problems: Problems): ReadWorkbookContent {
  checkActionSheet(workbook, layout, problems);
  const indicators = sheetOf(workbook, SHEETS.indicators, problems);
  const financial = sheetOf(workbook, SHEETS.financial, problems);
  const outcome = sheetOf(workbook, SHEETS.outcome, problems);
  const values = indicators ? readIndicators(indicators, layout, problems) : [];
  const { lines, rows } = financial ? readFinancial(financial, layout, problems) : { lines: [], rows: [] };
  const result = outcome ? readOutcome(outcome, problems) : { outcome: null, qualitative: '' };
  return { values, financialLines: lines, lineRows: rows, ...result };
}
