// The conventions serving a pact action are found through its operational objective: the applications
// that aim at it as primary objective, and apart those that aim at it as a secondary one; an action of
// another objective gets none, and an annual review shows only the conventions of its year.
import { describe, expect, it } from 'vitest';
import { openTestService } from '../../support/test-app.ts';
import { actionsOf, fundedAction, yearWithSession } from './review-fixtures.ts';

describe('conventions linked to pact actions', () => {
  it('links a convention through the objectives, primary and secondary apart, for the years reviewed', async () => {
    const { service, database } = openTestService({ now: () => new Date('2018-07-01T09:00:00.000Z') });
    const funded = await fundedAction(service, database.sqlite, { ...(await yearWithSession(service, 2018)), leverNumber: 6, year: 2018, amountCents: 1_500_000, number: 'CONV-2018-001' });
    const id = funded.conventionId;
    const convention = { ...funded, status: 'en_cours', totalCents: 1_500_000 };
    const primary = database.sqlite.prepare('select operational_objective_id as id from application_objectives where application_id = ? and is_primary = 1').get(convention.applicationId) as { id: number };
    // A secondary objective of the same application, in another lever.
    const secondary = database.sqlite
      .prepare('select oo.id from pact_operational_objectives oo join pact_objectives o on o.id = oo.objective_id join pact_levers l on l.id = o.lever_id where l.number = 5 order by oo.position limit 1')
      .get() as { id: number };
    database.sqlite.prepare('insert into application_objectives (application_id, operational_objective_id, is_primary) values (?, ?, 0)').run(convention.applicationId, secondary.id);

    const review = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018 });
    const objectiveOf = new Map(review.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operational.flatMap((operational) => operational.actions.map((action) => [action.id, operational.id] as const)))));
    const actions = actionsOf(review);
    const served = actions.filter((action) => objectiveOf.get(action.id) === primary.id);
    expect(served.length).toBeGreaterThan(0);
    for (const action of served) {
      expect(action.conventions.primary).toContainEqual({ id, number: convention.number, providerName: convention.providerName, applicationTitle: expect.any(String) as string, status: convention.status, totalCents: convention.totalCents });
      expect(action.conventions.secondary.map((linked) => linked.id)).not.toContain(id);
    }
    const alsoServed = actions.filter((action) => objectiveOf.get(action.id) === secondary.id);
    expect(alsoServed.length).toBeGreaterThan(0);
    for (const action of alsoServed) {
      expect(action.conventions.secondary.map((linked) => linked.id)).toEqual([id]);
      expect(action.conventions.primary.map((linked) => linked.id)).not.toContain(id);
    }
    const elsewhere = actions.filter((action) => objectiveOf.get(action.id) !== primary.id && objectiveOf.get(action.id) !== secondary.id);
    for (const action of elsewhere) expect([...action.conventions.primary, ...action.conventions.secondary].map((linked) => linked.id)).not.toContain(id);

    // The 2019 annual review looks at 2019's conventions only; the convention covers 2018.
    const next = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2019 });
    expect(actionsOf(next).some((action) => [...action.conventions.primary, ...action.conventions.secondary].some((linked) => linked.id === id))).toBe(false);
    // A mid-term evaluation looks back over the pact's years.
    const midTerm = await service.invoke('pactReviews.create', { kind: 'mi_parcours', year: 2019 });
    expect(actionsOf(midTerm).filter((action) => action.conventions.primary.some((linked) => linked.id === id)).length).toBe(served.length);
  });
});
