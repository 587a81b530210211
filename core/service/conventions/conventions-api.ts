// Funding conventions after the CAI: drafting, the board's validation, signature, the schedule,
// payments, recoveries and avenants (browser-safe: zod and types only).
import { z } from 'zod';
import { CONVENTION_STATUS_KEYS, type ConventionStatus } from '../../domain/conventions/convention-status.ts';
import type { ScheduleKind, ScheduleTrigger } from '../../domain/conventions/schedule.ts';
import { defineMethod } from '../define.ts';

export { CONVENTION_STATUS_LABELS, CONVENTION_STATUS_KEYS, nextConventionStatuses } from '../../domain/conventions/convention-status.ts';
export type { ConventionStatus } from '../../domain/conventions/convention-status.ts';
export { SCHEDULE_KIND_LABELS, SCHEDULE_TRIGGER_LABELS } from '../../domain/conventions/schedule.ts';
export type { ScheduleKind, ScheduleTrigger } from '../../domain/conventions/schedule.ts';
export { CONVENTION_THRESHOLD_CENTS } from '../../domain/conventions/payment-rules.ts';

export const CONVENTION_INSTRUMENT_LABELS = { convention: 'Convention de financement', arrete: 'Arrêté attributif' } as const;
export type ConventionInstrument = keyof typeof CONVENTION_INSTRUMENT_LABELS;
export const PAYMENT_STATUS_LABELS = { mandate: 'Mandaté', paye: 'Payé', annule: 'Annulé' } as const;
export type PaymentStatus = keyof typeof PAYMENT_STATUS_LABELS;
export const RECOVERY_CAUSE_LABELS = {
  non_consomme: 'Subvention non consommée',
  non_realisation: 'Action non réalisée',
  contrat_engagement_republicain: 'Manquement au contrat d’engagement républicain',
  controle: 'Suite à un contrôle',
  autre: 'Autre',
} as const;
export type RecoveryCause = keyof typeof RECOVERY_CAUSE_LABELS;

/** One row of the conventions list (and of `pacte conventions list --json`). */
export type ConventionSummary = {
  id: number;
  number: string;
  applicationId: number;
  applicationTitle: string;
  providerId: number;
  providerName: string;
  sessionId: number;
  callYear: number;
  leverNumber: number | null;
  instrument: ConventionInstrument;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string;
  totalCents: number;
  /** Payments marked paid. */
  paidCents: number;
  /** Lines whose trigger is met and that are not paid yet (exigible). */
  dueCents: number;
  /** Recoveries ordered and not yet received. */
  openRecoveryCents: number;
  /** Lines past their legal deadline (trigger + 60 days) and not fully paid. */
  overdueCount: number;
  /** The provider receives more than 23 000 € in one of the convention's years, all conventions summed. */
  mandatory: boolean;
  isDemo: boolean;
};

export type ConventionListTotals = { count: number; totalCents: number; paidCents: number; dueCents: number; overdueCount: number };
export type ConventionList = { rows: ConventionSummary[]; totals: ConventionListTotals };

export type ScheduleLine = {
  id: number;
  rank: number;
  year: number;
  kind: ScheduleKind;
  percentBp: number | null;
  plannedCents: number;
  trigger: ScheduleTrigger;
  plannedOn: string | null;
  /** When the trigger happened (signature, date, bilan accepted), null while it has not. */
  triggeredOn: string | null;
  /** The legal deadline: trigger + 60 days. */
  dueOn: string | null;
  paidCents: number;
  /** Ordered (mandaté) and not yet paid. */
  orderedCents: number;
  remainingCents: number;
  isOverdue: boolean;
  /** The rank of the avenant that replaced this line, null while it is current. */
  supersededBy: number | null;
  createdByAvenant: number | null;
};

export type Payment = {
  id: number;
  lineRank: number;
  lineKind: ScheduleKind;
  amountCents: number;
  status: PaymentStatus;
  mandateRef: string;
  orderedOn: string | null;
  paidOn: string | null;
  overrideReason: string;
  cancelReason: string;
  createdAt: string;
  createdBy: string;
};

export type Recovery = {
  id: number;
  amountCents: number;
  cause: RecoveryCause;
  decisionRef: string;
  dueOn: string | null;
  receivedOn: string | null;
  note: string;
  createdAt: string;
  createdBy: string;
};

export type AvenantChange = { field: 'montant' | 'fin' | 'objet' | 'annees' | 'echeancier'; label: string; before: string; after: string };

export type Avenant = {
  id: number;
  rank: number;
  changes: AvenantChange[];
  reason: string;
  previousTotalCents: number;
  newTotalCents: number;
  caDeliberationRef: string | null;
  caDeliberationOn: string | null;
  signedOn: string | null;
  createdAt: string;
  createdBy: string;
};

