// The offline road of one session, as recorded: the jury packs handed out (to whom, by whom, when, encrypted
// or not) and the score packs received back. Read for the chair's page; written by pack-records.ts.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../open-database.ts';
import { jurors } from '../schema/jury.ts';
import { juryPackExports } from '../schema/packs.ts';
import { scorePackImports } from '../schema/scoring.ts';

export type PackHandoverRow = { packId: string; jurorId: number; jurorName: string; isEncrypted: boolean; exportedAt: string; exportedBy: string };
export type ScorePackReturnRow = { jurorId: number; jurorName: string; savedAt: string; importedAt: string; importedBy: string };

/** Every jury pack of the session, the latest first. */
export function sessionPackHandovers(db: Db, sessionId: number): PackHandoverRow[] {
  return db
    .select({ packId: juryPackExports.packId, jurorId: juryPackExports.jurorId, jurorName: jurors.name, isEncrypted: juryPackExports.isEncrypted, exportedAt: juryPackExports.exportedAt, exportedBy: juryPackExports.exportedBy })
    .from(juryPackExports)
    .innerJoin(jurors, eq(jurors.id, juryPackExports.jurorId))
    .where(eq(juryPackExports.sessionId, sessionId))
    .orderBy(desc(juryPackExports.exportedAt), asc(jurors.name))
    .all();
}

/** Every score pack imported for the session, the latest import first. */
export function sessionScorePackReturns(db: Db, sessionId: number): ScorePackReturnRow[] {
  return db
    .select({ jurorId: scorePackImports.jurorId, jurorName: jurors.name, savedAt: scorePackImports.savedAt, importedAt: scorePackImports.importedAt, importedBy: scorePackImports.importedBy })
    .from(scorePackImports)
    .innerJoin(jurors, eq(jurors.id, scorePackImports.jurorId))
    .where(eq(scorePackImports.sessionId, sessionId))
    .orderBy(desc(scorePackImports.importedAt), desc(scorePackImports.id))
    .all();
}
