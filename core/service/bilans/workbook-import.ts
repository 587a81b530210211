// Imports a returned workbook: bounded read (the import's zip-bomb and size guards), identification,
// every cell against the layout, then the bilan's rules through the same path as `bilans.saveContent`.
// All or nothing: a refusal writes nothing; the same content again writes nothing (changed: false).
import { createHash } from 'node:crypto';
import ExcelJS, { type Workbook } from 'exceljs';
import { findBilanConvention } from '../../../db/queries/bilan-content.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { deferWrite, type DeferredWrite } from '../deferred-write.ts';
import { checkXlsxArchive } from '../imports/xlsx-archive.ts';
import { formatCount, MAX_SHEET_ROWS } from '../imports/spreadsheet-limits.ts';
import type { BilanWorkbookImport, WorkbookProblem } from './bilan-content-api.ts';
import { applyBilanSave, prepareBilanSave, todayOf, type BilanSaveIssue } from './bilan-content-save.ts';
import { FINANCIAL_COLUMNS as FC, INDICATOR_COLUMNS as IC, SHEETS, WORKBOOK_FORMAT, WORKBOOK_VERSION, workbookLayout, type WorkbookLayout } from './workbook-layout.ts';
import { Problems, readWorkbookContent, type ReadWorkbookContent } from './workbook-read.ts';

export type ImportWorkbookInput = { fileName: string; contentBase64: string; dryRun: boolean; expected?: { conventionId: number; year: number } | undefined };

/** A bilan workbook has a few hundred rows; far more is not one. */
const MAX_WORKBOOK_ROWS = Math.min(MAX_SHEET_ROWS, 5_000);

type Identity = { conventionId: number; year: number; conventionNumber: string };

async function loadWorkbook(bytes: Buffer): Promise<Workbook> {
  await checkXlsxArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'Classeur Excel illisible : le fichier est abîmé ou n’est pas un vrai fichier .xlsx.');
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount > MAX_WORKBOOK_ROWS) throw new AppError('validation', `Feuille « ${sheet.name} » : ${formatCount(sheet.actualRowCount)} lignes, ce n’est pas un classeur de bilan.`);
  }
  return workbook;
}

function readIdentity(workbook: Workbook): Identity {
  const sheet = workbook.getWorksheet(SHEETS.identity);
  const notOurs = new AppError('validation', 'Ce classeur n’est pas un bilan préparé par Pacte CAI (identification absente) : repartez du classeur envoyé par le CCAS.');
  if (!sheet) throw notOurs;
  const fields = new Map<string, string>();
  for (let row = 1; row <= 10; row += 1) fields.set(String(sheet.getCell(row, 1).value ?? ''), String(sheet.getCell(row, 2).value ?? ''));
  const conventionId = Number(fields.get('conventionId'));
  const year = Number(fields.get('year'));
  if (fields.get('format') !== WORKBOOK_FORMAT || !Number.isSafeInteger(conventionId) || !Number.isSafeInteger(year)) throw notOurs;
  if (fields.get('version') !== String(WORKBOOK_VERSION)) throw new AppError('validation', `Version de classeur ${fields.get('version') ?? '?'} non prise en charge : demandez un nouveau classeur.`);
  return { conventionId, year, conventionNumber: fields.get('conventionNumber') ?? '' };
}

/** Refusals of the whole file: not ours, another convention or year, a convention this base does not have. */
function checkIdentity(context: ServiceContext, identity: Identity, expected: ImportWorkbookInput['expected']): WorkbookLayout {
  if (expected && (expected.conventionId !== identity.conventionId || expected.year !== identity.year)) {
    const wanted = findBilanConvention(context.db, expected.conventionId)?.number ?? `n° ${expected.conventionId}`;
    throw new AppError('precondition', `Ce classeur est le bilan ${identity.year} de la convention ${identity.conventionNumber}, pas le bilan ${expected.year} de la convention ${wanted}.`);
  }
  const convention = findBilanConvention(context.db, identity.conventionId);
  if (!convention || convention.number !== identity.conventionNumber) {
    throw new AppError('not_found', `La convention ${identity.conventionNumber} de ce classeur n’existe pas dans cette base (classeur d’une autre base ?).`);
  }
  return workbookLayout(context.db, identity.conventionId, identity.year);
}

