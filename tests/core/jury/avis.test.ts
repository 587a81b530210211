// The avis of the commission (conditions and reasons where due, a proposed amount never above the
// request and none for a refusal), and what the proposals add up to against the envelope.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVIS_KINDS, AVIS_LABELS, type AvisDraft, avisProblems, envelopeTotals } from '../../../core/domain/jury/avis.ts';

const NBSP = '\u00A0';

describe('avisProblems', () => {
  it('has French labels for the four kinds', () => {
    expect(AVIS_KINDS.map((kind) => AVIS_LABELS[kind])).toEqual(['Favorable', 'Favorable sous réserve', 'Ajourné', 'Défavorable']);
  });

  it('accepts a favorable avis with an amount up to the request', () => {
    expect(avisProblems({ kind: 'favorable', proposedCents: 1_000_000, requestedCents: 1_000_000 })).toEqual([]);
    expect(avisProblems({ kind: 'favorable', proposedCents: 0, requestedCents: 1_000_000 })).toEqual([]);
  });

  it('asks the conditions of a favorable sous réserve', () => {
    expect(avisProblems({ kind: 'favorable_sous_reserve', conditions: ' ', proposedCents: 500_000, requestedCents: 1_000_000 })).toEqual([
      'Indiquez les conditions de l’avis favorable sous réserve.',
    ]);
    expect(avisProblems({ kind: 'favorable_sous_reserve', conditions: 'Budget rééquilibré', proposedCents: 500_000, requestedCents: 1_000_000 })).toEqual([]);
  });

  it('asks the reasons of a refusal or a postponement, and no amount for them', () => {
    expect(avisProblems({ kind: 'defavorable', requestedCents: 100 })).toEqual(['Indiquez les motifs de l’avis défavorable.']);
    expect(avisProblems({ kind: 'ajourne', reasons: '', requestedCents: 100 })).toEqual(['Indiquez les motifs de l’ajournement.']);
    expect(avisProblems({ kind: 'defavorable', reasons: 'Hors pacte', proposedCents: 0, requestedCents: 100 })).toEqual([]);
    expect(avisProblems({ kind: 'ajourne', reasons: 'Pièces à fournir', proposedCents: 50, requestedCents: 100 })).toEqual([
      'Un avis ajourné ne propose aucun montant : retirez-le ou changez l’avis.',
    ]);
  });

  it('refuses a proposed amount above the request, missing, negative or not in cents', () => {
    expect(avisProblems({ kind: 'favorable', proposedCents: 1_200_001, requestedCents: 1_200_000 })).toEqual([
      `Le montant proposé (12${NBSP}000,01${NBSP}€) dépasse le montant demandé (12${NBSP}000,00${NBSP}€).`,
    ]);
    expect(avisProblems({ kind: 'favorable', requestedCents: 100 })).toEqual(['Indiquez le montant proposé.']);
    expect(avisProblems({ kind: 'favorable', proposedCents: -1, requestedCents: 100 })).toHaveLength(1);
    expect(avisProblems({ kind: 'favorable', proposedCents: 10.5, requestedCents: 100 })).toHaveLength(1);
  });

  it('never lets a proposal exceed the request, nor a refusal carry money', () => {
    const draft = fc.record({
      kind: fc.constantFrom(...AVIS_KINDS),
      conditions: fc.constantFrom('', 'Conditions'),
      reasons: fc.constantFrom('', 'Motifs'),
      proposedCents: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
      requestedCents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(draft, (avis: AvisDraft) => {
        if (avisProblems(avis).length > 0) return;
        const proposed = avis.proposedCents ?? 0;
        expect(proposed).toBeLessThanOrEqual(avis.requestedCents);
        if (avis.kind === 'defavorable' || avis.kind === 'ajourne') expect(proposed).toBe(0);
      }),
    );
  });
});

describe('envelopeTotals', () => {
  it('adds the proposals against the envelope, item by item and per lever', () => {
    const totals = envelopeTotals(
      [
        { leverNumber: 1, proposedCents: 300_000 },
        { leverNumber: 6, proposedCents: 250_000 },
        { leverNumber: 1, proposedCents: null },
        { leverNumber: null, proposedCents: 100_000 },
        { leverNumber: 6, proposedCents: 400_000 },
      ],
      1_000_000,
      [
        { leverNumber: 6, envelopeCents: 500_000 },
        { leverNumber: 2, envelopeCents: 100_000 },
      ],
    );
    expect(totals).toMatchObject({ proposedCents: 1_050_000, envelopeCents: 1_000_000, remainingCents: -50_000, overEnvelope: true });
    expect(totals.running).toEqual([
      { proposedCents: 300_000, overEnvelope: false },
      { proposedCents: 550_000, overEnvelope: false },
      { proposedCents: 550_000, overEnvelope: false },
      { proposedCents: 650_000, overEnvelope: false },
      { proposedCents: 1_050_000, overEnvelope: true },
    ]);
    expect(totals.levers).toEqual([
      { leverNumber: 1, proposedCents: 300_000, envelopeCents: null, remainingCents: null, overEnvelope: false },
      { leverNumber: 2, proposedCents: 0, envelopeCents: 100_000, remainingCents: 100_000, overEnvelope: false },
      { leverNumber: 6, proposedCents: 650_000, envelopeCents: 500_000, remainingCents: -150_000, overEnvelope: true },
      { leverNumber: null, proposedCents: 100_000, envelopeCents: null, remainingCents: null, overEnvelope: false },
    ]);
  });

  it('refuses amounts that are not non-negative integer cents', () => {
    expect(() => envelopeTotals([{ leverNumber: 1, proposedCents: -1 }], 100)).toThrow(RangeError);
    expect(() => envelopeTotals([], 10.5)).toThrow(RangeError);
    expect(() => envelopeTotals([], 100, [{ leverNumber: 1, envelopeCents: 1 }, { leverNumber: 1, envelopeCents: 2 }])).toThrow(RangeError);
  });

  it('has a total equal to the sum of the proposals and to the sum over the levers, the last running total included', () => {
    const item = fc.record({ leverNumber: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), proposedCents: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 1e10 }), (items, envelope) => {
        const totals = envelopeTotals(items, envelope);
        const sum = items.reduce((total, entry) => total + (entry.proposedCents ?? 0), 0);
        expect(totals.proposedCents).toBe(sum);
        expect(totals.levers.reduce((total, lever) => total + lever.proposedCents, 0)).toBe(sum);
        expect(totals.running.at(-1)?.proposedCents ?? 0).toBe(sum);
        expect(totals.overEnvelope).toBe(sum > envelope);
        expect(totals.remainingCents).toBe(envelope - sum);
      }),
    );
  });
});
