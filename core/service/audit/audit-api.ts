// The audit log: read it filtered, export it, and check its chain of hashes (browser-safe).
import { z } from 'zod';
import { AUDIT_HEAD_FORMAT_HINT, parseAuditHead } from '../../domain/audit-head.ts';
import { defineMethod } from '../define.ts';

export type AuditLogEntry = { seq: number; at: string; actor: string; action: string; entity: string; entityId: string | null; details: unknown; hash: string };
/** A decision whose data changed since the last logged act on it (see decision-digests.ts). */
export type AuditDecisionChange = { kind: string; id: number; seq: number; at: string; action: string; message: string };

export type AuditVerification = {
  ok: boolean;
  /** Entries in the log. */
  count: number;
  /** Every problem in one French text (the only one, or their number then each of them). */
  message: string;
  /** The first entry where the chain breaks; null while it holds. */
  brokenSeq: number | null;
  /** The log's last entry now, "SEQ:HASH": to note, and give back later to `--head`. Null for an empty log. */
  head: string | null;
  /** Decisions (scores, avis, budgets, envelopes, conventions, payments) compared with their last recorded digest. */
  decisionsChecked: number;
  changes: AuditDecisionChange[];
  /** Each problem found, in French: the chain's, the head's, then each decision changed. */
  problems: string[];
};

const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/**
 * Which entries: days (inclusive, on this computer's calendar), a person (part of the name, accents and
 * case ignored), an operation and an area (exact), and words found in the operation, the person or the details.
 */
export const auditFiltersSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    actor: optionalText(200),
    action: optionalText(100),
    entity: optionalText(60),
    search: optionalText(200),
  })
  .strict()
  .refine((filters) => filters.from === undefined || filters.to === undefined || filters.from <= filters.to, { message: 'La date de début doit précéder la date de fin.', path: ['to'] });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
export type AuditFiltersInput = z.input<typeof auditFiltersSchema>;

/** How many matching entries carry a value (a person, an operation, an area). */
export type AuditCount = { value: string; count: number };

export type AuditList = {
  /** Matching entries, counted in SQL over the whole log. */
  total: number;
  /** Every entry of the log, whatever the filters. */
  overall: number;
  items: AuditLogEntry[];
  /** Over the matching entries, most frequent first. */
  counts: { actors: AuditCount[]; actions: AuditCount[]; entities: AuditCount[] };
  /** Every value present in the log, to choose a filter from. */
  choices: { actors: string[]; actions: string[]; entities: string[] };
};

export type AuditExportFormat = 'csv' | 'xlsx';
export type AuditExport = { fileName: string; mediaType: string; contentBase64: string; count: number };

export const auditMethods = {
  'audit.list': defineMethod<AuditList>()(
    z
      .object({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().min(0).default(0), filters: auditFiltersSchema.default({}) })
      .strict(),
  ),
  'audit.export': defineMethod<AuditExport>()(z.object({ filters: auditFiltersSchema.default({}), format: z.enum(['csv', 'xlsx'], { error: 'Format : csv ou xlsx.' }) }).strict()),
  /** `head`: a head noted earlier ("SEQ:HASH", 16 hex digits at least): a log truncated, re-chained or deleted since is found. */
  'audit.verify': defineMethod<AuditVerification>()(
    z
      .object({
        head: z
          .string()
          .max(200)
          .optional()
          .transform((text, context) => {
            if (text === undefined || text.trim() === '') return undefined;
            const head = parseAuditHead(text);
            if (head === null) context.addIssue({ code: 'custom', message: `Tête du journal illisible : ${AUDIT_HEAD_FORMAT_HINT}.` });
            return head ?? undefined;
          }),
      })
      .strict(),
  ),
};

