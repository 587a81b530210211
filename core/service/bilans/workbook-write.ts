// Writes the provider's workbook for a convention's year: the action (read-only), the indicators with their
// breakdowns and targets, the compte rendu financier pre-filled with the forecast, the outcome and the text,
// a help sheet and a hidden identification. Sheets are protected without a password: a guard against a
// slip of the keyboard, not a security (anyone may lift it; the import checks every protected cell anyway).
import ExcelJS, { type Cell, type Worksheet } from 'exceljs';
import type { Db } from '../../../db/open-database.ts';
import { defaultBilanDueOn } from '../../domain/indicators/bilan-dates.ts';
import { WHOLE_NUMBER_UNITS } from '../../domain/indicators/bilan-consistency.ts';
import { UNIT_LABELS } from '../../domain/indicators/catalogue.ts';
import { formatFrenchDate } from '../../domain/french-parsing.ts';
import { BUDGET_ACCOUNTS } from '../../domain/budget.ts';
import type { BilanWorkbookFile } from './bilan-content-api.ts';
import { HELP_LINES } from './workbook-help.ts';
import {
  FINANCIAL_COLUMNS as FC,
  FINANCIAL_HEADER_ROW,
  FINANCIAL_LINE_MARKER,
  INDICATOR_COLUMNS as IC,
  INDICATOR_HEADER_ROW,
  OUTCOME_CELL,
  OUTCOME_CHOICES,
  QUALITATIVE_CELL,
  SHEETS,
  SIDE_TEXT,
  WORKBOOK_FORMAT,
  WORKBOOK_VERSION,
  workbookFileName,
  workbookLayout,
  type IndicatorRow,
  type WorkbookLayout,
} from './workbook-layout.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } } as const;
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEFF2' } } as const;
const EUROS_FORMAT = '#,##0.00 "€"';
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const;

function unlock(cell: Cell): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
}

function title(sheet: Worksheet, text: string, note: string): void {
  sheet.getCell('A1').value = text;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = note;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FF444444' } };
}

function header(sheet: Worksheet, row: number, labels: string[]): void {
  labels.forEach((label, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

function actionSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.action);
  const { convention } = layout;
  title(sheet, `Bilan ${layout.year} — ${convention.number}`, 'Informations de la convention, pour mémoire (non modifiables).');
  const rows: [string, string | number][] = [
    ['Convention', convention.number],
    ['Prestataire', convention.providerName],
    ['Action', convention.applicationTitle],
    ['Objet', convention.object],
    ['Année du bilan', layout.year],
    ['Période de la convention', `du ${formatFrenchDate(convention.startsOn)} au ${formatFrenchDate(convention.endsOn)}`],
    ['Montant de l’année', layout.amountCents / 100],
    ['À renvoyer au plus tard le', formatFrenchDate(defaultBilanDueOn(layout.year))],
  ];
  rows.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 4);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    if (label === 'Montant de l’année') row.getCell(2).numFmt = EUROS_FORMAT;
  });
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 80;
}

/** The formula of a computed row, from the Valeur cells of the rows it is computed from; null when it has none. */
function computedFormula(row: IndicatorRow, rows: readonly IndicatorRow[]): string | null {
  const cellOf = (code: string) => rows.find((other) => other.definition.code === code && other.dimension === row.dimension && other.category === row.category);
  const F = (target: IndicatorRow) => `F${target.row}`;
  const { definition } = row;
  if (definition.aggregation === 'ratio' && definition.numeratorCode && definition.denominatorCode) {
    const numerator = cellOf(definition.numeratorCode);
    const denominator = cellOf(definition.denominatorCode);
    if (!numerator || !denominator) return null;
    return `IF(N(${F(denominator)})>0,N(${F(numerator)})/${F(denominator)},"")`;
  }
  if (definition.aggregation === 'derived') {
    const sources = definition.derivedFrom.map(cellOf);
    if (sources.length === 0 || sources.some((source) => source === undefined)) return null;
    return `SUM(${sources.map((source) => F(source as IndicatorRow)).join(',')})`;
  }
  return null;
}

function indicatorsSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.indicators);
  title(sheet, `Indicateurs ${layout.year} — ${layout.convention.number}`, 'Saisissez uniquement la colonne « Valeur » (cases jaunes). Les taux sont calculés. Une ventilation doit faire le total : mettez l’écart en « Non renseigné ».');
  header(sheet, INDICATOR_HEADER_ROW, ['Code', 'Indicateur', 'Ventilation', 'Catégorie', 'Cible', 'Valeur', 'Unité', 'dimension', 'categorie']);
  for (const entry of layout.indicatorRows) {
    const row = sheet.getRow(entry.row);
    const isTotal = entry.dimension === 'total';
    row.getCell(IC.code).value = entry.definition.code;
    row.getCell(IC.label).value = isTotal ? entry.definition.label : '';
    row.getCell(IC.breakdown).value = entry.breakdownLabel;
    row.getCell(IC.category).value = entry.categoryLabel;
    if (entry.target !== null) row.getCell(IC.target).value = entry.target;
    row.getCell(IC.unit).value = UNIT_LABELS[entry.definition.unit] ?? entry.definition.unit;
    row.getCell(IC.dimensionKey).value = entry.dimension;
    row.getCell(IC.categoryKey).value = entry.category;
    if (isTotal) row.font = { bold: true };
    const value = row.getCell(IC.value);
    if (entry.computed) {
      const formula = computedFormula(entry, layout.indicatorRows);
      value.value = formula === null ? 'calculé' : { formula };
      value.fill = LOCKED_FILL;
      if (entry.definition.unit === 'pourcent') value.numFmt = '0.0%';
      continue;
    }
    unlock(value);
    const whole = WHOLE_NUMBER_UNITS.includes(entry.definition.unit);
    value.dataValidation = {
      type: whole ? 'whole' : 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Valeur refusée',
      error: whole ? 'Un nombre entier positif ou nul est attendu.' : 'Un nombre positif ou nul est attendu.',
    };
  }
  const widths = [8, 46, 22, 30, 10, 12, 12, 10, 10];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(IC.dimensionKey).hidden = true;
  sheet.getColumn(IC.categoryKey).hidden = true;
}

function financialSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.financial);
  title(sheet, `Compte rendu financier ${layout.year} (Cerfa 15059) — ${layout.convention.number}`, 'Saisissez le « Réalisé » de chaque ligne ; ajoutez d’autres comptes dans les lignes vides. Les écarts sont calculés.');
  header(sheet, FINANCIAL_HEADER_ROW, ['Sens', 'Compte', 'Libellé', 'Prévu (€)', 'Réalisé (€)', 'Écart (€)', 'Écart (%)', 'marqueur']);
  const accounts = BUDGET_ACCOUNTS.map((account) => account.account).join(',');
  const money = (cell: Cell) => {
    cell.numFmt = EUROS_FORMAT;
    cell.dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: 'Montant refusé', error: 'Un montant positif ou nul est attendu.' };
  };
  const gaps = (rowNumber: number) => {
    const row = sheet.getRow(rowNumber);
    row.getCell(FC.gap).value = { formula: `IF(AND(D${rowNumber}="",E${rowNumber}=""),"",N(E${rowNumber})-N(D${rowNumber}))` };
    row.getCell(FC.gap).numFmt = EUROS_FORMAT;
    row.getCell(FC.gapPercent).value = { formula: `IF(N(D${rowNumber})>0,(N(E${rowNumber})-D${rowNumber})/D${rowNumber},"")` };
    row.getCell(FC.gapPercent).numFmt = '0.0%';
    row.getCell(FC.marker).value = FINANCIAL_LINE_MARKER;
  };
  for (const line of layout.forecastLines) {
    const row = sheet.getRow(line.row);
    row.getCell(FC.side).value = SIDE_TEXT[line.side];
    row.getCell(FC.account).value = line.account;
    row.getCell(FC.label).value = line.label;
    row.getCell(FC.planned).value = line.plannedCents / 100;
    row.getCell(FC.planned).numFmt = EUROS_FORMAT;
    unlock(row.getCell(FC.actual));
    money(row.getCell(FC.actual));
    gaps(line.row);
  }
  for (const rowNumber of layout.freeLineRows) {
    const row = sheet.getRow(rowNumber);
    for (const column of [FC.side, FC.account, FC.label, FC.planned, FC.actual]) unlock(row.getCell(column));
    row.getCell(FC.side).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Charges,Produits"'], showErrorMessage: true, errorTitle: 'Sens', error: 'Choisissez Charges ou Produits.' };
    row.getCell(FC.account).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${accounts}"`], showErrorMessage: true, errorStyle: 'warning', errorTitle: 'Compte', error: 'Ce compte n’est pas dans la liste du Cerfa ; vous pouvez le garder.' };
    money(row.getCell(FC.planned));
    money(row.getCell(FC.actual));
    gaps(rowNumber);
  }
  const first = FINANCIAL_HEADER_ROW + 1;
  const last = layout.freeLineRows.at(-1) ?? first;
  (['Charges', 'Produits'] as const).forEach((side, index) => {
    const row = sheet.getRow(last + 2 + index);
    row.getCell(FC.label).value = `Total des ${side.toLowerCase()}`;
    row.font = { bold: true };
    for (const [column, letter] of [[FC.planned, 'D'], [FC.actual, 'E'], [FC.gap, 'F']] as const) {
      row.getCell(column).value = { formula: `SUMIF(A${first}:A${last},"${side}",${letter}${first}:${letter}${last})` };
      row.getCell(column).numFmt = EUROS_FORMAT;
    }
  });
  const widths = [11, 20, 48, 14, 14, 14, 10, 8];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(FC.marker).hidden = true;
}

function outcomeSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.outcome);
  title(sheet, `Résultat de l’action ${layout.year}`, 'Choisissez le résultat dans la liste, puis racontez l’action (compte rendu qualitatif).');
  sheet.getCell('A3').value = 'Résultat de l’action';
  sheet.getCell('A3').font = { bold: true };
  const outcome = sheet.getCell(OUTCOME_CELL);
  unlock(outcome);
  outcome.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${Object.keys(OUTCOME_CHOICES).join(',')}"`], showErrorMessage: true, errorTitle: 'Résultat', error: 'Choisissez réalisée, non réalisée ou dates modifiées.' };
  sheet.getCell('A5').value = 'Compte rendu qualitatif (déroulement, publics, difficultés, perspectives)';
  sheet.getCell('A5').font = { bold: true };
  sheet.mergeCells('A6:F30');
  const text = sheet.getCell(QUALITATIVE_CELL);
  unlock(text);
  text.alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 24;
  for (const column of [3, 4, 5, 6]) sheet.getColumn(column).width = 18;
}

function helpSheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.help);
  title(sheet, 'Comment remplir ce classeur', `Convention ${layout.convention.number}, bilan ${layout.year}.`);
  HELP_LINES.forEach((line, index) => {
    const cell = sheet.getCell(index + 4, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getColumn(1).width = 110;
}

function identitySheet(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const sheet = workbook.addWorksheet(SHEETS.identity, { state: 'hidden' });
  const rows: [string, string | number][] = [
    ['format', WORKBOOK_FORMAT],
    ['version', WORKBOOK_VERSION],
    ['conventionId', layout.convention.id],
    ['conventionNumber', layout.convention.number],
    ['year', layout.year],
    ['catalogueKey', layout.catalogueKey],
  ];
  rows.forEach(([key, value], index) => {
    sheet.getCell(index + 1, 1).value = key;
    sheet.getCell(index + 1, 2).value = value;
  });
}

export async function writeBilanWorkbook(layout: WorkbookLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pacte CAI';
  // A date of the data, not of the clock: the same bilan gives the same properties.
  workbook.created = new Date(Date.UTC(layout.year, 11, 31));
  workbook.modified = workbook.created;
  actionSheet(workbook, layout);
  indicatorsSheet(workbook, layout);
  financialSheet(workbook, layout);
  outcomeSheet(workbook, layout);
  helpSheet(workbook, layout);
  identitySheet(workbook, layout);
  for (const sheet of workbook.worksheets) await sheet.protect('', PROTECTION);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

export async function buildBilanWorkbook(db: Db, conventionId: number, year: number): Promise<BilanWorkbookFile> {
  const layout = workbookLayout(db, conventionId, year);
  const bytes = await writeBilanWorkbook(layout);
  return { fileName: workbookFileName(layout), mediaType: XLSX_MEDIA_TYPE, contentBase64: bytes.toString('base64') };
}
