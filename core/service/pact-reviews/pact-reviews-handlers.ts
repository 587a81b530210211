// The reviews of the pact's action plan: create one from the previous one's statuses, set where each
// action stands, write the COPIL's texts, validate. Every refusal is checked before anything is written.
import { resolvePactId } from '../../../db/queries/pact-read.ts';
import {
  actionOfPact,
  actionProgress,
  findPactReview,
  getPactReview,
  insertPactReview,
  listPactReviews,
  markPactReviewValidated,
  previousPactReview,
  reviewStatus,
  saveActionProgress,
  updatePactReviewTexts,
} from '../../../db/queries/pact-review-queries.ts';
import type { Db } from '../../../db/open-database.ts';
import { AppError } from '../../domain/app-error.ts';
import { pactReviewTitle, progressReasonProblem } from '../../domain/pact-review.ts';
import type { Handlers } from '../handlers.ts';
import { generateCopil, generateEvaluation } from './pact-review-documents.ts';
import type { pactReviewsMethods } from './pact-reviews-api.ts';

/** A validated review is what the COPIL adopted: nothing in it changes afterwards. */
function editableReview(db: Db, id: number) {
  const review = reviewStatus(db, id);
  if (review.status === 'validee') {
    throw new AppError('precondition', `La ${pactReviewTitle(review.kind, review.year).toLowerCase()} est validée : elle ne peut plus être modifiée.`, [{ path: 'reviewId', message: 'Revue validée.' }]);
  }
  return review;
}

export const pactReviewsHandlers: Handlers<keyof typeof pactReviewsMethods> = {
  'pactReviews.list': (_input, { db }) => listPactReviews(db),
  'pactReviews.get': ({ id }, { db }) => getPactReview(db, id),
  'pactReviews.create': ({ kind, year, pactId, heldOn }, { db, now, actor }) => {
    const pact = resolvePactId(db, pactId, year);
    const existing = findPactReview(db, pact, kind, year);
    if (existing !== null) {
      throw new AppError('conflict', `La ${pactReviewTitle(kind, year).toLowerCase()} existe déjà (revue n° ${existing}) : ouvrez-la plutôt que d’en créer une autre.`, [{ path: 'year', message: 'Revue déjà créée.' }]);
    }
    const id = insertPactReview(db, { pactId: pact, kind, year, heldOn, at: now().toISOString(), actor }, previousPactReview(db, pact, year));
    return getPactReview(db, id);
  },
  'pactReviews.setProgress': ({ reviewId, pactActionId, status, onTime, reason, comment }, { db, now, actor }) => {
    const review = editableReview(db, reviewId);
    if (actionOfPact(db, review.pactId, pactActionId) === null) {
      throw new AppError('not_found', `L’action n° ${pactActionId} n’appartient pas au pacte de cette revue.`, [{ path: 'pactActionId', message: 'Action inconnue.' }]);
    }
    const problem = progressReasonProblem(status, reason);
    if (problem !== null) throw new AppError('validation', problem, [{ path: 'reason', message: problem }]);
    const current = actionProgress(db, reviewId, pactActionId);
    saveActionProgress(db, reviewId, pactActionId, { status, onTime: onTime ?? current?.onTime ?? true, reason, comment: comment ?? current?.comment ?? '' }, now().toISOString(), actor);
    return getPactReview(db, reviewId);
  },
  'pactReviews.update': ({ id, heldOn, correctiveMeasures, priorities, decisions }, { db, now }) => {
    editableReview(db, id);
    updatePactReviewTexts(db, id, { heldOn, correctiveMeasures, priorities, decisions }, now().toISOString());
    return getPactReview(db, id);
  },
  'pactReviews.validate': ({ id }, { db, now }) => {
    editableReview(db, id);
    markPactReviewValidated(db, id, now().toISOString());
    return getPactReview(db, id);
  },
  'documents.copil': ({ reviewId }, { db }) => generateCopil(db, reviewId),
  'documents.evaluation': ({ reviewId }, { db }) => generateEvaluation(db, reviewId),
};
