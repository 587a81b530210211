// Funding applications (dossiers de demande): schemas and result types (browser-safe).
import { z } from 'zod';
import type { ApplicationConvention, ApplicationDecision } from '../../domain/application-decisions.ts';
import { budgetLineSchema, type BudgetLine, type BudgetTotals } from '../../domain/budget.ts';
import { AVIS_KINDS, type AvisKind } from '../../domain/jury/avis.ts';
import { defineMethod } from '../define.ts';

export const APPLICATION_STATUS_LABELS = { brouillon: 'Brouillon', depose: 'Déposé', recevable: 'Recevable', irrecevable: 'Irrecevable' } as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUS_LABELS;

export const PUBLIC_LABELS = {
  rsa: 'Allocataires du RSA',
  plie: 'Participants du PLIE',
  jeunes: 'Jeunes',
  femmes: 'Femmes',
  qpv: 'Habitants des quartiers prioritaires',
  autre: 'Autre public',
} as const;
export type PublicKey = keyof typeof PUBLIC_LABELS;

export const DURATION_LABELS = { annuelle: 'Annuelle', pluriannuelle: 'Pluriannuelle' } as const;

/** An action's title: a name, not a description (the summary holds the detail). */
export const APPLICATION_TITLE_MAX = 300;

export function titleTooLong(length: number): string {
  return `L’intitulé fait ${length} caractères : ${APPLICATION_TITLE_MAX} au plus. Gardez un nom court et mettez le détail dans le résumé.`;
}

const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const count = z.number().int('Un nombre entier de personnes.').min(0, 'Ne peut pas être négatif.').max(1_000_000);
const id = z.number().int().positive();

export const applicationFieldsSchema = z
  .object({
    callId: id,
    providerId: id,
    title: z
      .string()
      .trim()
      .min(1, "L'intitulé de l'action est requis.")
      // Refused, never cut: the whole title is what the documents and the SCDL object are made of.
      .max(APPLICATION_TITLE_MAX, { error: (issue) => titleTooLong(typeof issue.input === 'string' ? issue.input.length : APPLICATION_TITLE_MAX + 1) }),
    summary: z.string().trim().max(2000, '2 000 caractères au plus.').default(''),
    description: z.string().trim().max(20000, '20 000 caractères au plus.').default(''),
    primaryObjectiveId: id.nullable().default(null),
    secondaryObjectiveIds: z.array(id).max(50).default([]),
    publics: z.array(z.enum(['rsa', 'plie', 'jeunes', 'femmes', 'qpv', 'autre'])).max(6).default([]),
    publicOther: z.string().trim().max(300, '300 caractères au plus.').default(''),
    expectedParticipants: count.default(0),
    expectedRsaParticipants: count.default(0),
    territoryIds: z.array(id).max(100).default([]),
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    isRenewal: z.boolean().default(false),
    duration: z.enum(['annuelle', 'pluriannuelle'], { error: 'Durée : annuelle ou pluriannuelle.' }).default('annuelle'),
    mobility: z.string().trim().max(4000, '4 000 caractères au plus.').default(''),
    budgetLines: z.array(budgetLineSchema).max(200).default([]),
    indicators: z
      .array(z.object({ label: z.string().trim().min(1, "Libellé de l'indicateur requis.").max(300), target: z.string().trim().max(300).default('') }).strict())
      .max(50)
      .default([]),
  })
  .strict();

function checkApplication(application: z.output<typeof applicationFieldsSchema>, ctx: z.RefinementCtx): void {
  if (application.expectedRsaParticipants > application.expectedParticipants) {
    ctx.addIssue({ code: 'custom', path: ['expectedRsaParticipants'], message: 'Plus d’allocataires du RSA que de participants attendus.' });
  }
  if (application.startsOn && application.endsOn && application.startsOn > application.endsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'La fin de l’action précède son début.' });
  }
  if (application.primaryObjectiveId !== null && application.secondaryObjectiveIds.includes(application.primaryObjectiveId)) {
    ctx.addIssue({ code: 'custom', path: ['secondaryObjectiveIds'], message: 'L’objectif principal ne peut pas être aussi secondaire.' });
  }
  if (application.publicOther !== '' && !application.publics.includes('autre')) {
    ctx.addIssue({ code: 'custom', path: ['publicOther'], message: 'Précision donnée sans cocher « Autre public ».' });
  }
}

