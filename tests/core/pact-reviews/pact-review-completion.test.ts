// Completion by lever is counted in SQL over every action of the pact: for any statuses given to any
// actions, it equals a count done by hand over the review's tree (abandoned actions stay in the
// denominator, untouched ones count as "non engagée").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACT_ACTION_PROGRESS } from '../../../core/domain/indicators/indicator-enums.ts';
import type { PactActionStatus } from '../../../core/domain/pact-review.ts';
import { leverCompletion, saveActionProgress } from '../../../db/queries/pact-review-queries.ts';
import { openTestService } from '../../support/test-app.ts';
import { actionsOf } from './review-fixtures.ts';

describe('completion rate by lever', () => {
  it('equals a brute-force count of the review’s actions, whatever the statuses', async () => {
    const { service, database } = openTestService();
    const review = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018 });
    const db = database.db;
    const leverOf = new Map(review.levers.flatMap((lever) => actionsOf({ ...review, levers: [lever] }).map((action) => [action.id, lever.leverId] as const)));
    const actionIds = [...leverOf.keys()];
    const assignment = fc.array(fc.record({ index: fc.nat(actionIds.length - 1), status: fc.constantFrom(...PACT_ACTION_PROGRESS), onTime: fc.boolean() }), { maxLength: 60 });
    fc.assert(
      fc.property(assignment, (changes) => {
        database.sqlite.prepare('delete from pact_action_progress where review_id = ?').run(review.id);
        const statuses = new Map<number, { status: PactActionStatus; onTime: boolean }>();
        for (const change of changes) {
          const id = actionIds[change.index] ?? 0;
          saveActionProgress(db, review.id, id, { status: change.status, onTime: change.onTime, reason: change.status === 'abandonnee' ? 'Motif' : '', comment: '' }, '2019-01-01T00:00:00.000Z', 'test');
          statuses.set(id, { status: change.status, onTime: change.onTime });
        }
        const computed = leverCompletion(db, review.id);
        for (const lever of review.levers) {
          const ids = actionIds.filter((id) => leverOf.get(id) === lever.leverId);
          const statusOf = (id: number) => statuses.get(id)?.status ?? 'non_engagee';
          const done = ids.filter((id) => statusOf(id) === 'realisee').length;
          expect(computed.find((row) => row.leverId === lever.leverId)).toEqual({
            leverId: lever.leverId,
            number: lever.number,
            title: lever.title,
            actions: ids.length,
            realisees: done,
            enCours: ids.filter((id) => statusOf(id) === 'en_cours').length,
            nonEngagees: ids.filter((id) => statusOf(id) === 'non_engagee').length,
            abandonnees: ids.filter((id) => statusOf(id) === 'abandonnee').length,
            late: ids.filter((id) => statuses.get(id)?.onTime === false).length,
            rate: done / ids.length,
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
