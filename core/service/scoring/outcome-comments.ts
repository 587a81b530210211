// What the jurors wrote beside their scores, gathered per criterion for the deliberation. It follows the
// scores' rules: only once revealed (the caller builds outcomes only then), only submitted sheets, and
// never the words of a juror in conflict with the application, whose score does not count either.
import type { StoredSheet } from '../../../db/queries/scoring-sheets.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import type { CriterionComments } from './scoring-api.ts';

type Counted = Pick<StoredSheet, 'jurorId' | 'answers'>;

/**
 * One application's comments, in the grid's order (criteria nobody commented are left out), each
 * criterion's comments in the order of `jurorOrder` (the session's members), named.
 */
export function criterionComments(grid: EvaluationGrid, sheets: readonly Counted[], names: ReadonlyMap<number, string>, jurorOrder: readonly number[]): CriterionComments[] {
  const rank = new Map(jurorOrder.map((jurorId, index) => [jurorId, index]));
  const ordered = [...sheets].sort((a, b) => (rank.get(a.jurorId) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.jurorId) ?? Number.MAX_SAFE_INTEGER) || a.jurorId - b.jurorId);
  return grid.criteria.flatMap((criterion) => {
    const comments = ordered.flatMap((sheet) => {
      const answer = sheet.answers[criterion.key];
      const comment = (answer?.comment ?? '').trim();
      if (comment === '') return [];
      return [{ jurorId: sheet.jurorId, jurorName: names.get(sheet.jurorId) ?? `Membre n° ${String(sheet.jurorId)}`, score: answer?.score ?? null, comment }];
    });
    return comments.length > 0 ? [{ key: criterion.key, label: criterion.label, comments }] : [];
  });
}
