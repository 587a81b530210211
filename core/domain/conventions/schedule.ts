// The échéancier (payment schedule): lines that always sum to the year's amount to the cent, and the
// due date of each (the trigger + 60 days, loi 2000-321 art. 10 as amended in 2021).

export const SCHEDULE_KIND_LABELS = { avance: 'Avance', acompte: 'Acompte', solde: 'Solde' } as const;
export type ScheduleKind = keyof typeof SCHEDULE_KIND_LABELS;
export const SCHEDULE_TRIGGER_LABELS = { signature: 'À la signature', date: 'À date', bilan: 'Bilan accepté' } as const;
export type ScheduleTrigger = keyof typeof SCHEDULE_TRIGGER_LABELS;

/** Days between a payment's trigger and its legal deadline. */
export const PAYMENT_DEADLINE_DAYS = 60;
export const DEFAULT_ADVANCE_BP = 7000;

export type PlannedLine = {
  year: number;
  kind: ScheduleKind;
  percentBp: number | null;
  plannedCents: number;
  trigger: ScheduleTrigger;
  plannedOn: string | null;
};

/**
 * The share of an amount in basis points, rounded to the nearest cent (halves up): 70 % of
 * 12 345,67 € is 8 641,97 €, and the remainder goes to the balance. Computed in two exact parts
 * (amount = q × 10 000 + r) so that no product leaves the safe integers, whatever the amount.
 */
export function shareOf(amountCents: number, bp: number): number {
  const q = Math.floor(amountCents / 10_000);
  const r = amountCents - q * 10_000;
  return q * bp + Math.floor((r * bp + 5_000) / 10_000);
}

/**
 * The default lines of one year: an advance of `advanceBp` (at signature for the first year, on
 * 1 January for the next ones) and the balance (after that year's bilan is accepted), which takes
 * the rounding remainder: 70/30 of 12 345,67 € is 8 641,97 + 3 703,70.
 */
export function defaultYearLines(year: number, amountCents: number, advanceBp: number, isFirstYear: boolean): PlannedLine[] {
  const advance = shareOf(amountCents, advanceBp);
  const lines: PlannedLine[] = [];
  if (advance > 0) {
    lines.push(
      isFirstYear
        ? { year, kind: 'avance', percentBp: advanceBp, plannedCents: advance, trigger: 'signature', plannedOn: null }
        : { year, kind: 'avance', percentBp: advanceBp, plannedCents: advance, trigger: 'date', plannedOn: `${year}-01-01` },
    );
  }
  if (amountCents - advance > 0 || lines.length === 0) {
    lines.push({ year, kind: 'solde', percentBp: 10_000 - advanceBp, plannedCents: amountCents - advance, trigger: 'bilan', plannedOn: null });
  }
  return lines;
}

/** The default schedule of a convention: each year split on its own amount. */
export function defaultSchedule(years: readonly { year: number; amountCents: number }[], advanceBp: number): PlannedLine[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return sorted.flatMap((entry, index) => defaultYearLines(entry.year, entry.amountCents, advanceBp, index === 0));
}

/** The lines of each year that do not sum to that year's amount, in French; empty when the schedule is whole. */
export function scheduleProblems(years: readonly { year: number; amountCents: number }[], lines: readonly Pick<PlannedLine, 'year' | 'plannedCents'>[]): string[] {
  const problems: string[] = [];
  const byYear = new Map<number, number>();
  for (const line of lines) byYear.set(line.year, (byYear.get(line.year) ?? 0) + line.plannedCents);
  for (const entry of years) {
    const sum = byYear.get(entry.year) ?? 0;
    if (sum !== entry.amountCents) problems.push(`Année ${entry.year} : les échéances font ${sum} centimes pour un montant de ${entry.amountCents} centimes.`);
    byYear.delete(entry.year);
  }
  for (const year of byYear.keys()) problems.push(`Échéance en ${year}, année hors de la convention.`);
  return problems;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type TriggerFacts = {
  /** The later of the two signatures, once both are given (the CCAS's alone for an arrêté). */
  signedOn: string | null;
  /** The date each year's bilan was accepted. */
  bilanAcceptedOn: ReadonlyMap<number, string>;
};

/** The day the trigger of a line happened, or null while it has not. A 'date' trigger happens on its date. */
export function triggeredOn(line: Pick<PlannedLine, 'trigger' | 'plannedOn' | 'year'>, facts: TriggerFacts): string | null {
  if (line.trigger === 'signature') return facts.signedOn;
  if (line.trigger === 'date') return line.plannedOn;
  return facts.bilanAcceptedOn.get(line.year) ?? null;
}

/** Whether the trigger of a line is met on `today`. */
export function isTriggerMet(line: Pick<PlannedLine, 'trigger' | 'plannedOn' | 'year'>, facts: TriggerFacts, today: string): boolean {
  const on = triggeredOn(line, facts);
  return on !== null && on <= today;
}

/** The legal deadline of a line: its trigger + 60 days, or null while the trigger has not happened. */
export function dueOn(line: Pick<PlannedLine, 'trigger' | 'plannedOn' | 'year'>, facts: TriggerFacts): string | null {
  const on = triggeredOn(line, facts);
  return on === null ? null : addDays(on, PAYMENT_DEADLINE_DAYS);
}
