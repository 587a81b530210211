// Jury scoring: a juror's own sheet (jury mode, opened with a PIN), the chair's acts (paper sheets,
// reopening, reveal), sealed results, the avis and the deliberation (browser-safe).
import { z } from 'zod';
import type { AvisKind, EnvelopeTotals } from '../../domain/jury/avis.ts';
import type { EvaluationGrid } from '../../domain/jury/grid.ts';
import type { CriterionScore, SheetAnswers, SheetProblem } from '../../domain/jury/sheet-rules.ts';
import type { ApplicationDetail } from '../applications/applications-api.ts';
import type { AttachmentItem } from '../attachments/attachments-api.ts';
import { defineMethod } from '../define.ts';
import { sealedContent } from '../sealed-content.ts';
import { pinSchema } from '../sessions/sessions-api.ts';
import type { SessionStatus } from '../sessions/sessions-api.ts';

export { AVIS_LABELS } from '../../domain/jury/avis.ts';
export type { AvisKind } from '../../domain/jury/avis.ts';

export type SheetStatus = 'draft' | 'submitted';

/** What a juror sees of the session: their own work only. */
export type JurySession = {
  juryToken: string;
  sessionId: number;
  sessionTitle: string;
  heldOn: string;
  sessionStatus: SessionStatus;
  jurorId: number;
  jurorName: string;
  grid: EvaluationGrid;
  /** In agenda order; conflicted applications are listed but cannot be scored. */
  applications: {
    applicationId: number;
    title: string;
    providerName: string;
    isConflicted: boolean;
    answered: number;
    total: number;
    isComplete: boolean;
    /** The criteria scored low without the comment the grid then asks: why "7 / 7" is not yet complete. */
    missingComments: string[];
  }[];
  /** "12 / 40": complete sheets over applications to score (conflicts left out). */
  completeCount: number;
  toScoreCount: number;
  isSubmitted: boolean;
  submittedAt: string | null;
};

export type JurySheet = {
  applicationId: number;
  /** The file as filed: summary, budget, targeted objectives; never another juror's score. */
  application: ApplicationDetail;
  attachments: AttachmentItem[];
  answers: SheetAnswers;
  /** Problems against the grid at submit stage (missing scores, comments required…). */
  problems: SheetProblem[];
  status: SheetStatus;
};

/** Per juror: progress only until the reveal, never a score. */
export type JurorProgress = { jurorId: number; jurorName: string; completeCount: number; toScoreCount: number; isSubmitted: boolean; submittedAt: string | null; source: 'app' | 'paper' | 'pack' | null };

export type ApplicationOutcome = {
  applicationId: number;
  position: number;
  title: string;
  providerName: string;
  leverNumber: number | null;
  requestedCents: number;
  jurorsCounted: number;
  /** Jurors who withdrew for a conflict of interest. */
  conflictedCount: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  stdDev: number | null;
  rank: number | null;
  disagreement: boolean;
  criterionMeans: { key: string; label: string; mean: number | null; count: number }[];
  /** Individual scores on 20, only after the reveal and only of submitted sheets. */
  jurorScores: { jurorId: number; jurorName: string; score: number }[] | null;
  /** What the counted jurors wrote, per criterion, named: like the scores, only after the reveal. */
  criterionComments: CriterionComments[];
  avis: Avis | null;
};

/** One juror's comment on one criterion, with the level they gave it (N/A, or null if left unscored). */
export type JurorComment = { jurorId: number; jurorName: string; score: CriterionScore | null; comment: string };
export type CriterionComments = { key: string; label: string; comments: JurorComment[] };

export type Avis = { kind: AvisKind; conditions: string; reasons: string; motivation: string; proposedCents: number; decidedBy: string; decidedAt: string };

export type SessionResults = {
  sessionId: number;
  status: SessionStatus;
  /** Null until the chair reveals: then no score of any kind is given out. */
  revealedAt: string | null;
  progress: JurorProgress[];
  /** Empty until the reveal. */
  outcomes: ApplicationOutcome[];
  /** Proposed amounts against the call's envelope and per lever (from the avis recorded so far). */
  envelope: EnvelopeTotals;
};

