// Paper sheets from a CSV, one answer per line: juror, application, criterion, score (or NA), comment.
// Everything is checked before anything is written, and each error names its row and column, since
// the chair fixes the file in a spreadsheet and imports it again.
import { matchHeaders, type ExpectedColumn } from '../../domain/header-matching.ts';
import type { EvaluationGrid, GridCriterion } from '../../domain/jury/grid.ts';
import { sheetProblems, type CriterionAnswer } from '../../domain/jury/sheet-rules.ts';
import type { SheetRow as StoredSheetRow } from '../../../db/queries/scoring-sheets.ts';
import { cellText, isBlank } from '../imports/cell-values.ts';
import type { RawSheet, SheetRow } from '../imports/read-file.ts';
import type { AgendaItem } from '../sessions/sessions-api.ts';
import { isConflicted, paperReplacementProblem, sheetOf } from './scoring-session.ts';

type Column = 'juror' | 'application' | 'criterion' | 'score' | 'comment';

export const SCORE_COLUMNS: readonly ExpectedColumn<Column>[] = [
  { key: 'juror', label: 'juror', aliases: ['juré', 'membre', 'membre du jury'], required: true },
  { key: 'application', label: 'application', aliases: ['dossier'], required: true },
  { key: 'criterion', label: 'criterion', aliases: ['critère'], required: true },
  { key: 'score', label: 'score', aliases: ['note'], required: true },
  { key: 'comment', label: 'comment', aliases: ['commentaire'] },
];

export type CsvError = { row: number; column: string; message: string };

export type PaperSheet = { jurorId: number; applicationId: number; answers: Record<string, CriterionAnswer> };

export type ScoreCsvContext = {
  grid: EvaluationGrid;
  agenda: readonly AgendaItem[];
  members: readonly { id: number; name: string }[];
  /** The sheets already in the session (their answers are not needed), to refuse replacing one a juror sealed. */
  existing: readonly Pick<StoredSheetRow, 'jurorId' | 'applicationId' | 'status' | 'source'>[];
};

const NOT_APPLICABLE = /^(?:na|n\/a|n\.a\.?|non applicable)$/iu;
const spaces = (text: string) => text.replace(/\s+/gu, ' ').trim();

type Found<T> = { found: T } | { problem: 'unknown' | 'ambiguous' };

/**
 * By number, else by the exact name (spacing aside); several with that name is the file's ambiguity,
 * not ours to settle. Indexed once per file: a file has one line per score, 800,000 for a big jury.
 */
function finder<T extends { id: number }>(candidates: readonly T[], nameOf: (candidate: T) => string): (text: string) => Found<T> {
  const byId = new Map<number, T>();
  const byName = new Map<string, T[]>();
  for (const candidate of candidates) {
    if (!byId.has(candidate.id)) byId.set(candidate.id, candidate);
    const name = spaces(nameOf(candidate));
    const named = byName.get(name);
    if (named) named.push(candidate);
    else byName.set(name, [candidate]);
  }
  return (text) => {
    if (/^\d+$/u.test(text)) {
      const found = byId.get(Number(text));
      if (found) return { found };
    }
    const named = byName.get(text) ?? [];
    if (named.length === 1 && named[0]) return { found: named[0] };
    return { problem: named.length > 1 ? 'ambiguous' : 'unknown' };
  };
}

/** The context's lists indexed for the lookups of every line. */
type Lookups = {
  juror: (text: string) => Found<{ id: number; name: string }>;
  item: (text: string) => Found<AgendaItem & { id: number }>;
  existing: ReadonlyMap<string, ScoreCsvContext['existing'][number]>;
};

function lookups(context: ScoreCsvContext): Lookups {
  return {
    juror: finder(context.members, (member) => member.name),
    item: finder(
      context.agenda.map((item) => ({ ...item, id: item.applicationId })),
      (candidate) => candidate.title,
    ),
    existing: new Map(context.existing.map((sheet) => [`${sheet.jurorId}:${sheet.applicationId}`, sheet])),
  };
}

type Line = { row: number; juror?: { id: number; name: string }; item?: AgendaItem; criterion?: GridCriterion; answer?: CriterionAnswer; clean: boolean };

function readLine(sheet: RawSheet, row: SheetRow, columns: Partial<Record<Column, number>>, context: ScoreCsvContext, find: Lookups, errors: CsvError[]): Line {
  const header = (key: Column) => sheet.headers[columns[key] ?? -1] ?? key;
  const cell = (key: Column) => (columns[key] === undefined ? '' : spaces(cellText(row.cells[columns[key]] ?? null)));
  const line: Line = { row: row.row, clean: true };
  const fail = (key: Column, message: string) => {
    errors.push({ row: row.row, column: header(key), message });
    line.clean = false;
  };
  const jurorText = cell('juror');
  const juror = find.juror(jurorText);
  if (jurorText === '') fail('juror', 'Membre du jury manquant (son numéro ou son nom).');
  else if ('found' in juror) line.juror = juror.found;
  else if (juror.problem === 'ambiguous') fail('juror', `Plusieurs membres du jury s’appellent « ${jurorText} » : indiquez son numéro.`);
  else fail('juror', `Aucun membre du jury « ${jurorText} » n’est convoqué à cette séance.`);

  const applicationText = cell('application');
  const item = find.item(applicationText);
  if (applicationText === '') fail('application', 'Dossier manquant (son numéro ou son intitulé).');
  else if ('found' in item) line.item = item.found;
  else if (item.problem === 'ambiguous') fail('application', `Plusieurs dossiers de l’ordre du jour s’intitulent « ${applicationText} » : indiquez son numéro.`);
  else fail('application', `Le dossier « ${applicationText} » n’est pas à l’ordre du jour de cette séance.`);

  const criterionText = cell('criterion');
  const criterion = context.grid.criteria.find((candidate) => candidate.key === criterionText) ?? context.grid.criteria.find((candidate) => spaces(candidate.label) === criterionText);
  if (criterionText === '') fail('criterion', 'Critère manquant (sa clé ou son intitulé).');
  else if (criterion) line.criterion = criterion;
  else fail('criterion', `Critère inconnu dans la grille « ${context.grid.title} » : « ${criterionText} ».`);

  const scoreText = cell('score');
  const comment = cell('comment');
  if (scoreText === '') fail('score', 'Note manquante : un nombre entier, ou NA pour « non applicable ».');
  else if (NOT_APPLICABLE.test(scoreText)) line.answer = { score: 'na', comment };
  else if (/^[+-]?\d+$/u.test(scoreText)) line.answer = { score: Number(scoreText), comment };
  else fail('score', `Note illisible « ${scoreText} » : un nombre entier, ou NA pour « non applicable ».`);
  return line;
}

