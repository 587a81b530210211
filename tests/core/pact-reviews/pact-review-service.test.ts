// Reviews of the pact's action plan through the service, on a real database: an abandoned action needs its
// reason (refused in French, nothing written), a new review starts from the previous one's statuses, a
// validated review is read-only, and every change has its audit entry.
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../../support/db-snapshot.ts';
import { expectFailure, FRENCH, openTestService } from '../../support/test-app.ts';
import { actionByCode } from './review-fixtures.ts';

const clock = () => new Date('2019-03-15T10:00:00.000Z');

describe('pact reviews', () => {
  it('refuses an abandoned action without a reason, in French, and writes nothing', async () => {
    const { service, database } = openTestService({ now: clock, actor: 'Marie Le Gall' });
    const review = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018 });
    const action = actionByCode(review, '1.1.1.1');
    const before = snapshotTables(database.sqlite);
    const error = expectFailure(await service.call('pactReviews.setProgress', { reviewId: review.id, pactActionId: action.id, status: 'abandonnee', reason: '   ' }));
    expect(error.message).toMatch(FRENCH);
    expect(error.message).toContain('motif');
    expect(snapshotTables(database.sqlite)).toEqual(before);
    // A reason on an action that is not abandoned is refused too: it would be read as one.
    expectFailure(await service.call('pactReviews.setProgress', { reviewId: review.id, pactActionId: action.id, status: 'en_cours', reason: 'Pas de porteur' }));
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('counts an abandoned action in its lever, lists it with its reason, and logs the change', async () => {
    const { service, database } = openTestService({ now: clock, actor: 'Marie Le Gall' });
    const review = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018 });
    const action = actionByCode(review, '1.1.1.1');
    const done = actionByCode(review, '1.1.1.2');
    await service.invoke('pactReviews.setProgress', { reviewId: review.id, pactActionId: done.id, status: 'realisee', onTime: false, comment: 'Guides diffusés.' });
    const after = await service.invoke('pactReviews.setProgress', { reviewId: review.id, pactActionId: action.id, status: 'abandonnee', reason: 'Porté par le Département.' });
    const lever = after.levers.find((candidate) => candidate.number === 1);
    expect(lever).toMatchObject({ realisees: 1, abandonnees: 1, late: 1 });
    expect(lever?.rate).toBeCloseTo(1 / (lever?.actions ?? 1), 10);
    expect(lever?.abandoned).toEqual([{ code: '1.1.1.1', title: action.title, reason: 'Porté par le Département.' }]);
    expect(actionByCode(after, '1.1.1.2')).toMatchObject({ status: 'realisee', onTime: false, comment: 'Guides diffusés.', updatedBy: 'Marie Le Gall' });
    const audit = database.sqlite.prepare("select action, entity, actor from audit_log where action like 'pactReviews.%' order by seq").all();
    expect(audit).toEqual([
      { action: 'pactReviews.create', entity: 'pactReviews', actor: 'Marie Le Gall' },
      { action: 'pactReviews.setProgress', entity: 'pactReviews', actor: 'Marie Le Gall' },
      { action: 'pactReviews.setProgress', entity: 'pactReviews', actor: 'Marie Le Gall' },
    ]);
    // The same values again change nothing and leave no entry.
    await service.invoke('pactReviews.setProgress', { reviewId: review.id, pactActionId: action.id, status: 'abandonnee', reason: 'Porté par le Département.' });
    expect(database.sqlite.prepare("select count(*) as n from audit_log where action like 'pactReviews.%'").get()).toEqual({ n: 3 });
  });

  it('starts a new review from the previous review’s statuses, and refuses a second review of the same kind and year', async () => {
    const { service } = openTestService({ now: clock });
    const first = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2018 });
    const action = actionByCode(first, '2.1.1.1');
    await service.invoke('pactReviews.setProgress', { reviewId: first.id, pactActionId: action.id, status: 'en_cours', onTime: false, comment: 'Démarrée en septembre.' });
    const second = await service.invoke('pactReviews.create', { kind: 'annuelle', year: 2019, heldOn: '2020-03-10' });
    expect(actionByCode(second, '2.1.1.1')).toMatchObject({ status: 'en_cours', onTime: false, comment: 'Démarrée en septembre.' });
    // The earlier review keeps its own record when the new one moves on.
    await service.invoke('pactReviews.setProgress', { reviewId: second.id, pactActionId: action.id, status: 'realisee', onTime: true });
    expect(actionByCode(await service.invoke('pactReviews.get', { id: first.id }), '2.1.1.1').status).toBe('en_cours');
    const duplicate = expectFailure(await service.call('pactReviews.create', { kind: 'annuelle', year: 2019 }));
    expect(duplicate.message).toMatch(/existe déjà/u);
    expect((await service.invoke('pactReviews.list', {})).map((review) => [review.kind, review.year, review.realisees])).toEqual([
      ['annuelle', 2019, 1],
      ['annuelle', 2018, 0],
    ]);
  });

  it('makes a validated review read-only: progress, texts and a second validation are refused, nothing written', async () => {
    const { service, database } = openTestService({ now: clock });
    const review = await service.invoke('pactReviews.create', { kind: 'mi_parcours', year: 2019 });
    const action = actionByCode(review, '3.1.1.1');
    await service.invoke('pactReviews.update', { id: review.id, heldOn: '2019-11-20', correctiveMeasures: 'Relancer le levier 3.', priorities: 'Mobilité.', decisions: 'Valider le plan révisé.' });
    const validated = await service.invoke('pactReviews.validate', { id: review.id });
    expect(validated).toMatchObject({ status: 'validee', heldOn: '2019-11-20', decisions: 'Valider le plan révisé.' });
    const before = snapshotTables(database.sqlite);
    for (const [method, input] of [
      ['pactReviews.setProgress', { reviewId: review.id, pactActionId: action.id, status: 'realisee' }],
      ['pactReviews.update', { id: review.id, heldOn: null, correctiveMeasures: 'Autre chose.' }],
      ['pactReviews.validate', { id: review.id }],
    ] as const) {
      const error = expectFailure(await service.call(method, input));
      expect(error.message).toMatch(/validée : elle ne peut plus être modifiée/u);
    }
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});
