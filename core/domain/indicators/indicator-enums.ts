// The closed lists of the indicators' tables, shared by the schema, the service and the screens.
export const INDICATOR_KINDS = ['realisation', 'resultat'] as const;
/** sum: values add up; ratio: Σ numerator / Σ denominator of two other codes; derived: the sum of other codes, never typed. */
export const INDICATOR_AGGREGATIONS = ['sum', 'ratio', 'derived'] as const;
/** total is the indicator itself; the others are its breakdowns, each with its categories ("nr" = non renseigné). */
export const INDICATOR_DIMENSIONS = ['total', 'sex', 'age', 'qpv', 'rsa', 'territory'] as const;
export const BILAN_STATUSES = ['attendu', 'recu', 'incomplet', 'valide', 'rejete', 'dispense'] as const;
export const BILAN_OUTCOMES = ['realisee', 'non_realisee', 'dates_modifiees'] as const;
export const FINANCIAL_SIDES = ['charge', 'produit'] as const;
export const PACT_REVIEW_KINDS = ['annuelle', 'mi_parcours', 'finale'] as const;
export const PACT_REVIEW_STATUSES = ['brouillon', 'validee'] as const;
export const PACT_ACTION_PROGRESS = ['non_engagee', 'en_cours', 'realisee', 'abandonnee'] as const;