export type ConventionEvent = {
  id: number;
  kind: string;
  fromStatus: ConventionStatus | null;
  toStatus: ConventionStatus | null;
  summary: string;
  reason: string;
  actor: string;
  at: string;
};

export type ProviderYearTotal = { year: number; totalCents: number; conventionCount: number; mandatory: boolean };

export type ConventionDetail = ConventionSummary & {
  duration: 'annuelle' | 'pluriannuelle';
  object: string;
  openDataObject: string;
  eligibleCostCents: number;
  conditions: string;
  avisKind: string;
  caDeliberationRef: string | null;
  caDeliberationOn: string | null;
  signedProviderOn: string | null;
  signedCcasOn: string | null;
  advanceBp: number;
  templateVersion: string;
  providerSiret: string | null;
  providerRna: string | null;
  years: { year: number; amountCents: number; bilanAcceptedOn: string | null }[];
  schedule: ScheduleLine[];
  payments: Payment[];
  recoveries: Recovery[];
  avenants: Avenant[];
  history: ConventionEvent[];
  /** What the provider receives each year of this convention, all its conventions summed (the 23 000 € rule). */
  providerYears: ProviderYearTotal[];
  /** The statuses this one may move to. */
  nextStatuses: ConventionStatus[];
  createdAt: string;
  updatedAt: string;
};

export type DraftReport = { drafted: ConventionSummary[]; skipped: { applicationId: number; title: string; reason: string }[] };

export type OverdueItem = {
  conventionId: number;
  number: string;
  providerName: string;
  lineRank: number;
  kind: ScheduleKind;
  year: number;
  dueOn: string;
  remainingCents: number;
  /** 'versement': a line past its deadline; 'bilan': a balance waiting for a bilan more than six months after the year's end. */
  reason: 'versement' | 'bilan';
};

export type ScdlExport = { fileName: string; csv: string; rowCount: number };

const id = z.number().int().positive();
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const cents = z.number().int('Montant en centimes entiers.').min(0, 'Le montant ne peut pas être négatif.').max(Number.MAX_SAFE_INTEGER);
const reason = z.string().trim().max(2000, '2 000 caractères au plus.');
const requiredReason = (message: string) => reason.min(1, message);
const yearSchema = z.number().int().min(2000).max(2100);
const yearsSchema = z
  .array(z.object({ year: yearSchema, amountCents: cents }).strict())
  .min(1, 'Au moins une année.')
  .max(4, 'Quatre années au plus (convention pluriannuelle d’objectifs).');

const scheduleLineInput = z
  .object({
    year: yearSchema,
    kind: z.enum(['avance', 'acompte', 'solde'], { error: 'Type d’échéance inconnu.' }),
    plannedCents: cents,
    percentBp: z.number().int().min(0).max(10_000).nullable().default(null),
    trigger: z.enum(['signature', 'date', 'bilan'], { error: 'Déclencheur inconnu.' }),
    plannedOn: isoDate.nullable().default(null),
  })
  .strict()
  .refine((line) => line.trigger !== 'date' || line.plannedOn !== null, { message: 'Une échéance « à date » a besoin de sa date.', path: ['plannedOn'] });

export const conventionsListSchema = z
  .object({
    year: yearSchema.optional(),
    status: z.enum(CONVENTION_STATUS_KEYS).optional(),
    providerId: id.optional(),
    leverNumber: z.number().int().positive().optional(),
    sessionId: id.optional(),
    overdue: z.boolean().optional(),
    search: z.string().trim().max(200).optional(),
  })
  .strict();
export type ConventionListFilters = z.input<typeof conventionsListSchema>;

