// Convention, avenant and payment-certificate data written out by hand, for the suites that render
// them without a database: a two-year convention over 23 000 € a year with a "sous réserve" avis,
// its first avenant, and the certificate of its 2018 balance. Each builder returns a fresh copy that
// a test may change through `patch`.
import type { AvenantDocumentData, CertificatDocumentData, ConventionDocumentData, ConventionFacts } from '../../core/documents/convention-data.ts';

const CCAS: ConventionFacts['ccas'] = {
  name: 'CCAS de Rennes',
  department: 'Direction de l’insertion',
  address: '12 rue de l’Hôtel-Dieu',
  postalCode: '35000',
  city: 'Rennes',
  logoDataUrl: null,
  siret: '26350018600014',
  representative: { name: 'Agnès Martin', role: 'Vice-présidente du CCAS', civility: '' },
};

function facts(): ConventionFacts {
  return {
    ccas: structuredClone(CCAS),
    provider: {
      name: 'Mobiliclés',
      legalForm: 'association',
      siret: '78467169500087',
      rna: 'W353012345',
      address: '5 rue de Lorient',
      postalCode: '35000',
      city: 'Rennes',
      representative: { name: 'Claire Le Goff', role: 'présidente', civility: '' },
    },
    pact: { title: 'Pacte Rennais d’Insertion 2017-2021' },
    call: { title: 'Appel à projets 2018' },
    cai: { heldOn: '2018-03-12', avisKind: 'favorable_sous_reserve' },
    ca: { deliberationRef: '2018-CA-014', deliberationOn: '2018-03-29' },
    convention: {
      number: 'CONV-2018-007',
      instrument: 'convention',
      duration: 'pluriannuelle',
      object: 'accompagner vers l’emploi quarante allocataires du RSA par an en levant leurs freins de mobilité : apprentissage du vélo en ville, diagnostic des trajets domicile-travail et mises en situation chez des employeurs.',
      startsOn: '2018-01-08',
      endsOn: '2019-12-20',
      totalCents: 6_000_000,
      eligibleCostCents: 15_000_000,
      conditions: 'Transmettre un bilan intermédiaire de l’action avant le 30 juin de chaque année.\n\nAssocier la mission locale au comité de suivi de l’action.',
      signedCcasOn: '2018-04-05',
      signedProviderOn: '2018-04-03',
    },
    years: [
      { year: 2018, amountCents: 3_000_000 },
      { year: 2019, amountCents: 3_000_000 },
    ],
    schedule: [
      { rank: 1, year: 2018, kind: 'avance', percentBp: 7000, amountCents: 2_100_000, trigger: 'signature', plannedOn: null, dueOn: '2018-06-04' },
      { rank: 2, year: 2018, kind: 'solde', percentBp: 3000, amountCents: 900_000, trigger: 'bilan', plannedOn: '2019-06-30', dueOn: null },
      { rank: 3, year: 2019, kind: 'avance', percentBp: 7000, amountCents: 2_100_000, trigger: 'date', plannedOn: '2019-01-15', dueOn: '2019-03-16' },
      { rank: 4, year: 2019, kind: 'solde', percentBp: 3000, amountCents: 900_000, trigger: 'bilan', plannedOn: '2020-06-30', dueOn: null },
    ],
    providerYearTotals: [
      { year: 2018, totalCents: 3_000_000 },
      { year: 2019, totalCents: 3_450_000 },
    ],
    action: {
      title: 'Vélo-école et remise en selle pour l’emploi',
      summary:
        'Des ateliers collectifs d’apprentissage du vélo en ville, deux fois par semaine, pour des personnes éloignées de l’emploi dont la mobilité limite les recherches.\n\nChaque participant construit avec une conseillère son trajet vers un emploi ou une formation, le teste accompagné, puis seul ; un vélo peut lui être prêté trois mois.',
      publics: ['Allocataires du RSA', 'Habitants des quartiers prioritaires'],
      expectedParticipants: 40,
      startsOn: '2018-01-08',
      endsOn: '2019-12-20',
      mobility: 'La mobilité est l’objet même de l’action : diagnostic mobilité à l’entrée, apprentissage du vélo, lecture du réseau de bus et prêt de vélos.',
      territories: ['Maurepas', 'Le Blosne', 'Villejean'],
      objectives: [
        { leverNumber: 6, leverTitle: 'Favoriser la mobilité', code: '6.1.1', title: 'Développer un outil diagnostic', isPrimary: true },
        { leverNumber: 2, leverTitle: 'Renforcer l’accompagnement vers l’emploi', code: '2.3.1', title: 'Mobiliser les employeurs du territoire', isPrimary: false },
      ],
    },
    budget: {
      charges: [
        { label: '60 – Achats', amountCents: 800_000 },
        { label: '61 – Services extérieurs', amountCents: 1_200_000 },
        { label: '62 – Autres services extérieurs', amountCents: 1_000_000 },
        { label: '64 – Charges de personnel', amountCents: 11_000_000 },
        { label: 'Charges indirectes affectées à l’action', amountCents: 1_000_000 },
      ],
      produits: [
        { label: '70 – Vente de produits finis, de marchandises, prestations de services', amountCents: 500_000 },
        { label: 'État', amountCents: 3_000_000 },
        { label: 'Département(s)', amountCents: 4_000_000 },
        { label: 'Commune / CCAS', amountCents: 6_000_000 },
        { label: '75 – Autres produits de gestion courante', amountCents: 1_500_000 },
      ],
    },
    indicators: [
      { label: 'Participants entrés dans l’année (IC01)', target: '40', year: null },
      { label: 'Sorties positives : emploi ou formation (IC14)', target: '', year: 2018 },
      { label: 'Participants ayant levé un frein de mobilité (IC15)', target: null, year: 2019 },
    ],
  };
}

