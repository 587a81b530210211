// The avis of the commission on one application, the amount it proposes, and what the proposals
// add up to against the call's envelope, overall and per lever of the pact.
import { formatEuros } from '../money.ts';

export const AVIS_KINDS = ['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable'] as const;

export type AvisKind = (typeof AVIS_KINDS)[number];

export const AVIS_LABELS: Readonly<Record<AvisKind, string>> = {
  favorable: 'Favorable',
  favorable_sous_reserve: 'Favorable sous réserve',
  ajourne: 'Ajourné',
  defavorable: 'Défavorable',
};

/** The kinds that fund the action: only they carry a proposed amount. */
export const FUNDING_AVIS: ReadonlySet<AvisKind> = new Set(['favorable', 'favorable_sous_reserve']);

export type AvisDraft = {
  kind: AvisKind;
  /** The reservations a "favorable sous réserve" is subject to. */
  conditions?: string | null;
  /** Why the action is postponed or refused: the provider is told. */
  reasons?: string | null;
  motivation?: string | null;
  proposedCents?: number | null;
  requestedCents: number;
};

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

/** What is wrong with an avis, in French; empty when it may be recorded. */
export function avisProblems(avis: AvisDraft): string[] {
  const { kind, proposedCents, requestedCents } = avis;
  if (!Number.isSafeInteger(requestedCents) || requestedCents < 0) throw new RangeError(`Requested amounts are non-negative integer cents: ${String(requestedCents)}`);
  const problems: string[] = [];
  if (kind === 'favorable_sous_reserve' && !filled(avis.conditions)) problems.push('Indiquez les conditions de l’avis favorable sous réserve.');
  if (kind === 'defavorable' && !filled(avis.reasons)) problems.push('Indiquez les motifs de l’avis défavorable.');
  if (kind === 'ajourne' && !filled(avis.reasons)) problems.push('Indiquez les motifs de l’ajournement.');
  const proposed = proposedCents ?? null;
  if (FUNDING_AVIS.has(kind)) {
    if (proposed === null) problems.push('Indiquez le montant proposé.');
    else if (!Number.isSafeInteger(proposed) || proposed < 0) problems.push('Montant proposé invalide : attendu un montant en euros et centimes, positif ou nul.');
    else if (proposed > requestedCents) {
      problems.push(`Le montant proposé (${formatEuros(proposed)}) dépasse le montant demandé (${formatEuros(requestedCents)}).`);
    }
  } else if (proposed !== null && proposed !== 0) {
    problems.push(`Un avis ${AVIS_LABELS[kind].toLowerCase()} ne propose aucun montant : retirez-le ou changez l’avis.`);
  }
  return problems;
}

export type EnvelopeItem = {
  /** The lever of the action's primary objective; null when it has none. */
  leverNumber: number | null;
  proposedCents: number | null;
};

export type LeverEnvelope = { leverNumber: number; envelopeCents: number };

export type EnvelopeLine = {
  proposedCents: number;
  /** Null when no envelope is set (a lever without its own share of the call). */
  envelopeCents: number | null;
  remainingCents: number | null;
  overEnvelope: boolean;
};

export type EnvelopeTotals = EnvelopeLine & {
  envelopeCents: number;
  remainingCents: number;
  /** After each item, in the order given (ranked or discussion order): what is committed so far. */
  running: { proposedCents: number; overEnvelope: boolean }[];
  /** Every lever with a proposal or an envelope, by lever number; null: no lever. */
  levers: ({ leverNumber: number | null } & EnvelopeLine)[];
};

function cents(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} are non-negative integer cents: ${String(value)}`);
  return value;
}

function add(total: number, amount: number): number {
  const sum = total + amount;
  if (!Number.isSafeInteger(sum)) throw new RangeError('Total beyond Number.MAX_SAFE_INTEGER cents.');
  return sum;
}

function line(proposedCents: number, envelopeCents: number | null): EnvelopeLine {
  if (envelopeCents === null) return { proposedCents, envelopeCents, remainingCents: null, overEnvelope: false };
  return { proposedCents, envelopeCents, remainingCents: envelopeCents - proposedCents, overEnvelope: proposedCents > envelopeCents };
}

/**
 * The proposed amounts against the call's envelope: the total, what remains (negative when over),
 * the running total item by item for the deliberation screen, and the same per lever.
 */
export function envelopeTotals(items: readonly EnvelopeItem[], envelopeCents: number, leverEnvelopes: readonly LeverEnvelope[] = []): EnvelopeTotals {
  cents(envelopeCents, 'Envelopes');
  const leverEnvelope = new Map<number, number>();
  for (const { leverNumber, envelopeCents: share } of leverEnvelopes) {
    if (leverEnvelope.has(leverNumber)) throw new RangeError(`Lever ${leverNumber} has two envelopes.`);
    leverEnvelope.set(leverNumber, cents(share, 'Envelopes'));
  }
  const perLever = new Map<number | null, number>([...leverEnvelope.keys()].map((leverNumber) => [leverNumber, 0]));
  const running: EnvelopeTotals['running'] = [];
  let total = 0;
  for (const item of items) {
    const proposed = cents(item.proposedCents ?? 0, 'Proposed amounts');
    total = add(total, proposed);
    running.push({ proposedCents: total, overEnvelope: total > envelopeCents });
    if (proposed > 0 || perLever.has(item.leverNumber)) perLever.set(item.leverNumber, add(perLever.get(item.leverNumber) ?? 0, proposed));
  }
  const levers = [...perLever.entries()]
    // Numbered levers in order, the items without a lever last.
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([leverNumber, proposed]) => ({ leverNumber, ...line(proposed, leverNumber === null ? null : (leverEnvelope.get(leverNumber) ?? null)) }));
  return { ...line(total, envelopeCents), envelopeCents, remainingCents: envelopeCents - total, running, levers };
}
