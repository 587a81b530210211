// Reviews of the pact's action plan by the COPIL: schemas and result types (browser-safe).
import { z } from 'zod';
import { PACT_ACTION_PROGRESS, PACT_REVIEW_KINDS } from '../../domain/indicators/indicator-enums.ts';
import type { PactReviewDetail, PactReviewSummary } from '../../domain/pact-review.ts';
import { defineMethod } from '../define.ts';
import type { GeneratedDocument } from '../documents/documents-api.ts';

export type * from '../../domain/pact-review.ts';
export { PACT_ACTION_STATUS_LABELS, PACT_REVIEW_KIND_LABELS, PACT_REVIEW_STATUS_LABELS, formatCompletion, onTimeLabel, pactReviewTitle, progressReasonProblem } from '../../domain/pact-review.ts';

const id = z.number().int().positive();
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const text = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`);

export const pactReviewsMethods = {
  'pactReviews.list': defineMethod<PactReviewSummary[]>()(z.object({}).strict()),
  'pactReviews.get': defineMethod<PactReviewDetail>()(z.object({ id }).strict()),
  /** One review per pact, kind and year; it starts from the statuses of the latest review before it. */
  'pactReviews.create': defineMethod<PactReviewDetail>()(
    z
      .object({
        kind: z.enum(PACT_REVIEW_KINDS, { error: 'Type de revue : annuelle, mi_parcours ou finale.' }),
        year: z.number().int().min(2000, 'Année entre 2000 et 2100.').max(2100, 'Année entre 2000 et 2100.'),
        /** By default the pact in force in that year. */
        pactId: id.optional(),
        heldOn: isoDate.nullable().default(null),
      })
      .strict(),
  ),
  /** Where one action stands; left out, the on-time flag and the comment stay as they are. */
  'pactReviews.setProgress': defineMethod<PactReviewDetail>()(
    z
      .object({
        reviewId: id,
        pactActionId: id,
        status: z.enum(PACT_ACTION_PROGRESS, { error: 'Statut : non_engagee, en_cours, realisee ou abandonnee.' }),
        onTime: z.boolean().optional(),
        reason: text(2000).default(''),
        comment: text(4000).optional(),
      })
      .strict(),
  ),
  'pactReviews.update': defineMethod<PactReviewDetail>()(
    z
      .object({ id, heldOn: isoDate.nullable(), correctiveMeasures: text(8000).default(''), priorities: text(8000).default(''), decisions: text(8000).default('') })
      .strict(),
  ),
  /** A validated review is the COPIL's record: read-only from then on. */
  'pactReviews.validate': defineMethod<PactReviewDetail>()(z.object({ id }).strict()),
  /** The COPIL's annual review: key figures, completion by lever, indicators, money, late bilans, measures and decisions. */
  'documents.copil': defineMethod<GeneratedDocument>()(z.object({ reviewId: id }).strict()),
  /** The mid-term or final evaluation of the action plan across the pact's years. */
  'documents.evaluation': defineMethod<GeneratedDocument>()(z.object({ reviewId: id }).strict()),
};