export function conventionDocumentData(patch: (data: ConventionDocumentData) => void = () => undefined): ConventionDocumentData {
  const data: ConventionDocumentData = { ...facts(), issuedOn: '2018-04-05', draft: false };
  patch(data);
  return data;
}

/** One year, 12 345,67 € split 70/30 (8 641,97 + 3 703,70), under 23 000 € a year: an arrêté attributif. */
export function arreteDocumentData(patch: (data: ConventionDocumentData) => void = () => undefined): ConventionDocumentData {
  return conventionDocumentData((data) => {
    data.convention = { ...data.convention, number: 'ARR-2018-003', instrument: 'arrete', duration: 'annuelle', endsOn: '2018-12-14', totalCents: 1_234_567, eligibleCostCents: 4_100_000, conditions: '', signedProviderOn: null };
    data.cai.avisKind = 'favorable';
    data.years = [{ year: 2018, amountCents: 1_234_567 }];
    data.schedule = [
      { rank: 1, year: 2018, kind: 'avance', percentBp: 7000, amountCents: 864_197, trigger: 'signature', plannedOn: null, dueOn: '2018-06-04' },
      { rank: 2, year: 2018, kind: 'solde', percentBp: 3000, amountCents: 370_370, trigger: 'bilan', plannedOn: '2019-06-30', dueOn: null },
    ];
    data.providerYearTotals = [{ year: 2018, totalCents: 1_234_567 }];
    patch(data);
  });
}

/** Avenant n° 1: 5 000 € more in 2019, three more months, the 2019 lines replaced. */
export function avenantDocumentData(patch: (data: AvenantDocumentData) => void = () => undefined): AvenantDocumentData {
  const convention = facts();
  const superseded = convention.schedule.slice(2);
  convention.convention = { ...convention.convention, totalCents: 6_500_000, endsOn: '2020-03-31' };
  convention.years = [
    { year: 2018, amountCents: 3_000_000 },
    { year: 2019, amountCents: 3_500_000 },
  ];
  convention.schedule = [
    ...convention.schedule.slice(0, 2),
    { rank: 5, year: 2019, kind: 'avance', percentBp: 7000, amountCents: 2_450_000, trigger: 'date', plannedOn: '2019-07-15', dueOn: '2019-09-13' },
    { rank: 6, year: 2019, kind: 'solde', percentBp: 3000, amountCents: 1_050_000, trigger: 'bilan', plannedOn: '2020-06-30', dueOn: null },
  ];
  const data: AvenantDocumentData = {
    issuedOn: '2019-07-04',
    draft: false,
    convention,
    avenant: {
      rank: 1,
      reason: 'l’extension de l’action au quartier de Villejean à partir de septembre 2019, avec un groupe supplémentaire de douze participants',
      deliberationRef: '2019-CA-041',
      deliberationOn: '2019-06-27',
      signedOn: '2019-07-04',
      changes: [
        { field: 'amount', beforeCents: 6_000_000, afterCents: 6_500_000 },
        { field: 'endDate', before: '2019-12-20', after: '2020-03-31' },
        { field: 'schedule' },
      ],
      supersededSchedule: superseded,
    },
  };
  patch(data);
  return data;
}

/** The 2018 balance (9 000 €), paid once the 2018 bilan was accepted, after the 21 000 € advance. */
export function certificatDocumentData(patch: (data: CertificatDocumentData) => void = () => undefined): CertificatDocumentData {
  const base = facts();
  const data: CertificatDocumentData = {
    issuedOn: '2019-06-03',
    ccas: base.ccas,
    provider: { name: base.provider.name, siret: base.provider.siret, rna: base.provider.rna },
    convention: { number: base.convention.number, instrument: 'convention', object: base.convention.object, totalCents: base.convention.totalCents, signedOn: '2018-04-05' },
    line: { rank: 2, year: 2018, kind: 'solde', percentBp: 3000, amountCents: 900_000, trigger: 'bilan', plannedOn: '2019-06-30', dueOn: '2019-07-19', triggerMet: true, triggerMetOn: '2019-05-20' },
    payment: { id: 17, amountCents: 900_000, mandateRef: 'M-2019-1234', orderedOn: '2019-06-03', paidOn: null, overrideReason: '' },
    paidBeforeCents: 2_100_000,
  };
  patch(data);
  return data;
}
