// How a backup reads for a person: its kind, its tables and what it holds in a few words, in French.
// Pure labels, shared by the Sauvegardes screen and whatever else describes a backup.

/** The kinds of backup the service makes (core/service/backup/backup-manifest.ts, BACKUP_REASONS). */
export const BACKUP_REASON_LABELS: Readonly<Record<string, string>> = {
  manuelle: 'manuelle',
  quotidienne: 'quotidienne',
  fermeture: 'à la fermeture',
  'avant-import': 'avant import',
  'avant-restauration': 'avant restauration',
  'avant-migration': 'avant mise à jour',
};

export function backupReasonLabel(reason: string): string {
  return BACKUP_REASON_LABELS[reason] ?? reason;
}

/** Every table a backup holds, named as a person knows its rows; a test checks none is missing. */
export const BACKUP_TABLE_LABELS: Readonly<Record<string, string>> = {
  calls: 'Appels à projets',
  call_lever_envelopes: 'Enveloppes par levier',
  call_checklist_items: 'Points de recevabilité propres aux appels',
  providers: 'Prestataires',
  provider_search: 'Index de recherche des prestataires',
  applications: 'Dossiers',
  application_attachments: 'Pièces jointes',
  application_budget_lines: 'Lignes de budget des dossiers',
  application_checks: 'Points de recevabilité cochés',
  application_indicators: 'Indicateurs des dossiers',
  application_objectives: 'Objectifs visés par les dossiers',
  application_publics: 'Publics des dossiers',
  application_territories: 'Territoires des dossiers',
  application_status_changes: 'Changements de statut des dossiers',
  application_search: 'Index de recherche des dossiers',
  cai_sessions: 'Séances CAI',
  session_members: 'Membres du jury des séances',
  session_agenda: 'Dossiers inscrits aux séances',
  conflicts: 'Conflits d’intérêts',
  jurors: 'Membres du jury',
  evaluation_grids: 'Grilles d’évaluation',
  score_sheets: 'Fiches de notation',
  score_answers: 'Notes',
  score_pack_imports: 'Paquets de notes importés',
  jury_pack_exports: 'Paquets jurés préparés',
  opened_jury_pack: 'Paquet juré ouvert sur ce poste',
  avis: 'Avis',
  conventions: 'Conventions',
  convention_years: 'Années des conventions',
  convention_events: 'Historique des conventions',
  schedule_lines: 'Lignes d’échéancier',
  payments: 'Versements',
  recoveries: 'Reversements',
  avenants: 'Avenants',
  pacts: 'Pactes',
  pact_levers: 'Leviers du pacte',
  pact_objectives: 'Objectifs du pacte',
  pact_operational_objectives: 'Objectifs opérationnels du pacte',
  pact_actions: 'Actions du pacte',
  pact_key_figures: 'Chiffres clés du pacte',
  pact_governance_bodies: 'Instances de gouvernance du pacte',
  pact_curation_notes: 'Notes de reprise du pacte',
  territories: 'Territoires',
  territory_flags: 'Statuts QPV datés des territoires',
  indicator_definitions: 'Indicateurs communs',
  convention_indicator_targets: 'Cibles des conventions',
  bilans: 'Bilans annuels',
  bilan_indicator_values: 'Valeurs des bilans',
  financial_report_lines: 'Comptes rendus financiers',
  pact_reviews: 'Revues du plan d’action',
  pact_action_progress: 'Avancement des actions du pacte',
  organisation: 'Organisme',
  signatories: 'Signataires',
  local_user: 'Personne qui utilise ce poste',
  backup_settings: 'Dossier des sauvegardes choisi',
  audit_log: 'Entrées du journal d’audit',
};

export function backupTableLabel(table: string): string {
  return BACKUP_TABLE_LABELS[table] ?? table;
}

/** The tables a person recognises at a glance, in the order of the yearly cycle. */
export const MAIN_BACKUP_TABLES = ['calls', 'providers', 'applications', 'application_attachments', 'jurors', 'cai_sessions', 'avis', 'conventions', 'payments', 'audit_log'] as const;

const SUMMARY: readonly (readonly [table: string, singular: string, plural: string])[] = [
  ['calls', 'appel', 'appels'],
  ['providers', 'prestataire', 'prestataires'],
  ['applications', 'dossier', 'dossiers'],
  ['cai_sessions', 'séance', 'séances'],
  ['conventions', 'convention', 'conventions'],
  ['bilans', 'bilan', 'bilans'],
];

const count = new Intl.NumberFormat('fr-FR');

/**
 * "3 appels, 40 dossiers, 26 conventions": the records a person counts, those with none left out (1 takes
 * the singular); a base with none of them reads "aucun appel ni dossier".
 */
export function backupContentsSummary(rowCounts: Readonly<Record<string, number>>): string {
  const parts = SUMMARY.flatMap(([table, singular, plural]) => {
    const n = rowCounts[table] ?? 0;
    return n === 0 ? [] : [`${count.format(n)} ${n > 1 ? plural : singular}`];
  });
  return parts.length === 0 ? 'aucun appel ni dossier' : parts.join(', ');
}
