// The columns of the import sheets: one list feeds the template, its help sheet and the header matching,
// so that what we hand out and what we read back cannot drift apart (browser-safe: no I/O).
import { BUDGET_ACCOUNTS, type BudgetAccount } from '../../domain/budget.ts';
import type { ExpectedColumn } from '../../domain/header-matching.ts';
import { DURATION_LABELS, PUBLIC_LABELS } from '../applications/applications-api.ts';
import { LEGAL_FORM_LABELS } from '../providers/providers-api.ts';

export type SheetKind = 'providers' | 'applications';

/** How the template prepares the cells of a column, so that Excel keeps what people type. */
export type CellKind = 'text' | 'code' | 'count' | 'date' | 'money';

export type ImportColumn<K extends string = string> = ExpectedColumn<K> & {
  /** What the column means, for the help sheet. */
  help: string;
  /** How to write it, for the help sheet. */
  format: string;
  example: string;
  kind: CellKind;
  /** Template column width, in characters. */
  width: number;
};

/** The sheet names of the workbook, as a person reads them (and as the report names them). */
export const SHEET_NAMES: Readonly<Record<SheetKind, string>> = { providers: 'Prestataires', applications: 'Dossiers' };
export const HELP_SHEET_NAME = 'Aide';

const list = (labels: Record<string, string>): string =>
  Object.values(labels)
    .map((label) => `« ${label} »`)
    .join(', ');

export const PROVIDER_COLUMNS = [
  { key: 'name', label: 'Nom', aliases: ['Nom du prestataire', 'Raison sociale', 'Prestataire'], required: true, kind: 'text', width: 32, help: 'Nom du prestataire (association, entreprise…) tel qu’il doit apparaître dans les dossiers.', format: 'Texte, 200 caractères au plus.', example: 'Mobiliclés' },
  { key: 'legalForm', label: 'Forme juridique', aliases: ['Statut juridique'], required: true, kind: 'text', width: 26, help: 'Forme juridique du prestataire.', format: `Une valeur parmi ${list(LEGAL_FORM_LABELS)} (majuscules et accents indifférents).`, example: 'Association' },
  { key: 'siret', label: 'SIRET', aliases: ['N° SIRET', 'Numéro SIRET'], kind: 'code', width: 20, help: 'Numéro SIRET de l’établissement : il identifie le prestataire d’un import à l’autre.', format: '14 chiffres, espaces permis ; la clé de contrôle est vérifiée.', example: '443 061 841 00047' },
  { key: 'rna', label: 'RNA', aliases: ['N° RNA', 'Numéro RNA'], kind: 'code', width: 14, help: 'Numéro au répertoire national des associations (associations seulement).', format: 'W suivi de 9 chiffres.', example: 'W352012345' },
  { key: 'address', label: 'Adresse', kind: 'text', width: 32, help: 'Adresse du siège ou de l’établissement.', format: 'Texte.', example: '12 rue de Redon' },
  { key: 'postalCode', label: 'Code postal', aliases: ['CP'], kind: 'code', width: 12, help: 'Code postal.', format: '5 chiffres.', example: '35000' },
  { key: 'city', label: 'Ville', aliases: ['Commune'], kind: 'text', width: 18, help: 'Ville.', format: 'Texte.', example: 'Rennes' },
  { key: 'representativeCivility', label: 'Civilité du représentant', kind: 'text', width: 14, help: 'Civilité du représentant légal : les conventions écrivent « représentée par Madame … ».', format: '« Madame » ou « Monsieur » (ou « Mme », « M. ») ; vide : non précisée.', example: 'Madame' },
  { key: 'representativeName', label: 'Représentant légal', kind: 'text', width: 24, help: 'Nom du représentant légal.', format: 'Texte.', example: 'Claire Martin' },
  { key: 'representativeRole', label: 'Qualité du représentant', aliases: ['Fonction du représentant'], kind: 'text', width: 22, help: 'Fonction du représentant légal.', format: 'Texte.', example: 'Présidente' },
  { key: 'contactName', label: 'Contact', aliases: ['Personne à contacter', 'Nom du contact'], kind: 'text', width: 22, help: 'Personne à contacter pour les dossiers.', format: 'Texte.', example: 'Paul Le Goff' },
  { key: 'contactEmail', label: 'E-mail', aliases: ['Email', 'Courriel', 'Adresse e-mail'], kind: 'text', width: 28, help: 'Adresse électronique du contact.', format: 'Adresse e-mail.', example: 'contact@mobilicles.fr' },
  { key: 'contactPhone', label: 'Téléphone', aliases: ['Tél', 'Tel'], kind: 'code', width: 16, help: 'Téléphone du contact.', format: '10 chiffres commençant par 0, ou +33 suivi de 9 chiffres.', example: '02 99 12 34 56' },
  { key: 'notes', label: 'Notes', aliases: ['Remarques', 'Commentaire'], kind: 'text', width: 32, help: 'Remarques libres.', format: 'Texte.', example: 'Partenaire depuis 2015.' },
] as const satisfies readonly ImportColumn[];

