// A juror's sheet against the grid: an integer on each scale or an allowed N/A, a comment under the
// threshold; drafts may be incomplete, a submitted sheet may not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationGrid } from '../../../core/domain/jury/grid.ts';
import { answeredCriteria, isSheetComplete, type SheetAnswers, sheetProblems } from '../../../core/domain/jury/sheet-rules.ts';

const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => ({ value: min + index, descriptor: `Niveau ${min + index}` }));

const grid: EvaluationGrid = {
  title: 'Grille de test',
  criteria: [
    { key: 'pacte', label: 'Adéquation au pacte', description: '', weight: 3, scale: { min: 0, max: 4, levels: levels(0, 4) }, allowsNotApplicable: false, commentRequiredBelow: 2 },
    { key: 'mobilite', label: 'Mobilité', description: '', weight: 1, scale: { min: 1, max: 5, levels: levels(1, 5) }, allowsNotApplicable: true, commentRequiredBelow: null },
  ],
};

describe('sheetProblems', () => {
  it('finds nothing wrong with a complete sheet', () => {
    const answers: SheetAnswers = { pacte: { score: 3 }, mobilite: { score: 'na' } };
    expect(sheetProblems(grid, answers)).toEqual([]);
    expect(isSheetComplete(grid, answers)).toBe(true);
  });

  it('names each unanswered criterion by key, with its label in the message', () => {
    expect(sheetProblems(grid, { mobilite: { score: null } })).toEqual([
      { criterionKey: 'pacte', kind: 'missing', message: '« Adéquation au pacte » : note manquante.' },
      { criterionKey: 'mobilite', kind: 'missing', message: '« Mobilité » : note manquante.' },
    ]);
    expect(isSheetComplete(grid, {})).toBe(false);
  });

  it('refuses N/A where the grid does not allow it, and scores off the scale or not integers', () => {
    expect(sheetProblems(grid, { pacte: { score: 'na' }, mobilite: { score: 0 } })).toEqual([
      { criterionKey: 'pacte', kind: 'na_not_allowed', message: '« Adéquation au pacte » : « non applicable » n’est pas permis pour ce critère.' },
      { criterionKey: 'mobilite', kind: 'out_of_scale', message: '« Mobilité » : la note 0 sort de l’échelle 1–5.' },
    ]);
    expect(sheetProblems(grid, { pacte: { score: 2.5 }, mobilite: { score: 6 } }).map((p) => p.kind)).toEqual(['not_integer', 'out_of_scale']);
  });

  it('asks a comment for a score strictly below the threshold, and a blank comment is none', () => {
    const low = (comment?: string): SheetAnswers => ({ pacte: { score: 1, ...(comment === undefined ? {} : { comment }) }, mobilite: { score: 3 } });
    expect(sheetProblems(grid, low())).toEqual([
      { criterionKey: 'pacte', kind: 'comment_required', message: '« Adéquation au pacte » : un commentaire est obligatoire pour une note inférieure à 2.' },
    ]);
    expect(isSheetComplete(grid, low('   '))).toBe(false);
    expect(isSheetComplete(grid, low('Lien avec le pacte non démontré'))).toBe(true);
    expect(isSheetComplete(grid, { pacte: { score: 2 }, mobilite: { score: 1 } })).toBe(true);
  });

  it('flags answers to a criterion the grid does not have', () => {
    expect(sheetProblems(grid, { pacte: { score: 3 }, mobilite: { score: 3 }, budget: { score: 2 } })).toEqual([
      { criterionKey: 'budget', kind: 'unknown_criterion', message: 'Le critère « budget » n’existe pas dans la grille « Grille de test ».' },
    ]);
  });

  it('lets a draft be incomplete but not wrong', () => {
    expect(sheetProblems(grid, { pacte: { score: 0 } }, 'draft')).toEqual([]);
    expect(sheetProblems(grid, { pacte: { score: 9 } }, 'draft').map((p) => p.kind)).toEqual(['out_of_scale']);
  });

  it('counts answered criteria for the progress shown to the juror', () => {
    expect(answeredCriteria(grid, {})).toEqual({ answered: 0, total: 2 });
    expect(answeredCriteria(grid, { pacte: { score: 1 }, mobilite: { score: 'na' } })).toEqual({ answered: 2, total: 2 });
    expect(answeredCriteria(grid, { pacte: { score: 7 } })).toEqual({ answered: 0, total: 2 });
  });

  it('a sheet is complete exactly when it has no problem, and every problem names a criterion of the sheet or the grid', () => {
    const answer = fc.option(fc.record({ score: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant('na' as const), fc.constant(null)), comment: fc.constantFrom('', 'ok') }), { nil: undefined });
    fc.assert(
      fc.property(answer, answer, (pacte, mobilite) => {
        const answers: SheetAnswers = { pacte, mobilite };
        const problems = sheetProblems(grid, answers);
        expect(isSheetComplete(grid, answers)).toBe(problems.length === 0);
        for (const problem of problems) expect(['pacte', 'mobilite']).toContain(problem.criterionKey);
        // A draft is held to less than a submission, never to more.
        const tag = (problem: { criterionKey: string; kind: string }) => `${problem.criterionKey}:${problem.kind}`;
        const submitted = new Set(problems.map(tag));
        for (const problem of sheetProblems(grid, answers, 'draft')) expect(submitted.has(tag(problem))).toBe(true);
      }),
    );
  });
});
