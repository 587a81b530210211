// Sessions of the CAI (séances), their grid, jury, attendance, agenda and conflicts of interest (browser-safe).
import { z } from 'zod';
import { evaluationGridSchema } from '../../domain/jury/grid.ts';
import type { QuorumResult, QuorumRule } from '../../domain/jury/quorum.ts';
import type { SessionStatus } from '../../domain/jury/session-status.ts';
import type { ApplicationStatus } from '../applications/applications-api.ts';
import { defineMethod } from '../define.ts';
import type { Juror } from '../jurors/jurors-api.ts';

export { SESSION_STATUS_LABELS } from '../../domain/jury/session-status.ts';
export type { SessionStatus } from '../../domain/jury/session-status.ts';

/** 'convoque': convened, attendance not recorded yet (counts as not there for the quorum). */
export const MEMBER_ATTENDANCE_LABELS = { convoque: 'Convoqué', present: 'Présent', excuse: 'Excusé', absent: 'Absent', represente: 'Représenté' } as const;
export type MemberAttendance = keyof typeof MEMBER_ATTENDANCE_LABELS;
const ATTENDANCES = Object.keys(MEMBER_ATTENDANCE_LABELS) as [MemberAttendance, ...MemberAttendance[]];

export const CONFLICT_TYPE_LABELS = {
  membre_conseil: 'Membre du conseil d’administration',
  salarie: 'Salarié de la structure',
  lien_familial: 'Lien familial',
  usager: 'Usager du service',
  autre: 'Autre',
} as const;
export type ConflictType = keyof typeof CONFLICT_TYPE_LABELS;
const CONFLICT_TYPES = Object.keys(CONFLICT_TYPE_LABELS) as [ConflictType, ...ConflictType[]];

export type GridSummary = { id: number; family: string; version: number; title: string; isFrozen: boolean; criteriaCount: number };
/** The grid as the API carries it (mutable arrays): what grids.get returns can be edited and given back to grids.save as is. */
export type GridDefinition = z.output<typeof evaluationGridSchema>;
export type GridDetail = GridSummary & { definition: GridDefinition; createdAt: string; createdBy: string };

export type SessionSummary = {
  id: number;
  callId: number;
  callTitle: string;
  title: string;
  heldOn: string;
  place: string;
  status: SessionStatus;
  agendaCount: number;
  memberCount: number;
  isDemo: boolean;
};

export type SessionMember = Juror & {
  attendance: MemberAttendance;
  representedByJurorId: number | null;
  hasPin: boolean;
  isChair: boolean;
  /** Sheets of this juror submitted / applications on the agenda this juror may score (conflicts left out). */
  submittedCount: number;
  toScoreCount: number;
};

export type AgendaItem = {
  position: number;
  applicationId: number;
  title: string;
  providerId: number;
  providerName: string;
  requestedCents: number;
  applicationStatus: ApplicationStatus;
  leverNumber: number | null;
  /** Jurors with a declared conflict on this application (directly or through its provider). */
  conflictedJurorIds: number[];
};

export type Conflict = {
  id: number;
  jurorId: number;
  jurorName: string;
  applicationId: number | null;
  applicationTitle: string | null;
  providerId: number | null;
  providerName: string | null;
  type: ConflictType;
  note: string;
  declaredBy: string;
  isPinned: boolean;
  createdAt: string;
};

/** A member locked out after five wrong PINs in a row (jury mode or a chair's act), until `lockedUntil` (ISO instant). */
export type PinLockout = { jurorId: number; jurorName: string; lockedUntil: string };

/** A member whose sheets are not all submitted: what the chair is told before moving on to the deliberation. */
export type UnsubmittedJuror = { jurorId: number; jurorName: string; attendance: MemberAttendance; completeCount: number; toScoreCount: number };

/** What a change of status would meet, asked before it is made: the refusal it would get, or the sheets left behind. */
export type StatusChangePreview = { from: SessionStatus; to: SessionStatus; refusal: string | null; unsubmitted: UnsubmittedJuror[] };

export type SessionDetail = SessionSummary & {
  gridId: number;
  grid: GridSummary;
  quorumRule: QuorumRule;
  quorum: QuorumResult;
  disagreementThreshold: number;
  chairJurorId: number | null;
  members: SessionMember[];
  agenda: AgendaItem[];
  conflicts: Conflict[];
  revealedAt: string | null;
  revealedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

const id = z.number().int().positive();
const isoDate = z.iso.date({ error: 'Date invalide (attendu AAAA-MM-JJ).' });
const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority_of_permanent') }).strict(),
  z.object({ kind: z.literal('minimum_present'), count: z.number().int().min(1, 'Au moins 1 membre.').max(100) }).strict(),
]);
/** A PIN of 4 to 8 digits: typed by the juror on the chair's or their own laptop. */
export const pinSchema = z.string().regex(/^\d{4,8}$/u, 'Le code PIN compte 4 à 8 chiffres.');

