// Recevabilité: the checklist an application must pass before the CAI can score it.
// Some points the app computes from the file; the others a person ticks, and the tick says who and when.

export type EligibilityItemKey =
  | 'dossier_complet'
  | 'siret_valide'
  | 'contrat_engagement_republicain'
  | 'compte_rendu_financier'
  | 'budget_equilibre'
  | 'objectif_pacte'
  | `call:${number}`;

/** computed: the app decides from the file; manual: a person checks the paper and ticks. */
export type EligibilityMode = 'computed' | 'manual';

/** ok: satisfied; missing: the app sees a gap; to_check: waits for a person's tick; not_applicable: does not concern this file. */
export type EligibilityState = 'ok' | 'missing' | 'to_check' | 'not_applicable';

export type RequiredDocument = 'statuts' | 'rib' | 'budget' | 'contrat_engagement_republicain' | 'compte_rendu_financier';

export const REQUIRED_DOCUMENT_LABELS: Readonly<Record<RequiredDocument, string>> = {
  statuts: 'statuts',
  rib: 'RIB',
  budget: 'budget prévisionnel',
  contrat_engagement_republicain: 'contrat d’engagement républicain signé',
  compte_rendu_financier: 'compte rendu financier du dernier financement',
};

/** What the rules read of an application; built by the service from the database. */
export type EligibilityFacts = {
  isAssociation: boolean;
  isRenewal: boolean;
  siretValid: boolean;
  /** French sentences from budgetProblems(); empty when the budget balances. */
  budgetProblems: string[];
  hasBudgetLines: boolean;
  hasPrimaryObjective: boolean;
  /** Required fields of the Cerfa left empty, in French ("résumé de l’action"…). */
  missingFields: string[];
  /** Document types with at least one attachment that was not withdrawn. */
  attachedDocuments: ReadonlySet<string>;
  /** Latest tick per item key. */
  ticks: ReadonlyMap<string, { isChecked: boolean; note: string; actor: string; at: string }>;
  /** Points the call adds, checked by hand. */
  callItems: readonly { id: number; label: string }[];
};

export type EligibilityItem = {
  key: EligibilityItemKey;
  label: string;
  mode: EligibilityMode;
  state: EligibilityState;
  /** Why the point is not satisfied, or what was noted with the tick. */
  detail: string;
  checkedBy: string | null;
  checkedAt: string | null;
};

export function requiredDocuments(facts: Pick<EligibilityFacts, 'isAssociation' | 'isRenewal'>): RequiredDocument[] {
  return [
    'statuts',
    'rib',
    'budget',
    ...(facts.isAssociation ? (['contrat_engagement_republicain'] as const) : []),
    ...(facts.isRenewal ? (['compte_rendu_financier'] as const) : []),
  ];
}

function computed(key: EligibilityItemKey, label: string, gaps: string[]): EligibilityItem {
  return { key, label, mode: 'computed', state: gaps.length === 0 ? 'ok' : 'missing', detail: gaps.join(' '), checkedBy: null, checkedAt: null };
}

function manual(key: EligibilityItemKey, label: string, facts: EligibilityFacts, applies: boolean, hint = ''): EligibilityItem {
  if (!applies) return { key, label, mode: 'manual', state: 'not_applicable', detail: '', checkedBy: null, checkedAt: null };
  const tick = facts.ticks.get(key);
  if (tick?.isChecked) return { key, label, mode: 'manual', state: 'ok', detail: tick.note, checkedBy: tick.actor, checkedAt: tick.at };
  return { key, label, mode: 'manual', state: 'to_check', detail: hint, checkedBy: null, checkedAt: null };
}

/** The checklist of one application, in the order the manager reads a file. */
export function eligibilityChecklist(facts: EligibilityFacts): EligibilityItem[] {
  const missingDocuments = requiredDocuments(facts).filter((type) => !facts.attachedDocuments.has(type));
  const completeGaps = [
    ...(facts.missingFields.length > 0 ? [`À renseigner : ${facts.missingFields.join(', ')}.`] : []),
    ...(missingDocuments.length > 0 ? [`Pièces manquantes : ${missingDocuments.map((type) => REQUIRED_DOCUMENT_LABELS[type]).join(', ')}.`] : []),
  ];
  const budgetGaps = facts.hasBudgetLines ? facts.budgetProblems : ['Aucune ligne au budget prévisionnel.'];
  const documentHint = (type: RequiredDocument) => (facts.attachedDocuments.has(type) ? 'Pièce jointe : vérifier son contenu puis cocher.' : 'Pièce non jointe au dossier.');
  return [
    computed('dossier_complet', 'Dossier complet', completeGaps),
    computed('siret_valide', 'SIRET du prestataire valide', facts.siretValid ? [] : ['SIRET absent ou invalide sur la fiche du prestataire.']),
    manual('contrat_engagement_republicain', 'Contrat d’engagement républicain signé (associations)', facts, facts.isAssociation, documentHint('contrat_engagement_republicain')),
    manual('compte_rendu_financier', 'Compte rendu financier du dernier financement déposé (renouvellements)', facts, facts.isRenewal, documentHint('compte_rendu_financier')),
    computed('budget_equilibre', 'Budget prévisionnel équilibré', budgetGaps),
    computed('objectif_pacte', 'Répond à un objectif opérationnel du pacte', facts.hasPrimaryObjective ? [] : ['Aucun objectif principal du pacte choisi.']),
    ...facts.callItems.map((item) => manual(`call:${item.id}`, item.label, facts, true)),
  ];
}

/** The points that keep a file from being declared recevable; empty when it can be. */
export function eligibilityBlockers(items: readonly EligibilityItem[]): EligibilityItem[] {
  return items.filter((item) => item.state === 'missing' || item.state === 'to_check');
}

/** A manual tick is only for a point a person checks, and that concerns the file. */
export function tickProblem(items: readonly EligibilityItem[], key: string): string | null {
  const item = items.find((candidate) => candidate.key === key);
  if (!item) return `Point de recevabilité inconnu : « ${key} ».`;
  if (item.mode === 'computed') return `« ${item.label} » est vérifié par l’application ; il ne se coche pas à la main.`;
  if (item.state === 'not_applicable') return `« ${item.label} » ne concerne pas ce dossier.`;
  return null;
}

/** The sentence refusing "recevable", naming every point left. */
export function recevableRefusal(items: readonly EligibilityItem[]): string | null {
  const blockers = eligibilityBlockers(items);
  if (blockers.length === 0) return null;
  return `Le dossier ne peut pas être déclaré recevable : ${blockers.map((item) => `« ${item.label} »${item.state === 'to_check' ? ' (à cocher)' : ''}`).join(', ')}.`;
}
