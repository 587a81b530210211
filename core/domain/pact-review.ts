// Reviews of the pact's own action plan (annual, mid-term, final): the words people read and the rule on
// an action's reason. Pure: the schema, the service, the CLI and the screens share it.
import type { PACT_ACTION_PROGRESS, PACT_REVIEW_KINDS, PACT_REVIEW_STATUSES } from './indicators/indicator-enums.ts';

export type PactReviewKind = (typeof PACT_REVIEW_KINDS)[number];
export type PactReviewStatus = (typeof PACT_REVIEW_STATUSES)[number];
export type PactActionStatus = (typeof PACT_ACTION_PROGRESS)[number];

export const PACT_REVIEW_KIND_LABELS: Readonly<Record<PactReviewKind, string>> = {
  annuelle: 'Revue annuelle',
  mi_parcours: 'Évaluation à mi-parcours',
  finale: 'Évaluation finale',
};

export const PACT_REVIEW_STATUS_LABELS: Readonly<Record<PactReviewStatus, string>> = { brouillon: 'En préparation', validee: 'Validée' };

export const PACT_ACTION_STATUS_LABELS: Readonly<Record<PactActionStatus, string>> = {
  non_engagee: 'Non engagée',
  en_cours: 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
};

export const onTimeLabel = (onTime: boolean): string => (onTime ? 'Dans les temps' : 'En retard');

/** "Revue annuelle 2018", "Évaluation à mi-parcours 2019". */
export const pactReviewTitle = (kind: PactReviewKind, year: number): string => `${PACT_REVIEW_KIND_LABELS[kind]} ${year}`;

/**
 * Null when the status and reason go together, else why not, in French: an abandoned action always says
 * why (the COPIL lists it), and a reason on an action that is not abandoned would be read as one.
 */
export function progressReasonProblem(status: PactActionStatus, reason: string): string | null {
  const given = reason.trim() !== '';
  if (status === 'abandonnee' && !given) return 'Une action abandonnée doit avoir un motif : indiquez pourquoi elle est abandonnée.';
  if (status !== 'abandonnee' && given) return 'Le motif n’est demandé que pour une action abandonnée ; mettez l’explication en commentaire.';
  return null;
}

/** The completion rate as printed: "40 %" (one decimal when needed), "—" when the lever has no action. */
export function formatCompletion(done: number, total: number): string {
  if (total === 0) return '—';
  const percent = Math.round((1000 * done) / total) / 10;
  return `${percent.toLocaleString('fr-FR')} %`;
}

/** A convention that serves a pact action: its application targets the action's operational objective. */
export type LinkedConvention = { id: number; number: string; providerName: string; applicationTitle: string; status: string; totalCents: number };

export type PactActionProgressRow = {
  id: number;
  code: string;
  title: string;
  status: PactActionStatus;
  onTime: boolean;
  reason: string;
  comment: string;
  /** Null while nobody has set it in this review (nor in the one it started from). */
  updatedAt: string | null;
  updatedBy: string | null;
  /** Through the objective the action serves: applications with it as primary objective, and apart, as secondary. */
  conventions: { primary: LinkedConvention[]; secondary: LinkedConvention[] };
};

export type OperationalObjectiveProgress = { id: number; code: string; title: string; actions: PactActionProgressRow[] };
export type ObjectiveProgress = { id: number; code: string; title: string; operational: OperationalObjectiveProgress[] };

/** Where a lever stands: counted in SQL over every action of the lever, abandoned ones included. */
export type LeverCompletion = {
  leverId: number;
  number: number;
  title: string;
  actions: number;
  realisees: number;
  enCours: number;
  nonEngagees: number;
  abandonnees: number;
  late: number;
  /** realisees / actions (0…1); null for a lever without action. */
  rate: number | null;
};

export type AbandonedAction = { code: string; title: string; reason: string };

export type LeverProgress = LeverCompletion & { abandoned: AbandonedAction[]; objectives: ObjectiveProgress[] };

export type PactReviewSummary = {
  id: number;
  pactId: number;
  pactCode: string;
  kind: PactReviewKind;
  year: number;
  heldOn: string | null;
  status: PactReviewStatus;
  createdAt: string;
  updatedAt: string;
  /** Over the whole pact. */
  actions: number;
  realisees: number;
  abandonnees: number;
};

export type PactReviewDetail = PactReviewSummary & {
  pactTitle: string;
  periodStart: number;
  periodEnd: number;
  correctiveMeasures: string;
  priorities: string;
  decisions: string;
  levers: LeverProgress[];
};
