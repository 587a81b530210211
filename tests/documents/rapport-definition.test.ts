// The report to the board is a pure function of its data: the 23 000 € rule, the fundings retained,
// the totals by lever and their chart, the draft deliberation — tested without rendering.
import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../core/documents/bar-chart.ts';
import { rapportCaDocument, type RapportData } from '../../core/documents/rapport-ca.ts';
import { CONVENTION_THRESHOLD_CENTS, conventionsRequired, leverTotals, proposedFundings, type RapportDecision } from '../../core/documents/rapport-conventions.ts';
import { draftDeliberation } from '../../core/documents/rapport-deliberation.ts';

let nextPosition = 0;
function decision(providerId: number, proposedCents: number, changes: Partial<RapportDecision> = {}): RapportDecision {
  nextPosition += 1;
  return {
    position: nextPosition,
    providerId,
    providerName: `Organisme ${providerId}`,
    title: `Action ${nextPosition}`,
    leverNumber: 6,
    requestedCents: proposedCents + 100_000,
    avisKind: 'favorable',
    proposedCents,
    conditions: '',
    ...changes,
  };
}

const frame = { organisation: { name: 'CCAS de Rennes', department: '', address: '', postalCode: '', city: '', logoDataUrl: null }, reference: 'CAI-2017-12-12-S1-RAPPORT-CA', generatedOn: '2017-12-20', dataSha256: 'b'.repeat(64) };

function data(decisions: RapportDecision[]): RapportData {
  return {
    pact: { title: 'Pacte Rennais d’Insertion', periodStart: 2017, periodEnd: 2021 },
    call: { title: 'Appel à projets 2018', year: 2018, envelopeCents: 12_000_000 },
    session: { id: 1, title: 'CAI de décembre', heldOn: '2017-12-12', place: 'Salle du conseil', presentCount: 3, quorumStatement: 'Quorum atteint : 3 membres titulaires présents ou représentés sur 3 (2 requis).', quorumReached: true },
    decisions,
    earlierFundings: [],
    levers: [
      { number: 1, title: 'Soutenir le maintien des compétences', envelopeCents: 3_000_000 },
      { number: 2, title: 'Accompagner vers l’emploi', envelopeCents: null },
      { number: 6, title: 'Favoriser la mobilité', envelopeCents: null },
    ],
    representative: null,
  };
}

describe('the convention rule (loi n° 2000-321 art. 10, décret n° 2001-495)', () => {
  it('needs no convention at 23 000,00 € exactly, and one at 23 000,01 €', () => {
    expect(CONVENTION_THRESHOLD_CENTS).toBe(2_300_000);
    expect(conventionsRequired([decision(1, 2_300_000)])).toEqual([]);
    expect(conventionsRequired([decision(2, 2_300_001)])).toMatchObject([{ providerId: 2, totalCents: 2_300_001 }]);
  });

  it('sums the applications of one provider and says which ones', () => {
    const lines = conventionsRequired([decision(3, 1_500_000, { title: 'Vélo-école' }), decision(4, 500_000), decision(3, 900_000, { title: 'Scooters' })]);
    expect(lines).toEqual([
      {
        providerId: 3,
        providerName: 'Organisme 3',
        totalCents: 2_400_000,
        applications: [
          { title: 'Vélo-école', proposedCents: 1_500_000, heldOn: null },
          { title: 'Scooters', proposedCents: 900_000, heldOn: null },
        ],
      },
    ]);
  });

  it('adds what the call granted the provider in another closed session', () => {
    const earlier = [{ providerId: 5, providerName: 'Organisme 5', title: 'Action de juin', proposedCents: 1_000_000, heldOn: '2017-06-15' }];
    expect(conventionsRequired([decision(5, 1_300_000)], earlier)).toEqual([]);
    expect(conventionsRequired([decision(5, 1_300_001)], earlier)).toMatchObject([{ totalCents: 2_300_001, applications: [{ heldOn: null }, { heldOn: '2017-06-15' }] }]);
  });
});