/** Puts a rule's problem at its cell: a figure's row (column Valeur), a CRF line's row and column. */
function placeIssue(issue: BilanSaveIssue, layout: WorkbookLayout, content: ReadWorkbookContent, problems: Problems): void {
  if (issue.line !== undefined) {
    const row = content.lineRows[issue.line];
    const column = { side: FC.side, account: FC.account, label: FC.label, plannedCents: FC.planned, actualCents: FC.actual }[issue.field as 'side'] as number | undefined;
    const message = issue.message.replace(/^Compte rendu financier, ligne \d+ : /u, '');
    problems.at(SHEETS.financial, row, column, message);
    return;
  }
  if (issue.code !== undefined) {
    const dimension = issue.dimension ?? 'total';
    const entry =
      layout.indicatorRows.find((row) => row.definition.code === issue.code && row.dimension === dimension && (issue.category === undefined || row.category === issue.category)) ??
      layout.indicatorRows.find((row) => row.definition.code === issue.code && row.dimension === 'total');
    problems.at(SHEETS.indicators, entry?.row, entry ? IC.value : undefined, issue.message);
    return;
  }
  problems.general(issue.message);
}

function report(input: ImportWorkbookInput, fields: Partial<BilanWorkbookImport>, problems: WorkbookProblem[]): BilanWorkbookImport {
  return {
    fileName: input.fileName,
    ok: problems.length === 0,
    dryRun: input.dryRun,
    conventionId: null,
    conventionNumber: null,
    year: null,
    bilanId: null,
    changed: false,
    valueCount: 0,
    lineCount: 0,
    ...fields,
    problems,
  };
}

export async function importBilanWorkbook(context: ServiceContext, input: ImportWorkbookInput): Promise<BilanWorkbookImport | DeferredWrite<BilanWorkbookImport>> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let workbook: Workbook;
  let identity: Identity;
  let layout: WorkbookLayout;
  try {
    workbook = await loadWorkbook(bytes);
    identity = readIdentity(workbook);
    layout = checkIdentity(context, identity, input.expected);
  } catch (error) {
    if (error instanceof AppError) return report(input, {}, [{ message: error.message }]);
    throw error;
  }
  const known = { conventionId: identity.conventionId, conventionNumber: identity.conventionNumber, year: identity.year };
  const problems = new Problems();
  const content = readWorkbookContent(workbook, layout, problems);
  if (content.outcome === null || problems.list.length > 0) return report(input, known, problems.list);

  const prepared = prepareBilanSave(
    context.db,
    {
      conventionId: identity.conventionId,
      year: identity.year,
      outcome: content.outcome,
      receivedOn: todayOf(context),
      qualitative: content.qualitative,
      values: content.values,
      financialLines: content.financialLines,
      sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    },
    todayOf(context),
    { sameIgnoringReceivedOn: true },
  );
  if (!prepared.ok) {
    for (const issue of prepared.issues) placeIssue(issue, layout, content, problems);
    return report(input, known, problems.list);
  }
  const counts = { valueCount: content.values.length, lineCount: content.financialLines.length };
  const { plan } = prepared;
  // A dry run says whether the import would change the bilan.
  if (input.dryRun) return report(input, { ...known, ...counts, bilanId: plan.existingId, changed: !plan.unchanged }, []);
  return deferWrite(() => {
    const saved = applyBilanSave(context.db, plan, context.actor, context.now().toISOString());
    return report(input, { ...known, ...counts, bilanId: saved.bilanId, changed: saved.changed }, []);
  });
}
