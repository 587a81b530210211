// A juror's progress ("12 / 40"): counted on their own sheets only, never a score — what the juror
// sees of their work and what the chair may see of everyone's before the reveal.
import type { StoredSheet } from '../../../db/queries/scoring-sheets.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import { isSheetComplete } from '../../domain/jury/sheet-rules.ts';
import type { AgendaItem } from '../sessions/sessions-api.ts';
import type { JurorProgress } from './scoring-api.ts';
import { applicationsToScore } from './scoring-session.ts';

export type Progress = Omit<JurorProgress, 'jurorId' | 'jurorName'>;

/** One juror's sheets by application (the caller passes only that juror's). */
export function sheetsByApplication(sheets: readonly StoredSheet[]): Map<number, StoredSheet> {
  return new Map(sheets.map((sheet) => [sheet.applicationId, sheet]));
}

/**
 * Complete sheets over the applications to score (conflicts left out). "Submitted" once every one of
 * them is submitted, whatever the road (jury mode, paper, pack); the source is that of the sheet
 * saved last, since a juror may start in the app and end on paper.
 */
export function jurorProgress(grid: EvaluationGrid, agenda: readonly AgendaItem[], jurorId: number, sheets: ReadonlyMap<number, StoredSheet>): Progress {
  const toScore = applicationsToScore(agenda, jurorId);
  const mine = toScore.flatMap((item) => {
    const sheet = sheets.get(item.applicationId);
    return sheet ? [sheet] : [];
  });
  const completeCount = mine.filter((sheet) => isSheetComplete(grid, sheet.answers)).length;
  const isSubmitted = toScore.length > 0 && mine.length === toScore.length && mine.every((sheet) => sheet.status === 'submitted');
  const latest = (values: (string | null)[]) => values.reduce<string | null>((max, value) => (value !== null && (max === null || value > max) ? value : max), null);
  const lastSaved = [...sheets.values()].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id))[0];
  return {
    completeCount,
    toScoreCount: toScore.length,
    isSubmitted,
    submittedAt: isSubmitted ? latest(mine.map((sheet) => sheet.submittedAt)) : null,
    source: lastSaved?.source ?? null,
  };
}
