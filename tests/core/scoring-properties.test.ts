// Properties through the service on a small real session: whatever a juror answers, N/A is left out
// of their score (never a 0), an all-N/A sheet counts for nothing, and every mean lies between min and max.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareForNotation, seedSession } from '../support/cai-session.ts';
import { CHAIR_PIN, expectedOn20, fullSheet, type PaperAnswers } from '../support/scoring-session.ts';
import { openTestService } from '../support/test-app.ts';

const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => ({ value: min + index, descriptor: `Niveau ${min + index}` }));
const criterion = (key: string, weight: number, min: number, max: number) => ({ key, label: key, description: '', weight, scale: { min, max, levels: levels(min, max) }, allowsNotApplicable: true, commentRequiredBelow: null });

const GRID = { title: 'Grille courte', criteria: [criterion('a', 3, 0, 4), criterion('b', 1, 1, 5), criterion('c', 2, 0, 2)] };

const arbitrarySheet = fc.record(
  Object.fromEntries(GRID.criteria.map((item) => [item.key, fc.oneof(fc.constant<'na'>('na'), fc.integer({ min: item.scale.min, max: item.scale.max }))])) as Record<string, fc.Arbitrary<number | 'na'>>,
);

describe('scoring properties through the service', () => {
  it('never counts N/A as 0, and an all-N/A sheet counts for nothing', async () => {
    const { service } = openTestService();
    const seeded = await seedSession(service, { applications: 1 });
    const grid = await service.invoke('grids.save', { definition: GRID });
    const { session, jurors } = seeded;
    await service.invoke('sessions.update', { id: session.id, callId: session.callId, title: session.title, heldOn: session.heldOn, gridId: grid.id, jurorIds: jurors.map((juror) => juror.id), chairJurorId: jurors[0]?.id ?? null });
    await prepareForNotation(service, seeded);
    const applicationId = seeded.applications[0]?.id ?? 0;
    const [agnes = 0, bruno = 0] = jurors.map((juror) => juror.id);
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'notation' });
    // Agnès: a fixed sheet at 10 on 20, so that every run has a second juror to average with.
    const agnesSheet = fullSheet(GRID, (key) => ({ a: 2, b: 3, c: 1 })[key] ?? 0);
    await service.invoke('scores.enterPaper', { sessionId: session.id, jurorId: agnes, applicationId, answers: agnesSheet, chairPin: CHAIR_PIN });
    await service.invoke('sessions.setStatus', { sessionId: session.id, status: 'deliberation' });
    await service.invoke('sessions.reveal', { sessionId: session.id, chairPin: CHAIR_PIN });

    await fc.assert(
      fc.asyncProperty(arbitrarySheet, async (scores) => {
        const answers: PaperAnswers = Object.fromEntries(Object.entries(scores).map(([key, score]) => [key, { score, comment: '' }]));
        const results = await service.invoke('scores.enterPaper', { sessionId: session.id, jurorId: bruno, applicationId, answers, chairPin: CHAIR_PIN });
        const outcome = results.outcomes[0];
        const brunoScore = outcome?.jurorScores?.find((entry) => entry.jurorId === bruno)?.score;
        const scored = Object.values(scores).filter((score) => score !== 'na');
        if (scored.length === 0) {
          expect(brunoScore).toBeUndefined();
          expect(outcome?.jurorsCounted).toBe(1);
        } else {
          expect(brunoScore).toBeCloseTo(expectedOn20(GRID, answers), 10);
          // Every answered criterion at its top: 20 whatever was left N/A (a 0 would pull it down).
          const allTop = GRID.criteria.every((item) => scores[item.key] === 'na' || scores[item.key] === item.scale.max);
          if (allTop) expect(brunoScore).toBe(20);
          expect(outcome?.jurorsCounted).toBe(2);
        }
        for (const mean of outcome?.criterionMeans ?? []) {
          expect(mean.count).toBe(1 + (scores[mean.key] === 'na' ? 0 : 1));
        }
        const { mean, min, max } = outcome ?? {};
        expect(mean).not.toBeNull();
        expect(mean ?? 0).toBeGreaterThanOrEqual(min ?? Infinity);
        expect(mean ?? 0).toBeLessThanOrEqual(max ?? -Infinity);
      }),
      { numRuns: 25 },
    );
  });
});