export const applicationCreateSchema = applicationFieldsSchema.superRefine(checkApplication);
export const applicationUpdateSchema = applicationFieldsSchema.extend({ id }).strict().superRefine(checkApplication);
export type ApplicationInput = z.input<typeof applicationCreateSchema>;
export type ApplicationFields = z.output<typeof applicationCreateSchema>;

export type ApplicationObjectiveRef = { id: number; code: string; title: string; leverNumber: number; isPrimary: boolean };
export type ApplicationStatusChange = { fromStatus: ApplicationStatus | null; toStatus: ApplicationStatus; reason: string; actor: string; at: string };

export type ApplicationSummary = {
  id: number;
  callId: number;
  callYear: number;
  providerId: number;
  providerName: string;
  title: string;
  status: ApplicationStatus;
  requestedCents: number;
  chargesCents: number;
  primaryObjectiveCode: string | null;
  isDemo: boolean;
  /** The last save or status change (ISO instant): lists show it and sort by it. */
  updatedAt: string;
  /** The latest avis of the commission (the latest session's), null before any. */
  avisKind: AvisKind | null;
  avisProposedCents: number | null;
};

export type ApplicationDetail = Omit<ApplicationFields, 'budgetLines'> &
  ApplicationSummary & {
    callTitle: string;
    objectives: ApplicationObjectiveRef[];
    territories: { id: number; name: string; isPriority: boolean }[];
    budgetLines: (BudgetLine & { label: string })[];
    budget: BudgetTotals;
    budgetProblems: string[];
    costPerParticipantCents: number | null;
    statusReason: string;
    history: ApplicationStatusChange[];
    createdAt: string;
  };

/** The page's rows, and the count and sums of every matching row (computed in SQL, never over the page). */
export type ApplicationList = { total: number; requestedTotalCents: number; proposedTotalCents: number; items: ApplicationSummary[] };

/** The application as its page shows it: the file, and what the commission decided and what followed. */
export type ApplicationRecord = ApplicationDetail & {
  decisions: ApplicationDecision[];
  convention: ApplicationConvention | null;
  /** Why the status can no longer change (a decision stands on the file), null while it can. */
  statusLock: string | null;
};
export type { ApplicationConvention, ApplicationDecision, DecisionScores, ProviderFunding, ProviderFundingYear } from '../../domain/application-decisions.ts';

export const APPLICATION_SORTS = ['title', 'provider', 'requested', 'status', 'updated', 'avis'] as const;
export const APPLICATION_AVIS_FILTERS = [...AVIS_KINDS, 'aucun'] as const;

export const applicationsMethods = {
  'applications.create': defineMethod<ApplicationRecord>()(applicationCreateSchema),
  'applications.update': defineMethod<ApplicationRecord>()(applicationUpdateSchema),
  'applications.get': defineMethod<ApplicationRecord>()(z.object({ id }).strict()),
  'applications.list': defineMethod<ApplicationList>()(
    z
      .object({
        callId: id.optional(),
        providerId: id.optional(),
        status: z.enum(['brouillon', 'depose', 'recevable', 'irrecevable']).optional(),
        avis: z.enum(APPLICATION_AVIS_FILTERS).optional(),
        leverNumber: z.number().int().positive().optional(),
        territoryId: id.optional(),
        query: z.string().trim().max(200).optional(),
        sort: z.enum(APPLICATION_SORTS).default('title'),
        descending: z.boolean().default(false),
        limit: z.number().int().min(1).max(5000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  /** Refused once a decision stands on the file (statusLock says why). */
  'applications.setStatus': defineMethod<ApplicationRecord>()(
    z
      .object({
        id,
        status: z.enum(['brouillon', 'depose', 'recevable', 'irrecevable']),
        reason: z.string().trim().max(2000, '2 000 caractères au plus.').default(''),
      })
      .strict(),
  ),
};
