// Score sheets and their answers: one sheet per juror and application of a session, one answer per criterion.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CriterionAnswer, SheetAnswers } from '../../core/domain/jury/sheet-rules.ts';
import type { Db } from '../open-database.ts';
import { scoreAnswers, scoreSheets } from '../schema/scoring.ts';

export type SheetRow = typeof scoreSheets.$inferSelect;
export type SheetSource = SheetRow['source'];

/** A sheet with its answers, as the rules of core/domain/jury read them. */
export type StoredSheet = SheetRow & { answers: SheetAnswers };

type AnswerRow = typeof scoreAnswers.$inferSelect;

function answersBySheet(sheetIds: readonly number[], rows: readonly AnswerRow[]): Map<number, Record<string, CriterionAnswer>> {
  const bySheet = new Map<number, Record<string, CriterionAnswer>>(sheetIds.map((id) => [id, {}]));
  for (const row of rows) {
    const answers = bySheet.get(row.sheetId);
    // N/A is stored as its own flag (score null): a null score alone means "not answered yet".
    if (answers) answers[row.criterionKey] = { score: row.isNotApplicable ? 'na' : row.score, comment: row.comment };
  }
  return bySheet;
}

type SheetFilter = { jurorId?: number; status?: SheetRow['status'] };

function sheetsWhere(sessionId: number, filter: SheetFilter) {
  return and(
    eq(scoreSheets.sessionId, sessionId),
    filter.jurorId === undefined ? undefined : eq(scoreSheets.jurorId, filter.jurorId),
    filter.status === undefined ? undefined : eq(scoreSheets.status, filter.status),
  );
}

/** The sheets of a session without their answers (what a sheet's status and source decide). */
export function sessionSheetRows(db: Db, sessionId: number, filter: SheetFilter = {}): SheetRow[] {
  return db.select().from(scoreSheets).where(sheetsWhere(sessionId, filter)).orderBy(asc(scoreSheets.jurorId), asc(scoreSheets.applicationId)).all();
}

/** The sheets of a session with their answers; only one juror's when jurorId is given (jury mode reads nothing else). */
export function sessionSheets(db: Db, sessionId: number, filter: SheetFilter = {}): StoredSheet[] {
  const rows = sessionSheetRows(db, sessionId, filter);
  // Joined on the same filter rather than a list of sheet ids: a jury of 50 on 2,000 applications has
  // 100,000 sheets, and SQLite binds at most 32,766 values in one statement.
  const answerRows = db
    .select({ sheetId: scoreAnswers.sheetId, criterionKey: scoreAnswers.criterionKey, score: scoreAnswers.score, isNotApplicable: scoreAnswers.isNotApplicable, comment: scoreAnswers.comment })
    .from(scoreAnswers)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scoreAnswers.sheetId))
    .where(sheetsWhere(sessionId, filter))
    .orderBy(asc(scoreAnswers.sheetId), asc(scoreAnswers.criterionKey))
    .all();
  const answers = answersBySheet(rows.map((row) => row.id), answerRows);
  return rows.map((row) => ({ ...row, answers: answers.get(row.id) ?? {} }));
}

/** One juror's sheet for one application, or undefined before their first answer. */
export function jurorSheet(db: Db, sessionId: number, jurorId: number, applicationId: number): StoredSheet | undefined {
  const row = db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.sessionId, sessionId), eq(scoreSheets.jurorId, jurorId), eq(scoreSheets.applicationId, applicationId)))
    .get();
  if (!row) return undefined;
  const answerRows = db.select().from(scoreAnswers).where(eq(scoreAnswers.sheetId, row.id)).orderBy(asc(scoreAnswers.criterionKey)).all();
  return { ...row, answers: answersBySheet([row.id], answerRows).get(row.id) ?? {} };
}

type SheetIdentity = { sessionId: number; jurorId: number; applicationId: number };

/** The draft sheet a juror's first answer opens. */
export function insertDraftSheet(db: Db, identity: SheetIdentity, at: string): number {
  return db.insert(scoreSheets).values({ ...identity, status: 'draft', source: 'app', updatedAt: at }).returning({ id: scoreSheets.id }).get().id;
}

function answerValues(answer: CriterionAnswer) {
  const score = answer.score ?? null;
  return { score: score === 'na' ? null : score, isNotApplicable: score === 'na', comment: (answer.comment ?? '').trim() };
}

/** Autosave of one criterion; the sheet's updatedAt follows. */
export function saveAnswer(db: Db, sheetId: number, criterionKey: string, answer: CriterionAnswer, at: string): void {
  const values = answerValues(answer);
  db.insert(scoreAnswers)
    .values({ sheetId, criterionKey, ...values })
    .onConflictDoUpdate({ target: [scoreAnswers.sheetId, scoreAnswers.criterionKey], set: values })
    .run();
  db.update(scoreSheets).set({ updatedAt: at }).where(eq(scoreSheets.id, sheetId)).run();
}

/**
 * A whole sheet as given (paper, CSV): the juror's previous sheet for the application, if any, is
 * replaced — its answers all go, so that no answer of the old sheet survives into the new one.
 */
export function replaceSheet(db: Db, identity: SheetIdentity, sheet: { answers: SheetAnswers; source: SheetSource; at: string }): void {
  const values = { status: 'submitted' as const, source: sheet.source, submittedAt: sheet.at, packSavedAt: null, updatedAt: sheet.at };
  const id = db
    .insert(scoreSheets)
    .values({ ...identity, ...values })
    .onConflictDoUpdate({ target: [scoreSheets.sessionId, scoreSheets.jurorId, scoreSheets.applicationId], set: values })
    .returning({ id: scoreSheets.id })
    .get().id;
  db.delete(scoreAnswers).where(eq(scoreAnswers.sheetId, id)).run();
  // One statement for the whole sheet, not one per criterion: an import writes 100,000 sheets.
  const answers = Object.entries(sheet.answers).flatMap(([criterionKey, answer]) => (answer === undefined ? [] : [{ sheetId: id, criterionKey, ...answerValues(answer) }]));
  if (answers.length > 0) db.insert(scoreAnswers).values(answers).run();
}

/** Seals these sheets of a juror. */
export function submitSheets(db: Db, sheetIds: readonly number[], at: string): void {
  if (sheetIds.length === 0) return;
  db.update(scoreSheets).set({ status: 'submitted', submittedAt: at, updatedAt: at }).where(inArray(scoreSheets.id, [...sheetIds])).run();
}

/** The chair reopens every submitted sheet of a juror in the session; returns how many. */
export function reopenSheets(db: Db, sessionId: number, jurorId: number, at: string): number {
  return db
    .update(scoreSheets)
    .set({ status: 'draft', submittedAt: null, updatedAt: at })
    .where(and(eq(scoreSheets.sessionId, sessionId), eq(scoreSheets.jurorId, jurorId), eq(scoreSheets.status, 'submitted')))
    .run().changes;
}
