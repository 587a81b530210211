// The records of the packs: jury packs exported (chair), the jury pack a laptop holds, score packs imported (chair).
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../open-database.ts';
import { juryPackExports, openedJuryPack } from '../schema/packs.ts';
import { scorePackImports } from '../schema/scoring.ts';

export type JuryPackExportRow = typeof juryPackExports.$inferSelect;
export type OpenedJuryPackRow = typeof openedJuryPack.$inferSelect;
export type ScorePackImportRow = typeof scorePackImports.$inferSelect;

export function insertJuryPackExport(db: Db, row: JuryPackExportRow): void {
  db.insert(juryPackExports).values(row).run();
}

export function juryPackExport(db: Db, packId: string): JuryPackExportRow | undefined {
  return db.select().from(juryPackExports).where(eq(juryPackExports.packId, packId)).get();
}

export function readOpenedJuryPack(db: Db): OpenedJuryPackRow | undefined {
  return db.select().from(openedJuryPack).where(eq(openedJuryPack.id, 1)).get();
}

export function insertOpenedJuryPack(db: Db, row: Omit<OpenedJuryPackRow, 'id'>): void {
  db.insert(openedJuryPack)
    .values({ id: 1, ...row })
    .run();
}

export function findScorePackImport(db: Db, sessionId: number, jurorId: number, packSha256: string): ScorePackImportRow | undefined {
  return db
    .select()
    .from(scorePackImports)
    .where(and(eq(scorePackImports.sessionId, sessionId), eq(scorePackImports.jurorId, jurorId), eq(scorePackImports.packSha256, packSha256)))
    .get();
}

/** The score pack of this juror saved last on their laptop, among those imported. */
export function latestScorePackImport(db: Db, sessionId: number, jurorId: number): ScorePackImportRow | undefined {
  return db
    .select()
    .from(scorePackImports)
    .where(and(eq(scorePackImports.sessionId, sessionId), eq(scorePackImports.jurorId, jurorId)))
    .orderBy(desc(scorePackImports.savedAt), desc(scorePackImports.id))
    .limit(1)
    .get();
}

export function insertScorePackImport(db: Db, row: Omit<ScorePackImportRow, 'id'>): void {
  db.insert(scorePackImports).values(row).run();
}
