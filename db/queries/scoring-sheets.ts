// Score sheets and their answers: one sheet per juror and application of a session, one answer per criterion.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CriterionAnswer, SheetAnswers } from '../../core/domain/jury/sheet-rules.ts';
import type { Db } from '../open-database.ts';
import { scoreAnswers, scoreSheets } from '../schema/scoring.ts';

export type SheetRow = typeof scoreSheets.$inferSelect;
export type SheetSource = SheetRow['source'];

/** A sheet with its answers, as the rules of core/domain/jury read them. */
export type StoredSheet = SheetRow & { answers: SheetAnswers };

function answersBySheet(db: Db, sheetIds: readonly number[]): Map<number, Record<string, CriterionAnswer>> {
  const bySheet = new Map<number, Record<string, CriterionAnswer>>(sheetIds.map((id) => [id, {}]));
  if (sheetIds.length === 0) return bySheet;
  const rows = db.select().from(scoreAnswers).where(inArray(scoreAnswers.sheetId, [...sheetIds])).orderBy(asc(scoreAnswers.sheetId), asc(scoreAnswers.criterionKey)).all();
  for (const row of rows) {
    const answers = bySheet.get(row.sheetId);
    // N/A is stored as its own flag (score null): a null score alone means "not answered yet".
    if (answers) answers[row.criterionKey] = { score: row.isNotApplicable ? 'na' : row.score, comment: row.comment };
  }
  return bySheet;
}

/** The sheets of a session with their answers; only one juror's when jurorId is given (jury mode reads nothing else). */
export function sessionSheets(db: Db, sessionId: number, filter: { jurorId?: number; status?: SheetRow['status'] } = {}): StoredSheet[] {
  const rows = db
    .select()
    .from(scoreSheets)
    .where(
      and(
        eq(scoreSheets.sessionId, sessionId),
        filter.jurorId === undefined ? undefined : eq(scoreSheets.jurorId, filter.jurorId),
        filter.status === undefined ? undefined : eq(scoreSheets.status, filter.status),
      ),
    )
    .orderBy(asc(scoreSheets.jurorId), asc(scoreSheets.applicationId))
    .all();
  const answers = answersBySheet(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, answers: answers.get(row.id) ?? {} }));
}

/** One juror's sheet for one application, or undefined before their first answer. */
export function jurorSheet(db: Db, sessionId: number, jurorId: number, applicationId: number): StoredSheet | undefined {
  const row = db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.sessionId, sessionId), eq(scoreSheets.jurorId, jurorId), eq(scoreSheets.applicationId, applicationId)))
    .get();
  return row && { ...row, answers: answersBySheet(db, [row.id]).get(row.id) ?? {} };
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
  for (const [criterionKey, answer] of Object.entries(sheet.answers)) {
    if (answer !== undefined) db.insert(scoreAnswers).values({ sheetId: id, criterionKey, ...answerValues(answer) }).run();
  }
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