export type ProviderColumnKey = (typeof PROVIDER_COLUMNS)[number]['key'];

/** The key of the column holding one budget account. */
export type BudgetColumnKey = `budget:${BudgetAccount}`;

export function budgetColumnKey(account: BudgetAccount): BudgetColumnKey {
  return `budget:${account}`;
}

// Subsidy lines (74) are named by funder on the Cerfa, under the heading "74 – Subventions
// d'exploitation": the header carries the account so that "État" alone is not a bare word.
const BUDGET_COLUMNS: ImportColumn<BudgetColumnKey>[] = BUDGET_ACCOUNTS.map((definition) => {
  const numbered = /^\d/u.test(definition.label);
  const label = numbered ? definition.label : definition.group === '74' ? `74 – ${definition.label}` : definition.label;
  const bare = definition.label.replace(/^\d+\s*–\s*/u, '');
  const side = definition.side === 'charge' ? 'Charge' : 'Produit';
  return {
    key: budgetColumnKey(definition.account),
    label,
    aliases: bare === label ? [] : [bare],
    kind: 'money',
    width: 16,
    help: `${side} du budget prévisionnel de l’action (Cerfa 12156)${definition.account === '74-ccas' ? ' : le montant demandé au CCAS' : ''}${definition.inKind ? ', contribution volontaire en nature' : ''}.`,
    format: 'Montant en euros : 12 345,67 (vide si aucun).',
    example: definition.account === '74-ccas' ? '20 000' : definition.account === '64' ? '30 000,00' : '',
  };
});

