// The demo year, as data: who sits on the jury, what the recevabilité found, the CAI session of
// 12 December 2017 and the avis it gave. Every date is fixed here (2017–2019), never read from the
// clock, so that the demo reads the same whenever it is loaded. Applications are named by title.
import type { AvisKind } from '../../domain/jury/avis.ts';
import type { JurorInput } from '../jurors/jurors-api.ts';

/** Who the histories of the demo name: a fictional manager, not the person loading the demo (the audit log names them). */
export const DEMO_ACTOR = 'Gestionnaire CAI (démonstration)';

/**
 * Fictional members of the jury (kept across years, like real ones); the chair first. They scored on
 * paper, and the chair imports their sheets, typed into a spreadsheet (CSV), with her PIN: one call
 * for about a thousand scores, where jury mode would take one call per score.
 */
export const DEMO_JURORS: readonly (JurorInput & { pin: string; scores: 'paper' | 'none' })[] = [
  { name: 'Martine Guérin', civility: 'madame', role: 'responsable_dispositifs', organisation: 'CCAS de Rennes (démonstration)', email: 'martine.guerin@ccas.demo.invalid', pin: '1234', scores: 'paper' },
  { name: 'Yann Le Floch', civility: 'monsieur', role: 'responsable_antenne', organisation: 'Antenne Nord-Est (démonstration)', email: 'yann.le-floch@ccas.demo.invalid', pin: '2222', scores: 'paper' },
  { name: 'Sophie Bernard', civility: 'madame', role: 'representant_departement', organisation: 'Département d’Ille-et-Vilaine (démonstration)', email: 'sophie.bernard@departement.demo.invalid', pin: '3333', scores: 'paper' },
  { name: 'Karim Benali', civility: 'monsieur', role: 'representant_allocataires', organisation: 'Collectif des allocataires (démonstration)', email: null, pin: '4444', scores: 'paper' },
  { name: 'Isabelle Prigent', civility: 'madame', role: 'professionnel_diap', organisation: 'DIAP (démonstration)', email: 'isabelle.prigent@ccas.demo.invalid', pin: '5555', scores: 'paper' },
  // A substitute, convened but excused: no sheet.
  { name: 'Loïc Tanguy', civility: 'monsieur', role: 'representant_allocataires', organisation: 'Collectif des allocataires (démonstration)', isPermanent: false, email: null, pin: '6666', scores: 'none' },
];

export const DEMO_CHAIR_PIN = '1234';

export const DEMO_SESSION = {
  title: 'CAI du 12 décembre 2017 (démonstration)',
  heldOn: '2017-12-12',
  place: 'Salle du conseil, CCAS de Rennes',
  jurorsCreatedOn: '2017-10-02',
  /** Created the day after the recevabilité closed; PINs, agenda and conflicts the same morning. */
  createdOn: '2017-11-28',
  notationOn: '2017-11-29',
  /** The paper sheets, typed into a spreadsheet, imported by the chair. */
  paperEnteredOn: '2017-12-11',
  paperFileName: 'fiches-papier-cai-2017-12-12.csv',
  /** A member of the Département's board at one provider: a conflict the chair pins. */
  conflict: { juror: 'Sophie Bernard', provider: 'point-sante', type: 'membre_conseil' as const, note: 'Siège au conseil d’administration de l’association.' },
};

/** The recevabilité of every deposited application, 20–27 November 2017 (the call closed on the 17th). */
export const RECEVABILITE = {
  /** The pieces arrived, were checked and ticked on these days. */
  attachedOn: '2017-11-20',
  tickedOn: '2017-11-23',
  decidedOn: '2017-11-27',
  tickNote: 'Pièce vérifiée (démonstration).',
  /** Left "déposé": for whoever tries the app to look at, and for the checks to show what they find. */
  leftDeposited: ['Jardin solidaire de Villejean', 'Repérer et orienter les personnes en souffrance psychique'],
  irrecevable: [
    {
      title: 'Numérique et recherche d’emploi',
      reason: 'Action identique à « Médiation numérique pour les démarches en ligne » du même prestataire : un seul dossier par action (règlement de l’appel).',
    },
  ],
} as const;

export type DemoAvis = { kind: AvisKind; proposedEuros?: number; text: string };

/**
 * The avis of the session, in the order the commission took them; every other recevable application
 * must have one (the session closes with an avis on each). Amounts in euros, within each request.
 */
