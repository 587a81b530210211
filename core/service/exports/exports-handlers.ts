// The spreadsheet exports: each builds its table from the queries its screen uses, then the one writer.
import type { Handlers } from '../handlers.ts';
import { exportApplications } from './applications-export.ts';
import type { exportsMethods } from './exports-api.ts';
import { exportSessionProgress } from './session-progress-export.ts';
import { exportSessionResults } from './session-results-export.ts';

export const exportsHandlers: Handlers<keyof typeof exportsMethods> = {
  'applications.export': (input, { db, now }) => exportApplications(db, input, now()),
  'sessions.exportResults': (input, { db, now }) => exportSessionResults(db, input, now()),
  'sessions.exportProgress': (input, { db, now }) => exportSessionProgress(db, input, now()),
};
