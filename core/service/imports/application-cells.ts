// The cells of a "Dossiers" row turned into application fields: codes and names resolved against the
// call's pact and the territories, amounts and dates read the French way. Only columns the file has.
import { BUDGET_ACCOUNTS, type BudgetAccount, type BudgetLine } from '../../domain/budget.ts';
import { toSearchText } from '../../domain/text.ts';
import type { ImportReferences } from '../../../db/queries/import-references.ts';
import { DURATION_LABELS, PUBLIC_LABELS, type ApplicationInput, type PublicKey } from '../applications/applications-api.ts';
import { cellCount, cellDate, cellEuros, cellList, cellText, cellYesNo, choiceKey, isBlank, type CellValue } from './cell-values.ts';
import { budgetColumnKey, type ApplicationColumnKey } from './columns.ts';
import type { SheetRow } from './read-file.ts';
import type { MatchedSheet, RowIssues } from './validate-rows.ts';

export type ApplicationCells = {
  input: Partial<ApplicationInput>;
  /** Accounts whose column the file has: their stored lines are replaced, the others kept. */
  budgetAccounts: Set<BudgetAccount>;
};

const PUBLIC_ALIASES: Readonly<Record<string, PublicKey>> = { RSA: 'rsa', 'Bénéficiaires du RSA': 'rsa', PLIE: 'plie', 'Jeunes de moins de 26 ans': 'jeunes', QPV: 'qpv', 'Habitants des QPV': 'qpv', Autre: 'autre', 'Autres': 'autre' };
const DURATION_ALIASES: Readonly<Record<string, 'annuelle' | 'pluriannuelle'>> = { Annuel: 'annuelle', 'Pluri-annuelle': 'pluriannuelle', Pluriannuel: 'pluriannuelle' };
const INDICATOR_TARGET = /^(.*?)\s*\(\s*cible\s*:\s*(.*?)\s*\)$/iu;

const shown = (items: readonly string[]): string => items.map((item) => `« ${item} »`).join(', ');

type Reader = { sheet: MatchedSheet<ApplicationColumnKey>; row: SheetRow; issues: RowIssues<ApplicationColumnKey>; references: ImportReferences };

/** Every item resolved, or one message naming all the items that are not. */
function resolveAll<T>(reader: Reader, key: ApplicationColumnKey, resolve: (item: string) => T | null, unknown: (items: string[]) => string): T[] | undefined {
  const items = cellList(reader.sheet.cell(reader.row, key));
  const resolved = items.map((item) => [item, resolve(item)] as const);
  const missing = resolved.filter(([, value]) => value === null).map(([item]) => item);
  if (missing.length > 0) {
    reader.issues.add(key, unknown(missing));
    return undefined;
  }
  return resolved.map(([, value]) => value as T);
}

function objectiveId(references: ImportReferences, code: string): number | null {
  return references.objectiveIdByCode.get(code.replace(/\s+/gu, '')) ?? null;
}

function readBudget(reader: Reader, budgetAccounts: Set<BudgetAccount>): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const { account } of BUDGET_ACCOUNTS) {
    const key = budgetColumnKey(account);
    if (!reader.sheet.has(key)) continue;
    budgetAccounts.add(account);
    const reading = cellEuros(reader.sheet.cell(reader.row, key));
    if (!reading.ok) reader.issues.add(key, reading.message);
    // A zero says nothing a blank does not: neither makes a budget line.
    else if (reading.value !== null && reading.value !== 0) lines.push({ account, amountCents: reading.value });
  }
  return lines;
}

function readIndicators(value: CellValue): { label: string; target: string }[] {
  return cellList(value, /;/u).map((item) => {
    const match = INDICATOR_TARGET.exec(item);
    return match ? { label: match[1] ?? '', target: match[2] ?? '' } : { label: item, target: '' };
  });
}

export function readApplicationCells(sheet: MatchedSheet<ApplicationColumnKey>, row: SheetRow, issues: RowIssues<ApplicationColumnKey>, references: ImportReferences): ApplicationCells {
  const reader: Reader = { sheet, row, issues, references };
  const input: Partial<ApplicationInput> = {};
  const cell = (key: ApplicationColumnKey) => sheet.cell(row, key);
  const present = (key: ApplicationColumnKey) => sheet.has(key);
  for (const key of ['title', 'summary', 'description', 'publicOther', 'mobility'] as const) {
    if (present(key)) input[key] = cellText(cell(key));
  }
  if (present('primaryObjective')) {
    const code = cellText(cell('primaryObjective'));
    const id = code === '' ? null : objectiveId(references, code);
    if (code !== '' && id === null) issues.add('primaryObjective', `Objectif « ${code} » absent du référentiel du pacte de l’appel « ${references.callTitle} ».`);
    else input.primaryObjectiveId = id;
  }
  if (present('secondaryObjectives')) {
    const ids = resolveAll(reader, 'secondaryObjectives', (code) => objectiveId(references, code), (codes) => `${codes.length > 1 ? 'Objectifs absents' : 'Objectif absent'} du référentiel du pacte de l’appel : ${shown(codes)}.`);
    if (ids) input.secondaryObjectiveIds = ids;
  }
  if (present('publics')) {
    const keys = resolveAll(reader, 'publics', (text) => choiceKey(text, PUBLIC_LABELS, PUBLIC_ALIASES), (items) => `Public inconnu : ${shown(items)} (attendu : ${Object.values(PUBLIC_LABELS).join(', ')}).`);
    if (keys) input.publics = [...new Set(keys)];
  }
  if (present('territories')) {
    const ids = resolveAll(reader, 'territories', (name) => references.territoryIdByName.get(toSearchText(name)) ?? null, (names) => `${names.length > 1 ? 'Territoires inconnus' : 'Territoire inconnu'} : ${shown(names)} (voir la liste de la feuille « Aide »).`);
    if (ids) input.territoryIds = [...new Set(ids)];
  }
  for (const key of ['expectedParticipants', 'expectedRsaParticipants'] as const) {
    if (!present(key)) continue;
    const reading = cellCount(cell(key));
    if (reading.ok) input[key] = reading.value ?? 0;
    else issues.add(key, reading.message);
  }
  for (const key of ['startsOn', 'endsOn'] as const) {
    if (!present(key)) continue;
    const reading = cellDate(cell(key));
    if (reading.ok) input[key] = reading.value;
    else issues.add(key, reading.message);
  }
  if (present('isRenewal')) {
    const reading = cellYesNo(cell('isRenewal'));
    if (reading.ok) input.isRenewal = reading.value ?? false;
    else issues.add('isRenewal', reading.message);
  }
  if (present('duration')) {
    const value = cell('duration');
    const key = isBlank(value) ? 'annuelle' : choiceKey(cellText(value), DURATION_LABELS, DURATION_ALIASES);
    if (key === null) issues.add('duration', `Durée inconnue : « ${cellText(value)} » (attendu : annuelle ou pluriannuelle).`);
    else input.duration = key;
  }
  const budgetAccounts = new Set<BudgetAccount>();
  const budgetLines = readBudget(reader, budgetAccounts);
  if (budgetAccounts.size > 0) input.budgetLines = budgetLines;
  if (present('indicators')) input.indicators = readIndicators(cell('indicators'));
  return { input, budgetAccounts };
}
