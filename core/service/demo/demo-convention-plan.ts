// What became of each convention of the demo year, act by act, from the board of 25 January 2018
// to the end of June 2019: one at every status, two over several years, one amended, a provider
// above 23 000 € a year, a balance left unpaid past its deadline, payments, a cancelled mandate and a
// recovery. Dates are fixed here and every step of a convention comes after the one before.
import type { RecoveryCause } from '../conventions/conventions-api.ts';

export type LineRef = { kind: 'avance' | 'solde'; year: number };

export type ConventionStep =
  | { act: 'arrete'; on: string }
  | { act: 'present'; on: string }
  | { act: 'validate'; on: string; deliberationRef: string }
  | { act: 'sign'; on: string; providerOn: string | null }
  /** Paid at once (the mandate and the payment the same day). */
  | { act: 'pay'; on: string; line: LineRef; mandateRef: string }
  /** Ordered (mandaté), paid later by `paid` or cancelled by `cancel`. */
  | { act: 'order'; on: string; line: LineRef; mandateRef: string }
  | { act: 'paid'; on: string; line: LineRef }
  | { act: 'cancel'; on: string; line: LineRef; reason: string }
  | { act: 'bilan'; on: string; year: number }
  | { act: 'amend'; on: string; totalEuros: number; reason: string; deliberationRef: string; deliberationOn: string }
  | { act: 'terminate'; on: string; reason: string }
  | { act: 'recover'; on: string; euros: number; cause: RecoveryCause; decisionRef: string; dueOn: string; note: string }
  | { act: 'abandon'; on: string; reason: string }
  | { act: 'close'; on: string };

export type ConventionScript = { title: string; steps: ConventionStep[] };

/** The board of 25 January 2018 validates the first conventions; the CCAS signs on 9 February. */
function januaryBoard(providerSignedOn: string): ConventionStep[] {
  return [
    { act: 'present', on: '2018-01-15' },
    { act: 'validate', on: '2018-01-25', deliberationRef: 'DEL-2018-007' },
    { act: 'sign', on: '2018-02-09', providerOn: providerSignedOn },
  ];
}

const advance = (year: number, on: string, mandateRef: string): ConventionStep => ({ act: 'pay', on, line: { kind: 'avance', year }, mandateRef });

/** The year's bilan accepted, then its balance paid. */
function balance(year: number, bilanOn: string, paidOn: string, mandateRef: string): ConventionStep[] {
  return [
    { act: 'bilan', on: bilanOn, year },
    { act: 'pay', on: paidOn, line: { kind: 'solde', year }, mandateRef },
  ];
}

/** The whole year paid, then the convention closed. */
function closed(providerSignedOn: string, mandates: [string, string], bilanOn: string, balanceOn: string, closedOn: string): ConventionStep[] {
  return [...januaryBoard(providerSignedOn), advance(2018, '2018-03-06', mandates[0]), ...balance(2018, bilanOn, balanceOn, mandates[1]), { act: 'close', on: closedOn }];
}

/** Made an arrêté attributif while still a draft, then signed by the CCAS alone. */
function asArrete(on: string, steps: readonly ConventionStep[]): ConventionStep[] {
  return [{ act: 'arrete', on }, ...steps.map((step): ConventionStep => (step.act === 'sign' ? { ...step, providerOn: null } : step))];
}

