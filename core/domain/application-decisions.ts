// What the commission decided on an application, and what followed (its convention, the money paid),
// as the application's and the provider's pages show it; and the rule that freezes the file's status
// once a decision stands on it.
import type { ConventionStatus } from './conventions/convention-status.ts';
import { formatFrenchDate } from './french-parsing.ts';
import type { SessionStatus } from './jury/session-status.ts';
import { AVIS_LABELS, type AvisKind } from './jury/avis.ts';
import { formatEuros } from './money.ts';

/** The scores of the application in one session, as the deliberation shows them once revealed. */
export type DecisionScores = {
  /** On 20; null when no juror's sheet counted. */
  mean: number | null;
  rank: number | null;
  /** How many applications the session ranked. */
  rankedCount: number;
  jurorsCounted: number;
  conflictedCount: number;
  disagreement: boolean;
};

/** One avis of one session on the application, oldest session first. */
export type ApplicationDecision = {
  sessionId: number;
  sessionTitle: string;
  heldOn: string;
  sessionStatus: SessionStatus;
  kind: AvisKind;
  proposedCents: number;
  conditions: string;
  reasons: string;
  motivation: string;
  decidedBy: string;
  decidedAt: string;
  /** Null until the chair reveals the session's scores. */
  scores: DecisionScores | null;
};

export type ApplicationConvention = {
  id: number;
  number: string;
  sessionId: number;
  instrument: 'convention' | 'arrete';
  status: ConventionStatus;
  totalCents: number;
  /** Payments marked paid. */
  paidCents: number;
};

/** One year (the call's) of a provider's applications and what came of them, summed in SQL. */
export type ProviderFundingYear = {
  year: number;
  applicationCount: number;
  requestedCents: number;
  /** By the latest avis of each application; applications without one are not counted here. */
  avisCounts: Record<AvisKind, number>;
  /** The amounts of the latest favourable avis (sous réserve included). */
  proposedCents: number;
  /** Conventions and arrêtés of the year's applications, abandoned ones left out. */
  conventionCount: number;
  conventionCents: number;
  paidCents: number;
};

export type ProviderFunding = { years: ProviderFundingYear[]; totals: Omit<ProviderFundingYear, 'year'> };

/** A convention's status inside a sentence. */
const CONVENTION_WORDS: Record<ConventionStatus, string> = {
  brouillon: 'en brouillon',
  presentee_ca: 'présentée au CA',
  validee_ca: 'validée par le CA',
  signee: 'signée',
  en_cours: 'en cours',
  soldee: 'soldée',
  cloturee: 'clôturée',
  resiliee: 'résiliée',
  abandonnee: 'abandonnée',
};

/** "favorable (15 000,00 €)", "ajourné": an avis in a sentence. */
export function avisInSentence(decision: Pick<ApplicationDecision, 'kind' | 'proposedCents'>): string {
  const label = AVIS_LABELS[decision.kind].toLowerCase();
  return decision.proposedCents > 0 ? `${label} (${formatEuros(decision.proposedCents)})` : label;
}

/** The decision that stands: the latest session's (the list is oldest first). */
export function latestDecision(decisions: readonly ApplicationDecision[]): ApplicationDecision | undefined {
  return decisions.at(-1);
}

/**
 * Null when the application's status may still change, else why not, in French. A convention, an avis
 * of a session still deliberating, or a standing decision (anything but an adjournment of a closed
 * session, which sends the file back to instruction) freezes the status: the avis, the relevé and the
 * report to the board were given on a recevable file, and declaring it otherwise afterwards would
 * contradict them silently. The way back is the one that leaves a trace where the decision lives.
 */
export function statusLockReason(decisions: readonly ApplicationDecision[], convention: ApplicationConvention | null): string | null {
  if (convention && convention.status !== 'abandonnee') {
    const act = convention.instrument === 'arrete' ? 'un arrêté attributif' : 'une convention';
    const itself = convention.instrument === 'arrete' ? 'l’arrêté' : 'la convention';
    const signed = !['brouillon', 'presentee_ca', 'validee_ca'].includes(convention.status);
    const way = signed
      ? `La suite se traite sur ${itself} (résiliation avec un motif, reversement), qui en garde l’historique.`
      : `Pour y renoncer, abandonnez ${itself} avec un motif, qui reste dans son historique.`;
    return `Le statut du dossier ne peut plus changer : il a ${act} (${convention.number}, ${CONVENTION_WORDS[convention.status]}). ${way}`;
  }
  const open = decisions.find((decision) => decision.sessionStatus !== 'close');
  if (open) {
    return (
      `Le statut du dossier ne peut plus changer : la commission a rendu un avis ${avisInSentence(open)} en séance « ${open.sessionTitle} » (${formatFrenchDate(open.heldOn)}), encore en délibération. ` +
      'Pour revenir sur cette décision, modifiez l’avis dans la délibération.'
    );
  }
  const latest = latestDecision(decisions);
  if (latest && latest.kind !== 'ajourne') {
    return (
      `Le statut du dossier ne peut plus changer : la commission a rendu un avis ${avisInSentence(latest)} en séance « ${latest.sessionTitle} » (${formatFrenchDate(latest.heldOn)}). ` +
      'Pour revenir sur cette décision, rouvrez la séance avec un motif et modifiez l’avis : chaque changement reste tracé.'
    );
  }
  return null;
}
