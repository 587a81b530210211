// What the board is asked to fund, and which bodies need a written convention: loi n° 2000-321 art. 10
// and décret n° 2001-495 make one mandatory when a body receives more than 23 000 € a year.
import { FUNDING_AVIS, type AvisKind } from '../domain/jury/avis.ts';

/** Strictly above this, a convention is mandatory: one rule, the conventions' own. */
export { CONVENTION_THRESHOLD_CENTS } from '../domain/conventions/payment-rules.ts';
import { CONVENTION_THRESHOLD_CENTS } from '../domain/conventions/payment-rules.ts';

/** One application of the session with its avis, as the commission decided it. */
export type RapportDecision = {
  position: number;
  providerId: number;
  providerName: string;
  title: string;
  leverNumber: number | null;
  requestedCents: number;
  avisKind: AvisKind;
  proposedCents: number;
  conditions: string;
};

/** A funding granted for the same call in another closed session: it counts in the body's yearly total. */
export type EarlierFunding = { providerId: number; providerName: string; title: string; proposedCents: number; heldOn: string };

export type ConventionLine = {
  providerId: number;
  providerName: string;
  totalCents: number;
  /** heldOn is null for this session's applications, the other session's date otherwise. */
  applications: { title: string; proposedCents: number; heldOn: string | null }[];
};

/** The fundings the board votes: a favourable avis (with or without conditions) and an amount above zero. */
export function proposedFundings(decisions: readonly RapportDecision[]): RapportDecision[] {
  return decisions.filter((decision) => FUNDING_AVIS.has(decision.avisKind) && decision.proposedCents > 0);
}

/**
 * The bodies whose yearly total (this session's fundings plus those of the call's other closed
 * sessions) is strictly above the threshold, largest first, each with the applications it sums.
 */
export function conventionsRequired(fundings: readonly RapportDecision[], earlier: readonly EarlierFunding[] = []): ConventionLine[] {
  const byProvider = new Map<number, ConventionLine>();
  const add = (providerId: number, providerName: string, application: ConventionLine['applications'][number]) => {
    const line = byProvider.get(providerId) ?? { providerId, providerName, totalCents: 0, applications: [] };
    line.totalCents += application.proposedCents;
    line.applications.push(application);
    byProvider.set(providerId, line);
  };
  for (const funding of fundings) add(funding.providerId, funding.providerName, { title: funding.title, proposedCents: funding.proposedCents, heldOn: null });
  for (const funding of earlier) add(funding.providerId, funding.providerName, { title: funding.title, proposedCents: funding.proposedCents, heldOn: funding.heldOn });
  return [...byProvider.values()]
    .filter((line) => line.totalCents > CONVENTION_THRESHOLD_CENTS)
    .sort((a, b) => b.totalCents - a.totalCents || a.providerName.localeCompare(b.providerName, 'fr'));
}

export type LeverTotal = { leverNumber: number | null; title: string; envelopeCents: number | null; proposedCents: number; count: number };

/**
 * Proposed amounts per lever, from the same fundings as the table (so chart and table agree): every
 * lever with a funding or an envelope, in lever order, and "sans levier" last when some action has none.
 */
export function leverTotals(fundings: readonly RapportDecision[], levers: readonly { number: number; title: string; envelopeCents: number | null }[]): LeverTotal[] {
  const totals = new Map<number | null, LeverTotal>();
  for (const lever of levers) totals.set(lever.number, { leverNumber: lever.number, title: lever.title, envelopeCents: lever.envelopeCents, proposedCents: 0, count: 0 });
  for (const funding of fundings) {
    const line = totals.get(funding.leverNumber) ?? { leverNumber: funding.leverNumber, title: funding.leverNumber === null ? 'Sans levier' : '', envelopeCents: null, proposedCents: 0, count: 0 };
    line.proposedCents += funding.proposedCents;
    line.count += 1;
    totals.set(funding.leverNumber, line);
  }
  return [...totals.values()]
    .filter((line) => line.count > 0 || line.envelopeCents !== null)
    .sort((a, b) => (a.leverNumber ?? Number.MAX_SAFE_INTEGER) - (b.leverNumber ?? Number.MAX_SAFE_INTEGER));
}