const id = z.number().int().positive();
const juryToken = z.string().min(16).max(200);
const answerSchema = z.object({ score: z.union([z.number().int(), z.literal('na')]).nullable(), comment: z.string().trim().max(4000, '4 000 caractères au plus.').default('') }).strict();
const answersSchema = z.record(z.string().min(1).max(80), answerSchema);

export const avisInputSchema = z
  .object({
    sessionId: id,
    applicationId: id,
    kind: z.enum(['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable'], { error: 'Avis inconnu.' }),
    conditions: z.string().trim().max(4000).default(''),
    reasons: z.string().trim().max(4000).default(''),
    motivation: z.string().trim().max(8000).default(''),
    proposedCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  })
  .strict();

export const scoringMethods = {
  /** Jury mode: the juror picks their name and types their PIN; the token opens their sheet only, for this run of the app (12 hours at most). Five wrong PINs lock the juror out for five minutes. */
  'jury.open': defineMethod<JurySession>()(z.object({ sessionId: id, jurorId: id, pin: pinSchema }).strict()),
  'jury.session': defineMethod<JurySession>()(z.object({ juryToken }).strict()),
  'jury.sheet': defineMethod<JurySheet>()(z.object({ juryToken, applicationId: id }).strict()),
  /** Autosave of one criterion; refused on a conflicted application or once submitted. */
  'jury.saveAnswer': defineMethod<JurySheet>()(z.object({ juryToken, applicationId: id, criterionKey: z.string().min(1).max(80), answer: answerSchema }).strict()),
  /** Seals every sheet of the juror; refused while any sheet to score is incomplete (names them). */
  'jury.submit': defineMethod<JurySession>()(z.object({ juryToken }).strict()),
  /** Forgets the token (the juror hands the laptop back). */
  'jury.close': defineMethod<{ closed: true }>()(z.object({ juryToken }).strict()),
  /**
   * Leaving jury mode for the app's other screens on the chair's computer: while the notation is open,
   * only with the chair's PIN (a juror must not reach the session's administration). Writes nothing.
   */
  'jury.leave': defineMethod<{ left: true }>()(z.object({ sessionId: id, chairPin: pinSchema.optional() }).strict()),

  /** The chair enters a sheet scored on paper (submitted at once, source 'paper'). */
  'scores.enterPaper': defineMethod<SessionResults>()(z.object({ sessionId: id, jurorId: id, applicationId: id, answers: answersSchema, chairPin: pinSchema }).strict()),
  /**
   * Paper sheets from a CSV: juror, application, criterion, score (or NA), comment; all or nothing.
   * Errors in the rows do not throw: the report lists every one (row, column, French message) with
   * sheets = answers = 0 and nothing written. A wrong PIN, a closed session or an unreadable file throw.
   */
  'scores.importCsv': defineMethod<{ sheets: number; answers: number; errors: { row: number; column: string; message: string }[] }>()(
    // Sealed: the audit log keeps neither the size nor a digest of a file of scores (sealed-content.ts).
    z.object({ sessionId: id, fileName: z.string().max(255), contentBase64: sealedContent(z.string().max(40_000_000)), chairPin: pinSchema }).strict(),
  ),
  /** Only the chair reopens a submitted sheet, with a reason. */
  'scores.reopen': defineMethod<SessionResults>()(z.object({ sessionId: id, jurorId: id, reason: z.string().trim().min(1, 'Indiquez pourquoi la fiche est rouverte.').max(2000), chairPin: pinSchema }).strict()),
  /** At deliberation, the chair reveals the submitted scores; logged. */
  'sessions.reveal': defineMethod<SessionResults>()(z.object({ sessionId: id, chairPin: pinSchema }).strict()),
  'sessions.results': defineMethod<SessionResults>()(z.object({ sessionId: id }).strict()),
  'sessions.setAvis': defineMethod<SessionResults>()(avisInputSchema),
};