export const DEMO_CONVENTIONS: readonly ConventionScript[] = [
  // Clôturées. TAPAJ: 28 000 € to one provider in 2018, above 23 000 €: a convention is mandatory.
  { title: 'TAPAJ Rennes – Travail Alternatif Payé À la Journée', steps: closed('2018-02-02', ['M-2018-0301', 'M-2019-0212'], '2019-03-12', '2019-04-09', '2019-05-14') },
  { title: 'Passerelle savoirs de base vers la formation qualifiante', steps: closed('2018-02-05', ['M-2018-0302', 'M-2019-0215'], '2019-03-05', '2019-04-02', '2019-05-14') },
  { title: 'Portefeuille de compétences : identifier et valoriser ses savoir-faire', steps: closed('2018-02-06', ['M-2018-0303', 'M-2019-0231'], '2019-03-19', '2019-04-16', '2019-06-11') },
  // Below 23 000 € a year for its provider: an arrêté attributif, signed by the CCAS alone.
  { title: 'Ateliers cuisine partagés de l’épicerie solidaire', steps: asArrete('2018-01-10', closed('2018-02-09', ['M-2018-0304', 'M-2019-0220'], '2019-03-12', '2019-04-09', '2019-05-14')) },
  // A mandate issued on the wrong budget line, cancelled and issued again.
  {
    title: 'Conduite supervisée : reprendre confiance au volant',
    steps: [
      ...januaryBoard('2018-02-07'),
      { act: 'order', on: '2018-02-27', line: { kind: 'avance', year: 2018 }, mandateRef: 'M-2018-0208' },
      { act: 'cancel', on: '2018-03-01', line: { kind: 'avance', year: 2018 }, reason: 'Mandat émis sur une mauvaise imputation budgétaire.' },
      { act: 'order', on: '2018-03-02', line: { kind: 'avance', year: 2018 }, mandateRef: 'M-2018-0231' },
      { act: 'paid', on: '2018-03-09', line: { kind: 'avance', year: 2018 } },
      ...balance(2018, '2019-03-12', '2019-04-09', 'M-2019-0213'),
      { act: 'close', on: '2019-05-14' },
    ],
  },
  // Soldées: everything paid, not closed yet.
  { title: 'Découvrir les métiers du réemploi', steps: [...januaryBoard('2018-02-05'), advance(2018, '2018-03-06', 'M-2018-0305'), ...balance(2018, '2019-04-02', '2019-04-30', 'M-2019-0288')] },
  { title: 'Permanences santé dans les espaces sociaux communs', steps: [...januaryBoard('2018-02-08'), advance(2018, '2018-03-06', 'M-2018-0306'), ...balance(2018, '2019-03-26', '2019-04-23', 'M-2019-0270')] },
  { title: 'Français langue étrangère à visée professionnelle', steps: [...januaryBoard('2018-02-05'), advance(2018, '2018-03-06', 'M-2018-0307'), ...balance(2018, '2019-04-16', '2019-05-14', 'M-2019-0341')] },
  { title: 'Parcours culturels « Sortir ensemble »', steps: [...januaryBoard('2018-02-02'), advance(2018, '2018-03-06', 'M-2018-0308'), ...balance(2018, '2019-04-09', '2019-05-07', 'M-2019-0322')] },
  // The "sous réserve" conditions met in February: board of 22 February.
  {
    title: 'Code de la route et remise à niveau cognitive',
    steps: [
      { act: 'present', on: '2018-02-12' },
      { act: 'validate', on: '2018-02-22', deliberationRef: 'DEL-2018-019' },
      { act: 'sign', on: '2018-03-05', providerOn: '2018-03-01' },
      advance(2018, '2018-03-20', 'M-2018-0412'),
      ...balance(2018, '2019-03-19', '2019-04-16', 'M-2019-0232'),
    ],
  },
  // Amended: a second group in the autumn, 18 000 € → 20 000 €; the unpaid balance is replaced, kept as superseded.
  {
    title: 'We can Do It ! – femmes, emploi et métiers sans stéréotypes',
    steps: [
      ...januaryBoard('2018-02-01'),
      advance(2018, '2018-03-06', 'M-2018-0309'),
      { act: 'amend', on: '2018-07-05', totalEuros: 20_000, reason: 'Un second groupe de douze femmes au second semestre, à la demande du PLIE.', deliberationRef: 'DEL-2018-053', deliberationOn: '2018-06-28' },
      ...balance(2018, '2019-03-26', '2019-04-23', 'M-2019-0271'),
    ],
  },
  // En cours. The balance is due since the bilan was accepted on 28 March 2019 (deadline 27 May): overdue.
  { title: 'Jobs à l’heure Maurepas', steps: [...januaryBoard('2018-02-06'), advance(2018, '2018-03-06', 'M-2018-0310'), { act: 'bilan', on: '2019-03-28', year: 2018 }] },
  // Multi-year, 2018–2019: 2018 paid in full, the 2019 advance paid on its date, the 2019 balance after that year's bilan.
  {
    title: 'Diagnostic mobilité et plan d’action individualisé',
    steps: [...januaryBoard('2018-02-07'), advance(2018, '2018-03-06', 'M-2018-0311'), advance(2019, '2019-01-22', 'M-2019-0018'), ...balance(2018, '2019-03-12', '2019-04-09', 'M-2019-0214')],
  },
  {
    title: 'Permis de conduire solidaire',
    steps: [...januaryBoard('2018-02-02'), advance(2018, '2018-03-06', 'M-2018-0312'), advance(2019, '2019-01-22', 'M-2019-0019'), ...balance(2018, '2019-02-26', '2019-03-19', 'M-2019-0150')],
  },
  // The balance ordered (mandaté) on 20 June 2019, not paid yet.
  {
    title: 'Médiation numérique pour les démarches en ligne',
    steps: [...januaryBoard('2018-02-05'), advance(2018, '2018-03-06', 'M-2018-0313'), { act: 'bilan', on: '2019-06-03', year: 2018 }, { act: 'order', on: '2019-06-20', line: { kind: 'solde', year: 2018 }, mandateRef: 'M-2019-0455' }],
  },
  // Their 2018 bilans are still awaited.
  { title: 'Sport et insertion : se remobiliser par l’activité physique', steps: [...januaryBoard('2018-02-08'), advance(2018, '2018-03-06', 'M-2018-0314')] },
  { title: 'Garde d’enfants à horaires atypiques pour parents en reprise d’emploi', steps: [...januaryBoard('2018-02-01'), advance(2018, '2018-03-06', 'M-2018-0315')] },
  { title: 'Accès aux droits santé : bilan et ouverture des droits', steps: [...januaryBoard('2018-02-08'), advance(2018, '2018-03-06', 'M-2018-0316')] },
  { title: 'Premiers pas sur l’ordinateur', steps: [...januaryBoard('2018-02-06'), advance(2018, '2018-03-06', 'M-2018-0317')] },
  { title: 'Covoiturage solidaire vers l’emploi', steps: [...januaryBoard('2018-02-07'), advance(2018, '2018-03-06', 'M-2018-0318')] },
  // Résiliée: the activity stopped in September; the part not spent is asked back.
  {
    title: 'Ordinateurs reconditionnés à prix solidaire',
    steps: [
      ...januaryBoard('2018-02-02'),
      advance(2018, '2018-03-06', 'M-2018-0319'),
      { act: 'terminate', on: '2018-10-15', reason: 'Arrêt de l’atelier de vente solidaire en septembre 2018 : l’action ne peut plus être menée.' },
      { act: 'recover', on: '2018-11-05', euros: 3000, cause: 'non_consomme', decisionRef: 'ARR-2018-118', dueOn: '2018-12-15', note: 'Part de l’avance non consommée à l’arrêt de l’action.' },
    ],
  },
  // Abandonnée after the board's validation: the provider gave the action up before signing.
  {
    title: 'Location solidaire de vélos à assistance électrique',
    steps: [
      { act: 'present', on: '2018-01-15' },
      { act: 'validate', on: '2018-01-25', deliberationRef: 'DEL-2018-007' },
      { act: 'abandon', on: '2018-03-20', reason: 'L’association renonce à l’action : la flotte de vélos à assistance électrique n’a pas pu être financée.' },
    ],
  },
  // The "sous réserve" files whose conditions were met later in 2018.
  {
    title: 'Vélo-école : apprendre à rouler en ville',
    steps: [{ act: 'present', on: '2018-06-11' }, { act: 'validate', on: '2018-06-28', deliberationRef: 'DEL-2018-054' }, { act: 'sign', on: '2018-07-12', providerOn: '2018-07-09' }],
  },
  { title: 'Sas de préparation à l’entrée en chantier d’insertion', steps: [{ act: 'present', on: '2018-06-11' }, { act: 'validate', on: '2018-06-28', deliberationRef: 'DEL-2018-055' }] },
  { title: 'Théâtre-forum « Prendre la parole »', steps: [{ act: 'present', on: '2018-09-17' }] },
  // Brouillon: the condition of the avis is still not met.
  { title: 'Prendre soin de soi : coiffure et image de soi', steps: [] },
];
