// One juror's sheet for one application: a score on each criterion's scale, or an explicit "non
// applicable", and a comment wherever the grid asks one for a low score.
import type { EvaluationGrid, GridCriterion } from './grid.ts';

/** An integer on the criterion's scale, or 'na' ("non applicable", only where the grid allows it). */
export type CriterionScore = number | 'na';

export type CriterionAnswer = { score: CriterionScore | null; comment?: string | null };

/** The answers of one sheet by criterion key; a criterion absent or with a null score is not answered yet. */
export type SheetAnswers = Readonly<Record<string, CriterionAnswer | undefined>>;

export type SheetProblemKind = 'missing' | 'not_integer' | 'out_of_scale' | 'na_not_allowed' | 'comment_required' | 'unknown_criterion';

export type SheetProblem = { criterionKey: string; kind: SheetProblemKind; message: string };

/**
 * 'draft': what autosave refuses (a value no scale holds); 'submit': also what is not done yet
 * (a criterion unanswered, a low score without its comment), since a submitted sheet is sealed.
 */
export type SheetStage = 'draft' | 'submit';

const INCOMPLETE: ReadonlySet<SheetProblemKind> = new Set(['missing', 'comment_required']);

function hasText(comment: string | null | undefined): boolean {
  return typeof comment === 'string' && comment.trim().length > 0;
}

function answerProblem(criterion: GridCriterion, answer: CriterionAnswer | undefined): SheetProblem | null {
  const { key, label, scale } = criterion;
  const problem = (kind: SheetProblemKind, message: string): SheetProblem => ({ criterionKey: key, kind, message: `« ${label} » : ${message}` });
  const score = answer?.score ?? null;
  if (score === null) return problem('missing', 'note manquante.');
  if (score === 'na') return criterion.allowsNotApplicable ? null : problem('na_not_allowed', '« non applicable » n’est pas permis pour ce critère.');
  if (!Number.isInteger(score)) return problem('not_integer', `la note doit être un nombre entier de ${scale.min} à ${scale.max}.`);
  if (score < scale.min || score > scale.max) return problem('out_of_scale', `la note ${score} sort de l’échelle ${scale.min}–${scale.max}.`);
  const threshold = criterion.commentRequiredBelow;
  if (threshold !== null && score < threshold && !hasText(answer?.comment)) {
    return problem('comment_required', `un commentaire est obligatoire pour une note inférieure à ${threshold}.`);
  }
  return null;
}

/**
 * The problems of a sheet against its grid, in the grid's order, each naming its criterion (its
 * label in the message, its key for the screen to put the focus there). Answers to a criterion
 * the grid does not have come last: they mean the sheet was made for another version of the grid.
 */
export function sheetProblems(grid: EvaluationGrid, answers: SheetAnswers, stage: SheetStage = 'submit'): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const criterion of grid.criteria) {
    const problem = answerProblem(criterion, answers[criterion.key]);
    if (problem !== null && (stage === 'submit' || !INCOMPLETE.has(problem.kind))) problems.push(problem);
  }
  const known = new Set(grid.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key) && answers[key] !== undefined) {
      problems.push({ criterionKey: key, kind: 'unknown_criterion', message: `Le critère « ${key} » n’existe pas dans la grille « ${grid.title} ».` });
    }
  }
  return problems;
}

/** True when the sheet may be submitted: every criterion scored or N/A where allowed, every required comment written. */
export function isSheetComplete(grid: EvaluationGrid, answers: SheetAnswers): boolean {
  return sheetProblems(grid, answers, 'submit').length === 0;
}

/** How many criteria are answered (a valid score or an allowed N/A), for the juror's progress. */
export function answeredCriteria(grid: EvaluationGrid, answers: SheetAnswers): { answered: number; total: number } {
  let answered = 0;
  for (const criterion of grid.criteria) {
    const problem = answerProblem(criterion, answers[criterion.key]);
    if (problem === null || problem.kind === 'comment_required') answered += 1;
  }
  return { answered, total: grid.criteria.length };
}