// What each logged method did, in words an auditor reads: the audit screen, its filters and the
// exports use the same words. Unknown ones show their technical name.
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'calls.create': 'Appel à projets créé',
  'calls.update': 'Appel à projets modifié',
  'providers.create': 'Prestataire créé',
  'providers.update': 'Prestataire modifié',
  'applications.create': 'Dossier créé',
  'applications.update': 'Dossier modifié',
  'applications.setStatus': 'Statut d’un dossier changé',
  'attachments.add': 'Pièce jointe ajoutée',
  'attachments.remove': 'Pièce jointe retirée',
  'eligibility.tick': 'Point de recevabilité coché ou décoché',
  'imports.run': 'Import d’un tableur',
  'demo.load': 'Données de démonstration chargées',
  'settings.saveOrganisation': 'Paramètres de l’organisme enregistrés',
  'settings.saveLocalUser': 'Utilisateur du poste enregistré',
  'backup.restore': 'Sauvegarde restaurée',
  'backup.setFolder': 'Dossier des sauvegardes choisi',
  'pacts.import': 'Référentiel de pacte importé',
  'jurors.create': 'Membre du jury ajouté',
  'jurors.update': 'Membre du jury modifié',
  'grids.save': 'Grille d’évaluation enregistrée',
  'sessions.create': 'Séance créée',
  'sessions.update': 'Séance modifiée',
  'sessions.setAttendance': 'Présence enregistrée',
  'sessions.setAgenda': 'Ordre du jour modifié',
  'sessions.fillAgenda': 'Ordre du jour rempli',
  'sessions.setStatus': 'Statut de la séance changé',
  'sessions.setPin': 'Code PIN défini',
  'sessions.unlockPin': 'Code PIN déverrouillé',
  'sessions.pinRefused': 'Code PIN erroné (essai refusé)',
  'sessions.pinLocked': 'Code PIN erroné : fiche verrouillée 5 minutes',
  'sessions.declareConflict': 'Conflit d’intérêts déclaré',
  'sessions.withdrawConflict': 'Conflit d’intérêts retiré',
  'jury.saveAnswer': 'Note enregistrée (valeur masquée)',
  'jury.submit': 'Notation soumise',
  'scores.enterPaper': 'Fiche papier saisie',
  'scores.importCsv': 'Fiches papier importées',
  'scores.reopen': 'Fiche d’un juré rouverte',
  'sessions.reveal': 'Notes révélées',
  'sessions.setAvis': 'Avis enregistré',
  'juryPack.create': 'Dossier hors ligne remis à un juré',
  'juryPack.open': 'Dossier de juré ouvert sur ce poste',
  'scorePack.import': 'Notes d’un juré importées',
  'conventions.draft': 'Convention rédigée',
  'conventions.update': 'Convention modifiée',
  'conventions.present': 'Convention présentée au CA',
  'conventions.validate': 'Convention validée par le CA',
  'conventions.sign': 'Convention signée',
  'conventions.start': 'Convention en cours',
  'conventions.close': 'Convention clôturée',
  'conventions.terminate': 'Convention résiliée',
  'conventions.abandon': 'Convention abandonnée',
  'conventions.resplit': 'Échéancier recalculé',
  'conventions.saveSchedule': 'Échéancier modifié',
  'conventions.acceptBilan': 'Bilan annuel accepté',
  'conventions.amend': 'Avenant enregistré',
  'payments.record': 'Versement enregistré',
  'payments.markPaid': 'Versement payé',
  'payments.cancel': 'Mandat annulé',
  'recoveries.record': 'Reversement demandé',
  'recoveries.receive': 'Reversement reçu',
  'pactReviews.create': 'Revue du plan d’action créée',
  'pactReviews.setProgress': 'Avancement d’une action du pacte enregistré',
  'pactReviews.update': 'Revue du plan d’action modifiée',
  'pactReviews.validate': 'Revue du plan d’action validée',
  'indicators.import': 'Catalogue d’indicateurs importé',
  'targets.set': 'Cible d’indicateur fixée ou retirée',
  'targets.setYear': 'Cibles d’une année enregistrées',
  'bilans.validate': 'Bilan validé (solde libéré)',
  'bilans.reject': 'Bilan rejeté',
  'bilans.markIncomplete': 'Bilan déclaré incomplet',
  'bilans.dispense': 'Bilan dispensé',
  'bilans.setAppraisal': 'Appréciation d’un bilan enregistrée',
  'bilans.saveContent': 'Contenu d’un bilan enregistré (indicateurs, compte rendu financier)',
  'bilans.importWorkbook': 'Classeur de bilan importé',
};

/** What an entry is about (the area of its method, or the application of an avis). */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  applications: 'Dossiers',
  attachments: 'Pièces jointes',
  bilans: 'Bilans annuels',
  calls: 'Appels à projets',
  backup: 'Sauvegardes',
  conventions: 'Conventions',
  demo: 'Démonstration',
  eligibility: 'Recevabilité',
  grids: 'Grilles d’évaluation',
  imports: 'Imports',
  indicators: 'Indicateurs communs',
  jurors: 'Membres du jury',
  jury: 'Mode juré',
  juryPack: 'Dossiers de juré',
  pacts: 'Référentiel du pacte',
  payments: 'Versements',
  providers: 'Prestataires',
  recoveries: 'Reversements',
  scorePack: 'Notes importées',
  scores: 'Fiches de notation',
  sessions: 'Séances CAI',
  targets: 'Cibles des conventions',
  settings: 'Paramètres',
  pactReviews: 'Revues du plan d’action',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITY_LABELS[entity] ?? entity;
}