type Group = { juror: { id: number; name: string }; item: AgendaItem; lines: Line[] };

function groupProblems(group: Group, context: ScoreCsvContext, find: Lookups, columnOf: (key: Column) => string, errors: CsvError[]): PaperSheet | null {
  const { juror, item, lines } = group;
  const first = lines[0]?.row ?? 0;
  const where = `${sheetOf(juror.name)} pour « ${item.title} »`;
  if (isConflicted(item, juror.id)) {
    errors.push({ row: first, column: columnOf('juror'), message: `${juror.name} est en conflit d’intérêts avec le dossier « ${item.title} » : ses notes ne peuvent pas être saisies.` });
    return null;
  }
  const existing = find.existing.get(`${juror.id}:${item.applicationId}`);
  const replacement = paperReplacementProblem(existing, juror.name, item.title);
  if (replacement) {
    errors.push({ row: first, column: columnOf('juror'), message: replacement });
    return null;
  }
  // A line already wrong says so itself; the sheet as a whole is judged once its lines are readable.
  if (lines.some((line) => !line.clean)) return null;
  const answers: Record<string, CriterionAnswer> = {};
  const rowOf = new Map<string, number>();
  for (const line of lines) {
    if (line.criterion && line.answer) {
      answers[line.criterion.key] = line.answer;
      rowOf.set(line.criterion.key, line.row);
    }
  }
  const problems = sheetProblems(context.grid, answers, 'submit');
  for (const problem of problems) {
    const row = rowOf.get(problem.criterionKey);
    if (row === undefined) errors.push({ row: first, column: columnOf('criterion'), message: `${where} — ${problem.message}` });
    else errors.push({ row, column: columnOf(problem.kind === 'comment_required' ? 'comment' : 'score'), message: problem.message });
  }
  return problems.length === 0 ? { jurorId: juror.id, applicationId: item.applicationId, answers } : null;
}

/** The paper sheets of a CSV already read, or every error in it; sheets only when there is no error at all. */
export function readScoreSheets(sheet: RawSheet, context: ScoreCsvContext): { sheets: PaperSheet[]; errors: CsvError[] } {
  const match = matchHeaders(sheet.headers, SCORE_COLUMNS);
  const expected = SCORE_COLUMNS.map((column) => column.label).join(', ');
  const errors: CsvError[] = [
    ...match.missing.map(({ label }) => ({ row: 1, column: label, message: `Colonne « ${label} » absente (colonnes attendues : ${expected}).` })),
    ...match.unknown.map(({ header }) => ({ row: 1, column: header, message: `Colonne inconnue « ${header} » (colonnes attendues : ${expected}).` })),
    ...match.duplicates.map(({ key, indexes }) => ({ row: 1, column: sheet.headers[indexes[1] ?? 0] ?? key, message: `La colonne « ${key} » figure plusieurs fois.` })),
  ];
  if (errors.length > 0) return { sheets: [], errors };
  const columnOf = (key: Column) => sheet.headers[match.columns[key] ?? -1] ?? key;
  const rows = sheet.rows.filter((row) => !row.cells.every(isBlank));
  if (rows.length === 0) return { sheets: [], errors: [{ row: 2, column: columnOf('score'), message: 'Le fichier ne contient aucune note.' }] };

  const find = lookups(context);
  const groups = new Map<string, Group>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const line = readLine(sheet, row, match.columns, context, find, errors);
    if (!line.juror || !line.item) continue;
    if (line.criterion) {
      const key = `${line.juror.id}:${line.item.applicationId}:${line.criterion.key}`;
      const before = seen.get(key);
      if (before !== undefined) {
        errors.push({ row: row.row, column: columnOf('criterion'), message: `Ce critère est déjà noté à la ligne ${before} pour ce membre et ce dossier.` });
        line.clean = false;
      } else seen.set(key, row.row);
    }
    const groupKey = `${line.juror.id}:${line.item.applicationId}`;
    const group = groups.get(groupKey) ?? { juror: line.juror, item: line.item, lines: [] };
    group.lines.push(line);
    groups.set(groupKey, group);
  }
  const sheets = [...groups.values()].flatMap((group) => {
    const paper = groupProblems(group, context, find, columnOf, errors);
    return paper ? [paper] : [];
  });
  errors.sort((a, b) => a.row - b.row);
  return errors.length > 0 ? { sheets: [], errors } : { sheets, errors };
}