export const APPLICATION_COLUMNS = [
  { key: 'providerSiret', label: 'SIRET du prestataire', aliases: ['SIRET'], kind: 'code', width: 20, help: 'Le prestataire qui dépose le dossier, retrouvé par son SIRET (parmi les prestataires enregistrés ou ceux de la feuille « Prestataires »).', format: '14 chiffres. Obligatoire si le nom du prestataire n’est pas donné.', example: '443 061 841 00047' },
  { key: 'providerName', label: 'Nom du prestataire', aliases: ['Prestataire', 'Porteur'], kind: 'text', width: 28, help: 'À défaut de SIRET, le prestataire est retrouvé par son nom exact (majuscules, accents et ponctuation indifférents).', format: 'Texte. Obligatoire si le SIRET n’est pas donné.', example: 'Mobiliclés' },
  { key: 'title', label: 'Intitulé de l’action', aliases: ['Intitulé', 'Titre', 'Titre de l’action', 'Action'], required: true, kind: 'text', width: 36, help: 'Intitulé de l’action : avec l’appel et le prestataire, il identifie le dossier d’un import à l’autre.', format: 'Texte, 300 caractères au plus.', example: 'Vélo-école' },
  { key: 'summary', label: 'Résumé', kind: 'text', width: 36, help: 'Résumé de l’action.', format: 'Texte, 2 000 caractères au plus.', example: 'Apprendre le vélo pour se rendre au travail.' },
  { key: 'description', label: 'Description', kind: 'text', width: 40, help: 'Description détaillée de l’action.', format: 'Texte, 20 000 caractères au plus.', example: '' },
  { key: 'primaryObjective', label: 'Objectif principal', aliases: ['Objectif opérationnel principal'], kind: 'code', width: 16, help: 'Objectif opérationnel principal, dans le référentiel du pacte de l’appel à projets.', format: 'Code de l’objectif opérationnel.', example: '6.4.1' },
  { key: 'secondaryObjectives', label: 'Objectifs secondaires', aliases: ['Objectifs opérationnels secondaires'], kind: 'code', width: 18, help: 'Autres objectifs opérationnels visés.', format: 'Codes séparés par des virgules.', example: '6.1.1, 3.2.1' },
  { key: 'publics', label: 'Publics', aliases: ['Public', 'Publics visés'], kind: 'text', width: 30, help: 'Publics visés par l’action.', format: `Valeurs séparées par des virgules parmi ${list(PUBLIC_LABELS)} (ou leurs abréviations : rsa, plie, jeunes, femmes, qpv, autre).`, example: 'Allocataires du RSA, Femmes' },
  { key: 'publicOther', label: 'Précision autre public', aliases: ['Autre public'], kind: 'text', width: 24, help: 'Quel autre public, lorsque « Autre public » est choisi.', format: 'Texte.', example: '' },
  { key: 'expectedParticipants', label: 'Participants attendus', aliases: ['Nombre de participants'], kind: 'count', width: 14, help: 'Nombre de participants attendus.', format: 'Nombre entier.', example: '40' },
  { key: 'expectedRsaParticipants', label: 'dont allocataires du RSA', aliases: ['Dont RSA', 'Participants allocataires du RSA'], kind: 'count', width: 14, help: 'Parmi les participants attendus, combien d’allocataires du RSA.', format: 'Nombre entier, au plus le nombre de participants.', example: '25' },
  { key: 'territories', label: 'Territoires', aliases: ['Territoire', 'Quartiers'], kind: 'text', width: 30, help: 'Quartiers couverts par l’action (liste ci-dessous).', format: 'Noms ou codes séparés par des virgules.', example: 'Le Blosne (QPV), Maurepas (QPV)' },
  { key: 'startsOn', label: 'Date de début', aliases: ['Début'], kind: 'date', width: 14, help: 'Date de début de l’action.', format: 'jj/mm/aaaa (ou une date Excel).', example: '08/01/2018' },
  { key: 'endsOn', label: 'Date de fin', aliases: ['Fin'], kind: 'date', width: 14, help: 'Date de fin de l’action.', format: 'jj/mm/aaaa (ou une date Excel), pas avant la date de début.', example: '14/12/2018' },
  { key: 'isRenewal', label: 'Renouvellement', kind: 'text', width: 14, help: 'L’action est-elle le renouvellement d’une action déjà financée ?', format: '« oui » ou « non » (vide : non).', example: 'non' },
  { key: 'duration', label: 'Durée', kind: 'text', width: 14, help: 'Action annuelle ou pluriannuelle.', format: `${list(DURATION_LABELS)} (vide : annuelle).`, example: 'Annuelle' },
  { key: 'mobility', label: 'Mobilité', aliases: ['Prise en compte de la mobilité'], kind: 'text', width: 30, help: 'Comment l’action prend en compte la mobilité des participants (demandé par le pacte).', format: 'Texte.', example: 'Prêt de vélos pendant la formation.' },
  ...BUDGET_COLUMNS,
  { key: 'indicators', label: 'Indicateurs proposés', aliases: ['Indicateurs'], kind: 'text', width: 40, help: 'Indicateurs d’évaluation proposés par le prestataire.', format: 'Indicateurs séparés par « ; », chacun suivi au besoin de sa cible entre parenthèses : « Libellé (cible : 30) ».', example: 'Participants autonomes à vélo (cible : 30) ; Sorties vers l’emploi' },
] as const satisfies readonly ImportColumn[];

export type ApplicationColumnKey = (typeof APPLICATION_COLUMNS)[number]['key'];

export const COLUMNS: { providers: readonly ImportColumn<ProviderColumnKey>[]; applications: readonly ImportColumn<ApplicationColumnKey>[] } = {
  providers: PROVIDER_COLUMNS,
  applications: APPLICATION_COLUMNS,
};

/** The header the template writes: required columns carry the "*" that header matching ignores. */
export function templateHeader(column: ImportColumn): string {
  return column.required === true ? `${column.label} *` : column.label;
}