describe('the fundings and their totals by lever', () => {
  const decisions = [
    decision(1, 1_000_000),
    decision(2, 500_000, { avisKind: 'favorable_sous_reserve', conditions: 'Bilan en juin.' }),
    decision(3, 0),
    decision(4, 0, { avisKind: 'ajourne', leverNumber: 1 }),
    decision(5, 0, { avisKind: 'defavorable' }),
    decision(6, 700_000, { leverNumber: 1 }),
    decision(7, 200_000, { leverNumber: null }),
  ];

  it('keeps only favourable avis, with or without conditions, that propose an amount', () => {
    expect(proposedFundings(decisions).map((funding) => funding.providerId)).toEqual([1, 2, 6, 7]);
  });

  it('totals every lever with a funding or an envelope, and "sans levier" last', () => {
    const totals = leverTotals(proposedFundings(decisions), data([]).levers);
    expect(totals.map((line) => [line.leverNumber, line.count, line.proposedCents, line.envelopeCents])).toEqual([
      [1, 1, 700_000, 3_000_000],
      [6, 2, 1_500_000, null],
      [null, 1, 200_000, null],
    ]);
  });

  it('draws the bars on one scale with the envelope, and flags a lever over its envelope', () => {
    const geometry = barGeometry(
      [
        { label: 'a', value: 1_000, reference: 2_000, valueText: '' },
        { label: 'b', value: 3_000, reference: 2_000, valueText: '' },
        { label: 'c', value: 1, reference: null, valueText: '' },
        { label: 'd', value: 0, reference: null, valueText: '' },
      ],
      300,
    );
    expect(geometry).toEqual([
      { valueWidth: 100, referenceWidth: 200, over: false },
      { valueWidth: 300, referenceWidth: 200, over: true },
      { valueWidth: 1, referenceWidth: null, over: false },
      { valueWidth: 0, referenceWidth: null, over: false },
    ]);
  });
});

describe('the report’s definition', () => {
  const decisions = [decision(10, 1_500_000, { providerName: 'Mobiliclés' }), decision(10, 900_000, { providerName: 'Mobiliclés', avisKind: 'favorable_sous_reserve', conditions: 'Convention avec le garage.' }), decision(11, 2_300_000), decision(12, 0, { avisKind: 'ajourne' })];
  const definition = rapportCaDocument(frame, data(decisions));
  const text = JSON.stringify(definition.content);

  it('writes amounts with no-break spaces, never the narrow one the font lacks', () => {
    expect(text).toContain('47\u00A0000,00\u00A0€');
    expect(text).not.toContain('\u202F');
  });

  it('lists the proposed fundings with a total line, and not the adjourned file', () => {
    expect(text).toContain('Total : 3 actions, 2 organismes');
    expect(text).toContain('Réserve : Convention avec le garage.');
    expect(text).not.toContain(`"${decisions[3]?.title ?? '?'}"`);
  });

  it('names the provider that needs a convention and the applications it sums', () => {
    expect(text).toContain('Mobiliclés');
    expect(text).toContain('24\u00A0000,00\u00A0€');
    expect(text).toContain(`${decisions[0]?.title ?? '?'} : 15\u00A0000,00\u00A0€`);
    expect(text).toContain(`${decisions[1]?.title ?? '?'} : 9\u00A0000,00\u00A0€`);
  });

  it('keeps the chart whole on one page', () => {
    const chart = (definition.content as { unbreakable?: boolean; stack?: { text?: string }[] }[]).find((item) => item.stack?.[0]?.text === 'Montants proposés par levier');
    expect(chart?.unbreakable).toBe(true);
  });
});

describe('the draft deliberation', () => {
  const base = { pact: { title: 'Pacte Rennais d’Insertion', periodStart: 2017, periodEnd: 2021 }, callTitle: 'Appel à projets 2018', year: 2018, heldOn: '2017-12-12', fundingCount: 3, providerCount: 2, totalCents: 4_700_000, reservedCount: 1 };

  it('cites the law and the decree, gives the total and authorises the conventions above 23 000 €', () => {
    const text = draftDeliberation({ ...base, conventions: conventionsRequired([decision(20, 2_400_000, { providerName: 'Mobiliclés' })]) });
    expect(text.visas.join(' ')).toContain('loi n°\u00A02000-321 du 12 avril 2000');
    expect(text.visas.join(' ')).toContain('notamment son article 10');
    expect(text.visas.join(' ')).toContain('décret n°\u00A02001-495 du 6 juin 2001');
    expect(text.visas.join(' ')).toContain('séance du 12 décembre 2017');
    expect(text.articles[0]).toContain('pour un montant total de 47\u00A0000,00\u00A0€');
    expect(text.articles[0]).toContain('3 actions portées par 2 organismes');
    expect(text.articles[1]).toContain('à signer les conventions de financement');
    expect(text.articles[1]).toContain('dépasse 23\u00A0000,00\u00A0€ : Mobiliclés (24\u00A0000,00\u00A0€)');
    expect(text.articles[2]).toContain('sous réserve (1 action)');
    expect(text.articles.at(-1)).toContain('budget de l’exercice 2018');
  });

  it('says that no convention is mandatory when no body crosses the threshold', () => {
    const text = draftDeliberation({ ...base, reservedCount: 0, conventions: [] });
    expect(text.articles).toHaveLength(3);
    expect(text.articles[1]).toContain('aucun organisme ne reçoit');
    expect(text.articles[1]).toContain('simple décision');
  });
});
