// scores.importCsv: the chair imports the paper sheets typed into a spreadsheet. All or nothing: with
// any error the report comes back with every error and nothing is written (no throw, so that the
// screen can list them all; the CLI then exits in error). A file that cannot be read at all throws.
// The file is sealed content: the audit entry keeps its name, never its size nor a digest of it.
import path from 'node:path';
import { freezeGrid } from '../../../db/queries/grid-queries.ts';
import { replaceSheet, sessionSheetRows } from '../../../db/queries/scoring-sheets.ts';
import { memberRows } from '../../../db/queries/session-read.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Handlers } from '../handlers.ts';
import { readCsv } from '../imports/read-csv.ts';
import { requireChairPin } from '../sessions/session-pins.ts';
import { PAPER_STATUSES } from './chair-handlers.ts';
import { readScoreSheets } from './score-csv.ts';
import { requireStatus, scoringSession } from './scoring-session.ts';

export const csvImportHandlers: Handlers<'scores.importCsv'> = {
  'scores.importCsv': ({ sessionId, fileName, contentBase64, chairPin }, { db, now }) => {
    const { session, grid, agenda } = scoringSession(db, sessionId);
    requireStatus(session, PAPER_STATUSES, 'Import de fiches papier impossible');
    requireChairPin(db, sessionId, chairPin);
    const extension = path.extname(fileName).toLowerCase();
    if (extension !== '.csv' && extension !== '.txt') {
      throw new AppError('validation', `« ${fileName} » n’est pas un fichier CSV : enregistrez le tableau au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».`, [
        { path: 'fileName', message: 'Fichier .csv attendu.' },
      ]);
    }
    const sheet = readCsv(Buffer.from(contentBase64.base64, 'base64'), fileName);
    const { sheets, errors } = readScoreSheets(sheet, { grid, agenda, members: memberRows(db, sessionId), existing: sessionSheetRows(db, sessionId) });
    if (errors.length > 0) return { sheets: 0, answers: 0, errors };
    const at = now().toISOString();
    for (const paper of sheets) replaceSheet(db, { sessionId, jurorId: paper.jurorId, applicationId: paper.applicationId }, { answers: paper.answers, source: 'paper', at });
    if (sheets.length > 0) freezeGrid(db, session.gridId, at);
    return { sheets: sheets.length, answers: sheets.reduce((total, paper) => total + Object.keys(paper.answers).length, 0), errors: [] };
  },
};