export const sessionFieldsSchema = z
  .object({
    callId: id,
    title: z.string().trim().min(1, "L'intitulé de la séance est requis.").max(200, '200 caractères au plus.'),
    heldOn: isoDate,
    place: z.string().trim().max(300, '300 caractères au plus.').default(''),
    /** By default the latest version of the default grid shipped in resources/grids. */
    gridId: id.optional(),
    quorumRule: quorumRuleSchema.default({ kind: 'majority_of_permanent' }),
    disagreementThreshold: z.number().min(0, 'Entre 0 et 20.').max(20, 'Entre 0 et 20.').default(5),
    /** The convened jurors; the chair must be one of them. */
    jurorIds: z.array(id).max(100).default([]),
    chairJurorId: id.nullable().default(null),
  })
  .strict();
export type SessionInput = z.input<typeof sessionFieldsSchema>;

export const sessionsMethods = {
  'grids.list': defineMethod<GridSummary[]>()(z.object({}).strict()),
  'grids.get': defineMethod<GridDetail>()(z.object({ id }).strict()),
  /** Saves a grid: a new family, or the next version of a family (a frozen version is never changed). */
  'grids.save': defineMethod<GridDetail>()(z.object({ family: z.string().trim().min(1).max(80).optional(), definition: evaluationGridSchema }).strict()),

  'sessions.list': defineMethod<SessionSummary[]>()(z.object({ callId: id.optional() }).strict()),
  'sessions.get': defineMethod<SessionDetail>()(z.object({ id }).strict()),
  'sessions.create': defineMethod<SessionDetail>()(sessionFieldsSchema),
  'sessions.update': defineMethod<SessionDetail>()(sessionFieldsSchema.extend({ id }).strict()),
  'sessions.setAttendance': defineMethod<SessionDetail>()(
    z.object({ sessionId: id, jurorId: id, attendance: z.enum(ATTENDANCES, { error: 'Présence inconnue.' }), representedByJurorId: id.nullable().default(null) }).strict(),
  ),
  /** The agenda in discussion order; only recevable applications of the session's call. Empty list + fill: all recevable ones, by provider. */
  'sessions.setAgenda': defineMethod<SessionDetail>()(z.object({ sessionId: id, applicationIds: z.array(id).max(5000) }).strict()),
  'sessions.fillAgenda': defineMethod<SessionDetail>()(z.object({ sessionId: id }).strict()),
  'sessions.setStatus': defineMethod<SessionDetail>()(
    z.object({ sessionId: id, status: z.enum(['preparation', 'notation', 'deliberation', 'close']), reason: z.string().trim().max(2000).default('') }).strict(),
  ),
  /**
   * Set by the manager while preparing the session, before handing the laptop to the juror. Once the
   * notation has started, only with the chair's PIN (else a juror could score in another's name); a
   * new PIN also lifts the member's lockout.
   */
  'sessions.setPin': defineMethod<SessionDetail>()(z.object({ sessionId: id, jurorId: id, pin: pinSchema, chairPin: pinSchema.optional() }).strict()),
  /** The chair lifts a member's PIN lockout (five wrong PINs) with their own PIN; logged. */
  'sessions.unlockPin': defineMethod<SessionDetail>()(z.object({ sessionId: id, jurorId: id, chairPin: pinSchema }).strict()),
  /** The members locked out right now (kept in memory by the app that runs, never on disk). */
  'sessions.listPinLockouts': defineMethod<PinLockout[]>()(z.object({ sessionId: id }).strict()),
  /** Before a change of status: whether it would be refused, and who has not submitted their sheets (told before the deliberation). */
  'sessions.previewStatus': defineMethod<StatusChangePreview>()(z.object({ sessionId: id, status: z.enum(['preparation', 'notation', 'deliberation', 'close']) }).strict()),
  'sessions.declareConflict': defineMethod<SessionDetail>()(
    z
      .object({
        sessionId: id,
        jurorId: id,
        applicationId: id.nullable().default(null),
        providerId: id.nullable().default(null),
        type: z.enum(CONFLICT_TYPES, { error: 'Type de conflit inconnu.' }),
        note: z.string().trim().max(2000).default(''),
        /** Given: the chair adds or confirms the conflict, pinned (the juror cannot withdraw it). */
        chairPin: pinSchema.optional(),
      })
      .strict()
      .refine((conflict) => (conflict.applicationId === null) !== (conflict.providerId === null), { message: 'Indiquez un dossier ou un prestataire (l’un des deux).', path: ['applicationId'] }),
  ),
  'sessions.withdrawConflict': defineMethod<SessionDetail>()(
    z.object({ conflictId: id, reason: z.string().trim().min(1, 'Indiquez pourquoi le conflit est retiré.').max(2000), chairPin: pinSchema.optional() }).strict(),
  ),
};