export const DEMO_AVIS: Readonly<Record<string, DemoAvis>> = {
  'Portefeuille de compétences : identifier et valoriser ses savoir-faire': { kind: 'favorable', proposedEuros: 9000, text: 'Action utile aux allocataires éloignés de l’emploi.' },
  'Immersions découverte des métiers en entreprise': { kind: 'ajourne', text: 'Préciser les entreprises d’accueil et le calendrier des immersions.' },
  'Passerelle savoirs de base vers la formation qualifiante': { kind: 'favorable', proposedEuros: 14_000, text: 'Bons résultats de l’action en 2017.' },
  'Cap Formation jeunes : préparer son entrée en formation': { kind: 'defavorable', text: 'Public relevant de la Garantie jeunes, financée par ailleurs.' },
  'Découvrir les métiers du réemploi': { kind: 'favorable', proposedEuros: 12_000, text: 'Action ancrée dans le quartier, débouchés repérés.' },
  'TAPAJ Rennes – Travail Alternatif Payé À la Journée': { kind: 'favorable', proposedEuros: 28_000, text: 'Dispositif reconnu, public très éloigné de l’emploi.' },
  'We can Do It ! – femmes, emploi et métiers sans stéréotypes': { kind: 'favorable', proposedEuros: 18_000, text: 'Action du PLIE complémentaire de l’offre existante.' },
  'Jobs à l’heure Maurepas': { kind: 'favorable', proposedEuros: 15_000, text: 'Première marche vers l’emploi en QPV.' },
  'Sas de préparation à l’entrée en chantier d’insertion': { kind: 'favorable_sous_reserve', proposedEuros: 12_000, text: 'Joindre les accords des chantiers d’insertion d’accueil.' },
  'Garde d’enfants à horaires atypiques pour parents en reprise d’emploi': { kind: 'favorable', proposedEuros: 16_000, text: 'Lève un frein majeur à la reprise d’emploi.' },
  'Atelier recherche d’emploi à l’Espace Ressources Emploi du Blosne': { kind: 'defavorable', text: 'Doublon avec l’offre existante de l’Espace Ressources Emploi.' },
  'Théâtre-forum « Prendre la parole »': { kind: 'favorable_sous_reserve', proposedEuros: 8000, text: 'Associer un prescripteur de l’insertion au repérage des participants.' },
  'Ateliers cuisine partagés de l’épicerie solidaire': { kind: 'favorable', proposedEuros: 10_000, text: 'Action de remobilisation appréciée des participants.' },
  'Parcours culturels « Sortir ensemble »': { kind: 'favorable', proposedEuros: 10_000, text: 'Lien social et pouvoir d’agir.' },
  'Français langue étrangère à visée professionnelle': { kind: 'favorable', proposedEuros: 15_000, text: 'Besoin fort sur le territoire.' },
  'Ateliers sociolinguistiques de quartier': { kind: 'ajourne', text: 'Articuler l’action avec les ateliers de français du même prestataire.' },
  'Parcours arts numériques et création': { kind: 'defavorable', text: 'Lien avec l’insertion professionnelle insuffisamment démontré.' },
  'Sport et insertion : se remobiliser par l’activité physique': { kind: 'favorable', proposedEuros: 16_000, text: 'Remobilisation par le sport, partenariats solides.' },
  'Accès aux droits santé : bilan et ouverture des droits': { kind: 'favorable', proposedEuros: 12_000, text: 'Répond à l’objectif santé du pacte.' },
  'Prendre soin de soi : coiffure et image de soi': { kind: 'favorable_sous_reserve', proposedEuros: 6000, text: 'Préciser le nombre de participants allocataires du RSA.' },
  'Permanences santé dans les espaces sociaux communs': { kind: 'favorable', proposedEuros: 9000, text: 'Permanences bien repérées par les usagers.' },
  'Ordinateurs reconditionnés à prix solidaire': { kind: 'favorable', proposedEuros: 12_000, text: 'Réduit la fracture numérique des allocataires.' },
  'Premiers pas sur l’ordinateur': { kind: 'favorable', proposedEuros: 9000, text: 'Action d’initiation utile.' },
  'Médiation numérique pour les démarches en ligne': { kind: 'favorable', proposedEuros: 12_000, text: 'Accompagne la dématérialisation des démarches.' },
  'Diagnostic mobilité et plan d’action individualisé': { kind: 'favorable', proposedEuros: 20_000, text: 'Plate-forme mobilité au cœur du levier 6 du pacte.' },
  'Conduite supervisée : reprendre confiance au volant': { kind: 'favorable', proposedEuros: 15_000, text: 'Complète le diagnostic mobilité.' },
  'Permis de conduire solidaire': { kind: 'favorable', proposedEuros: 24_000, text: 'Permis de conduire : premier frein à l’emploi.' },
  'Vélo-école : apprendre à rouler en ville': { kind: 'favorable_sous_reserve', proposedEuros: 8000, text: 'Prévoir le prêt de vélos à l’issue de la formation.' },
  'Location solidaire de vélos à assistance électrique': { kind: 'favorable', proposedEuros: 10_000, text: 'Solution de mobilité pour les horaires décalés.' },
  'Covoiturage solidaire vers l’emploi': { kind: 'favorable', proposedEuros: 7000, text: 'Solution de mobilité en zone peu desservie.' },
  'Code de la route et remise à niveau cognitive': { kind: 'favorable_sous_reserve', proposedEuros: 6000, text: 'Ouvrir l’action aux allocataires du RSA de plus de 26 ans.' },
};

/** How well each kind of avis was scored, on the grid's 0–4 scale, before each member's own leaning. */
export const SCORE_LEVEL: Readonly<Record<AvisKind, number>> = { favorable: 3, favorable_sous_reserve: 2, ajourne: 2, defavorable: 1 };

/** The file the commission disagreed on most: one member scored it high, another low. */
export const DISPUTED_TITLE = 'Théâtre-forum « Prendre la parole »';
