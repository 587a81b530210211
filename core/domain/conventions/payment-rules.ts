// What may be paid on a line of the schedule, and the 23 000 € rule (loi 2000-321 art. 10, décret
// 2001-495): above it a written convention is mandatory; at or below, an arrêté attributif suffices.

export const CONVENTION_THRESHOLD_CENTS = 2_300_000;

/** What is left to pay on a line: planned minus the payments that are not cancelled. */
export function remainingOnLine(plannedCents: number, paymentsCents: readonly number[]): number {
  return plannedCents - paymentsCents.reduce((sum, amount) => sum + amount, 0);
}

/** Null when `amountCents` may be paid on a line with `remainingCents` left, else why not, in French. */
export function paymentAmountProblem(amountCents: number, remainingCents: number): string | null {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return 'Le montant du versement doit être positif.';
  if (amountCents > remainingCents) return 'Le versement dépasse ce qui reste dû sur cette échéance.';
  return null;
}

export type YearAmount = { providerId: number; year: number; amountCents: number };

/** What each provider receives from the CCAS in each calendar year, across all its conventions: "providerId:year" → cents. */
export function yearlyTotals(amounts: readonly YearAmount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { providerId, year, amountCents } of amounts) {
    const key = `${providerId}:${year}`;
    totals.set(key, (totals.get(key) ?? 0) + amountCents);
  }
  return totals;
}

/** Strictly above 23 000 € in a year: 23 000,00 € exactly may still be granted by an arrêté. */
export function isConventionMandatory(yearTotalCents: number): boolean {
  return yearTotalCents > CONVENTION_THRESHOLD_CENTS;
}