export const conventionsMethods = {
  /** One convention per favourable avis (sous réserve included) of a closed session, or of one application; a second run drafts nothing new. */
  'conventions.draft': defineMethod<DraftReport>()(
    z
      .object({ sessionId: id.optional(), applicationId: id.optional() })
      .strict()
      .refine((input) => (input.sessionId === undefined) !== (input.applicationId === undefined), { message: 'Indiquez une séance ou un dossier (l’un des deux).', path: ['sessionId'] }),
  ),
  /** Totals are computed in SQL over every row matching the filters, not over a page. */
  'conventions.list': defineMethod<ConventionList>()(conventionsListSchema),
  'conventions.get': defineMethod<ConventionDetail>()(z.object({ id }).strict()),
  /** Payments and balances past their deadline, and balances waiting for a late bilan. */
  'conventions.listOverdue': defineMethod<OverdueItem[]>()(z.object({}).strict()),
  /** Corrects a convention before the board validates it; a change of amount needs a reason (logged). */
  'conventions.update': defineMethod<ConventionDetail>()(
    z
      .object({
        id,
        object: z.string().trim().min(1, 'L’objet est requis.').max(4000).optional(),
        openDataObject: z.string().trim().min(1, 'L’objet publié est requis.').max(256, '256 caractères au plus (format national SCDL).').optional(),
        startsOn: isoDate.optional(),
        endsOn: isoDate.optional(),
        instrument: z.enum(['convention', 'arrete']).optional(),
        years: yearsSchema.optional(),
        eligibleCostCents: cents.optional(),
        reason: reason.default(''),
      })
      .strict(),
  ),
  'conventions.present': defineMethod<ConventionDetail>()(z.object({ id, reason: reason.default('') }).strict()),
  /** The board's validation: the number and date of its deliberation. */
  'conventions.validate': defineMethod<ConventionDetail>()(
    z.object({ id, deliberationRef: z.string().trim().min(1, 'Le numéro de délibération est requis.').max(100), deliberationOn: isoDate }).strict(),
  ),
  /** Both signatures (the provider's may be omitted for an arrêté); never before the board's validation. */
  'conventions.sign': defineMethod<ConventionDetail>()(z.object({ id, signedProviderOn: isoDate.nullable().default(null), signedCcasOn: isoDate }).strict()),
  'conventions.start': defineMethod<ConventionDetail>()(z.object({ id }).strict()),
  /** Refused while money is due or a recovery is open. */
  'conventions.close': defineMethod<ConventionDetail>()(z.object({ id, reason: reason.default('') }).strict()),
  /** Résiliation of a signed convention. */
  'conventions.terminate': defineMethod<ConventionDetail>()(z.object({ id, reason: requiredReason('Indiquez le motif de la résiliation.') }).strict()),
  /** Abandon of a convention not yet signed. */
  'conventions.abandon': defineMethod<ConventionDetail>()(z.object({ id, reason: requiredReason('Indiquez le motif de l’abandon.') }).strict()),
  /** Re-splits the unpaid schedule with another advance percentage (before the board's validation). */
  'conventions.resplit': defineMethod<ConventionDetail>()(z.object({ id, advancePercent: z.number().min(0).max(100) }).strict()),
  /** Replaces the schedule line by line (before the board's validation); each year must sum to its amount. */
  'conventions.saveSchedule': defineMethod<ConventionDetail>()(z.object({ id, lines: z.array(scheduleLineInput).min(1).max(40) }).strict()),
  /** Records that a year's bilan was accepted: the trigger of that year's balance. */
  'conventions.acceptBilan': defineMethod<ConventionDetail>()(z.object({ id, year: yearSchema, acceptedOn: isoDate }).strict()),
  /** An avenant: a new version, never an overwrite; the unpaid lines it replaces stay, superseded. */
  'conventions.amend': defineMethod<ConventionDetail>()(
    z
      .object({
        id,
        totalCents: cents.optional(),
        years: yearsSchema.optional(),
        endsOn: isoDate.optional(),
        object: z.string().trim().min(1).max(4000).optional(),
        reason: requiredReason('Indiquez le motif de l’avenant.'),
        deliberationRef: z.string().trim().max(100).nullable().default(null),
        deliberationOn: isoDate.nullable().default(null),
        signedOn: isoDate.nullable().default(null),
      })
      .strict(),
  ),
  /** A payment on a line of the schedule: paid when `paidOn` is given, else ordered (mandaté). */
  'payments.record': defineMethod<ConventionDetail>()(
    z
      .object({
        conventionId: id,
        lineRank: z.number().int().positive(),
        amountCents: cents,
        paidOn: isoDate.nullable().default(null),
        orderedOn: isoDate.nullable().default(null),
        mandateRef: z.string().trim().max(100).default(''),
        /** Needed to pay a line before its trigger (e.g. the balance before the bilan); logged. */
        reason: reason.default(''),
      })
      .strict(),
  ),
  'payments.markPaid': defineMethod<ConventionDetail>()(z.object({ id, paidOn: isoDate }).strict()),
  'payments.cancel': defineMethod<ConventionDetail>()(z.object({ id, reason: requiredReason('Indiquez pourquoi le versement est annulé.') }).strict()),
  'recoveries.record': defineMethod<ConventionDetail>()(
    z
      .object({
        conventionId: id,
        amountCents: cents,
        cause: z.enum(['non_consomme', 'non_realisation', 'contrat_engagement_republicain', 'controle', 'autre'], { error: 'Cause inconnue.' }),
        decisionRef: z.string().trim().min(1, 'La référence de la décision est requise.').max(100),
        dueOn: isoDate.nullable().default(null),
        note: reason.default(''),
      })
      .strict(),
  ),
  'recoveries.receive': defineMethod<ConventionDetail>()(z.object({ id, receivedOn: isoDate }).strict()),

};
