// A session in notation for the scoring suites: the seeded session (chair Agnès, PIN 1234; Bruno
// 2222, Claire 3333, Denis 4444), three recevable applications on the agenda, and helpers to fill sheets.
import type { EvaluationGrid } from '../../core/domain/jury/grid.ts';
import type { CriterionAnswer } from '../../core/domain/jury/sheet-rules.ts';
import type { JurySession } from '../../core/service/api.ts';
import type { Service } from '../../core/service/create-service.ts';
import { prepareForNotation, seedSession, type SeededSession } from './cai-session.ts';

export const CHAIR_PIN = '1234';
export const PINS = ['1234', '2222', '3333', '4444'] as const;

export type ScoringSetup = SeededSession & { grid: EvaluationGrid; sessionId: number; jurorIds: number[]; applicationIds: number[] };

/** Seeded, PINs set, agenda filled; in notation unless told otherwise. */
export async function startNotation(service: Service, options: { applications?: number; notation?: boolean } = {}): Promise<ScoringSetup> {
  const seeded = await seedSession(service, { applications: options.applications ?? 3 });
  await prepareForNotation(service, seeded);
  if (options.notation !== false) await service.invoke('sessions.setStatus', { sessionId: seeded.session.id, status: 'notation' });
  const grid = (await service.invoke('grids.get', { id: seeded.session.gridId })).definition;
  return {
    ...seeded,
    grid,
    sessionId: seeded.session.id,
    jurorIds: seeded.jurors.map((juror) => juror.id),
    applicationIds: seeded.applications.map((application) => application.id),
  };
}

export type PaperAnswers = Record<string, { score: number | 'na'; comment: string }>;

/** A full sheet: every criterion at `score` (or per key), a comment wherever the grid asks for one. */
export function fullSheet(grid: EvaluationGrid, score: number | ((key: string) => number | 'na')): PaperAnswers {
  return Object.fromEntries(
    grid.criteria.map((criterion) => {
      const value = typeof score === 'number' ? score : score(criterion.key);
      const needsComment = value !== 'na' && criterion.commentRequiredBelow !== null && value < criterion.commentRequiredBelow;
      return [criterion.key, { score: value, comment: needsComment ? 'Insuffisant au regard du pacte.' : '' }];
    }),
  );
}

/** The score on 20 by the formula of the issue, written out again here (not the domain's code). */
export function expectedOn20(grid: EvaluationGrid, answers: Record<string, CriterionAnswer>): number {
  let weighted = 0;
  let weights = 0;
  for (const criterion of grid.criteria) {
    const score = answers[criterion.key]?.score;
    if (typeof score !== 'number') continue;
    weighted += (criterion.weight * (score - criterion.scale.min)) / (criterion.scale.max - criterion.scale.min);
    weights += criterion.weight;
  }
  return (20 * weighted) / weights;
}

export async function openJury(service: Service, setup: ScoringSetup, jurorIndex: number): Promise<JurySession> {
  return service.invoke('jury.open', { sessionId: setup.sessionId, jurorId: setup.jurorIds[jurorIndex] ?? 0, pin: PINS[jurorIndex] ?? '0000' });
}

/** Types a sheet criterion by criterion, the way the screen autosaves. */
export async function scoreSheet(service: Service, juryToken: string, applicationId: number, answers: Record<string, CriterionAnswer>): Promise<void> {
  for (const [criterionKey, answer] of Object.entries(answers)) {
    await service.invoke('jury.saveAnswer', { juryToken, applicationId, criterionKey, answer: { score: answer.score, comment: answer.comment ?? '' } });
  }
}
