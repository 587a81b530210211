// Reads one cell of a returned workbook as the provider meant it: a number typed or computed, a text, a
// formula we wrote. Excel, LibreOffice and exceljs store the same thing differently (shared formulas, rich
// text, numbers saved as text); this folds them into a few kinds.
import type { Cell, CellValue as ExcelCellValue } from 'exceljs';
import { parseFrenchNumber } from '../../domain/french-parsing.ts';
import { parseEuros } from '../../domain/money.ts';

export type ReadCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; formula: boolean }
  | { kind: 'text'; value: string; formula: boolean }
  | { kind: 'other'; formula: boolean };

function fold(value: ExcelCellValue, formula: boolean): ReadCell {
  if (value === null || value === undefined) return formula ? { kind: 'other', formula } : { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value, formula };
  if (typeof value === 'string') return value.trim() === '' && !formula ? { kind: 'blank' } : { kind: 'text', value: value.trim(), formula };
  if (typeof value === 'boolean' || value instanceof Date) return { kind: 'other', formula };
  if ('richText' in value) return fold(value.richText.map((run) => run.text).join(''), formula);
  if ('hyperlink' in value) return fold(typeof value.text === 'string' ? value.text : null, formula);
  if ('formula' in value || 'sharedFormula' in value) return fold((value as { result?: ExcelCellValue }).result ?? null, true);
  return { kind: 'other', formula };
}

export function readCell(cell: Cell): ReadCell {
  return fold(cell.value, false);
}

/** The text a protected cell shows (a number written as such: a year, an account "60"). */
export function cellText(cell: Cell): string {
  const read = readCell(cell);
  if (read.kind === 'number') return String(read.value);
  if (read.kind === 'text') return read.value;
  return '';
}

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** A figure: blank is "not given" (null); a number, or a French number typed as text. */
export function readFigure(cell: Cell): Parsed<number> {
  const read = readCell(cell);
  if (read.kind === 'blank') return { ok: true, value: null };
  if (read.kind === 'number') return { ok: true, value: read.value };
  if (read.kind === 'text') {
    const parsed = parseFrenchNumber(read.value);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: `un nombre est attendu, pas « ${read.value.slice(0, 40)} »` };
  }
  return { ok: false, message: read.formula ? 'formule sans résultat calculé : tapez la valeur' : 'un nombre est attendu' };
}

/** An amount in euros as integer cents: blank is null; more than two decimals is refused. */
export function readEuros(cell: Cell): Parsed<number> {
  const read = readCell(cell);
  if (read.kind === 'blank') return { ok: true, value: null };
  if (read.kind === 'number') {
    const cents = Math.round(read.value * 100);
    if (!Number.isSafeInteger(cents) || Math.abs(read.value * 100 - cents) > 1e-6) return { ok: false, message: 'montant au centime près attendu (deux décimales au plus)' };
    return { ok: true, value: cents };
  }
  if (read.kind === 'text') {
    const parsed = parseEuros(read.value);
    return parsed.ok ? { ok: true, value: parsed.cents } : { ok: false, message: parsed.message };
  }
  return { ok: false, message: read.formula ? 'formule sans résultat calculé : tapez le montant' : 'un montant est attendu' };
}
