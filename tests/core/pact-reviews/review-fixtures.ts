// Helpers of the pact review suites: the actions of a review flattened, one found by its code, and a
// funded action (a signed convention on an application aiming at a lever) built quickly.
import type Database from 'better-sqlite3';
import type { Service } from '../../../core/service/create-service.ts';
import type { PactActionProgressRow, PactReviewDetail } from '../../../core/service/pact-reviews/pact-reviews-api.ts';
import { addRecevableApplication } from '../../support/recevable-application.ts';

export const actionsOf = (review: PactReviewDetail): PactActionProgressRow[] =>
  review.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operational.flatMap((operational) => operational.actions)));

export function actionByCode(review: PactReviewDetail, code: string): PactActionProgressRow {
  const action = actionsOf(review).find((candidate) => candidate.code === code);
  if (!action) throw new Error(`no action ${code}`);
  return action;
}

export type FundedAction = { conventionId: number; applicationId: number; number: string; providerName: string };

/**
 * A signed convention of one year on an application aiming at a lever's first operational objective:
 * the call, provider and application through the service, the session and the convention written
 * directly (its lifecycle is the conventions suites' business; here only its link and money matter).
 */
export async function fundedAction(
  service: Service,
  sqlite: Database.Database,
  options: { callId: number; sessionId: number; leverNumber: number; year: number; amountCents: number; number: string; status?: string },
): Promise<FundedAction> {
  const application = await addRecevableApplication(service, { callId: options.callId, title: `Action ${options.number}`, requestedCents: options.amountCents, leverNumber: options.leverNumber, status: 'depose' });
  const at = `${options.year}-02-01T09:00:00.000Z`;
  const { lastInsertRowid } = sqlite
    .prepare(
      `insert into conventions (number, application_id, session_id, provider_id, object, open_data_object, starts_on, ends_on, total_cents, status, advance_bp, created_at, created_by, updated_at)
       values (?, ?, ?, ?, 'Objet', 'Objet', ?, ?, ?, ?, 7000, ?, 'test', ?)`,
    )
    .run(options.number, application.id, options.sessionId, application.providerId, `${options.year}-01-01`, `${options.year}-12-31`, options.amountCents, options.status ?? 'en_cours', at, at);
  const conventionId = Number(lastInsertRowid);
  sqlite.prepare('insert into convention_years (convention_id, year, amount_cents) values (?, ?, ?)').run(conventionId, options.year, options.amountCents);
  return { conventionId, applicationId: application.id, number: options.number, providerName: application.providerName };
}

/** A call of the year with envelopes on levers 1 and 6, and an (empty) session to hang conventions on. */
export async function yearWithSession(service: Service, year: number): Promise<{ callId: number; sessionId: number }> {
  const call = await service.invoke('calls.create', {
    year,
    title: `Appel à projets ${year}`,
    envelopeCents: 10_000_000,
    leverEnvelopes: [
      { leverNumber: 1, envelopeCents: 3_000_000 },
      { leverNumber: 6, envelopeCents: 4_000_000 },
    ],
  });
  const session = await service.invoke('sessions.create', { callId: call.id, title: `CAI ${year}`, heldOn: `${year - 1}-12-12` });
  return { callId: call.id, sessionId: session.id };
}
