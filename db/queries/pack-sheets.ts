// Chair side: the sheets a score pack brings, written over the juror's earlier ones (source 'pack').
import { and, eq, notInArray } from 'drizzle-orm';
import type { SheetAnswers } from '../../core/domain/jury/sheet-rules.ts';
import type { Db } from '../open-database.ts';
import { scoreAnswers, scoreSheets } from '../schema/scoring.ts';

type SheetIdentity = { sessionId: number; jurorId: number; applicationId: number };

export type PackSheet = { status: 'draft' | 'submitted'; submittedAt: string | null; packSavedAt: string; answers: SheetAnswers; at: string };

/** One sheet as the laptop had it: the previous sheet of the juror for that application goes, answers and all. */
export function writePackSheet(db: Db, identity: SheetIdentity, sheet: PackSheet): void {
  const values = {
    status: sheet.status,
    source: 'pack' as const,
    submittedAt: sheet.status === 'submitted' ? sheet.submittedAt : null,
    packSavedAt: sheet.packSavedAt,
    updatedAt: sheet.at,
  };
  const id = db
    .insert(scoreSheets)
    .values({ ...identity, ...values })
    .onConflictDoUpdate({ target: [scoreSheets.sessionId, scoreSheets.jurorId, scoreSheets.applicationId], set: values })
    .returning({ id: scoreSheets.id })
    .get().id;
  db.delete(scoreAnswers).where(eq(scoreAnswers.sheetId, id)).run();
  for (const [criterionKey, answer] of Object.entries(sheet.answers)) {
    if (answer === undefined) continue;
    const score = answer.score ?? null;
    db.insert(scoreAnswers)
      .values({ sheetId: id, criterionKey, score: score === 'na' ? null : score, isNotApplicable: score === 'na', comment: (answer.comment ?? '').trim() })
      .run();
  }
}

/** The juror's sheets that came in an earlier score pack and are not in the newer one: the newer pack is the laptop's whole state. */
export function deleteOlderPackSheets(db: Db, sessionId: number, jurorId: number, keptApplicationIds: readonly number[]): number {
  return db
    .delete(scoreSheets)
    .where(
      and(
        eq(scoreSheets.sessionId, sessionId),
        eq(scoreSheets.jurorId, jurorId),
        eq(scoreSheets.source, 'pack'),
        keptApplicationIds.length === 0 ? undefined : notInArray(scoreSheets.applicationId, [...keptApplicationIds]),
      ),
    )
    .run().changes;
}
