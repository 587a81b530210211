// Drafts conventions from the avis of a closed session: one per favourable avis with an amount, the
// conditions of a "sous réserve" carried in; a second run drafts nothing new.
import { and, eq, inArray } from 'drizzle-orm';
import { appendConventionEvent, appendScheduleLines, insertConvention, nextConventionNumber, replaceYears } from '../../../db/queries/convention-write.ts';
import { conventionSummary } from '../../../db/queries/convention-read.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import { applications } from '../../../db/schema/applications.ts';
import { calls } from '../../../db/schema/calls.ts';
import { conventions } from '../../../db/schema/conventions.ts';
import { organisation } from '../../../db/schema/settings.ts';
import { avis } from '../../../db/schema/scoring.ts';
import { caiSessions } from '../../../db/schema/sessions.ts';
import { AppError } from '../../domain/app-error.ts';
import { FUNDING_AVIS } from '../../domain/jury/avis.ts';
import { defaultSchedule, DEFAULT_ADVANCE_BP } from '../../domain/conventions/schedule.ts';
import { loadConventionTemplate } from '../../documents/convention-template.ts';
import type { ServiceContext } from '../context.ts';
import type { ConventionSummary, DraftReport } from './conventions-api.ts';

/** The SCDL file publishes the object in 256 characters at most: the title, shortened at a word if needed. */
export function openDataObjectOf(title: string): string {
  if (title.length <= 256) return title;
  const cut = title.slice(0, 255);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).trimEnd()}…`;
}

/**
 * The calendar years the action covers (four at most, the longest a CPO runs), with the amount
 * split evenly and the remainder on the first year. An annual action is one year: the call's.
 */
export function conventionYearsOf(amountCents: number, startsOn: string, endsOn: string, multiYear: boolean): { year: number; amountCents: number }[] {
  const first = Number(startsOn.slice(0, 4));
  const last = multiYear ? Math.min(Number(endsOn.slice(0, 4)), first + 3) : first;
  const count = last - first + 1;
  const share = Math.floor(amountCents / count);
  return Array.from({ length: count }, (_, index) => ({ year: first + index, amountCents: index === 0 ? amountCents - share * (count - 1) : share }));
}

type Candidate = {
  applicationId: number;
  sessionId: number;
  title: string;
  summary: string;
  providerId: number;
  startsOn: string | null;
  endsOn: string | null;
  duration: 'annuelle' | 'pluriannuelle';
  chargesCents: number;
  isDemo: boolean;
  callYear: number;
  kind: string;
  proposedCents: number;
  conditions: string;
  sessionStatus: string;
};

function candidates(context: ServiceContext, where: { sessionId?: number | undefined; applicationId?: number | undefined }): Candidate[] {
  const { db } = context;
  return db
    .select({
      applicationId: applications.id,
      sessionId: avis.sessionId,
      title: applications.title,
      summary: applications.summary,
      providerId: applications.providerId,
      startsOn: applications.startsOn,
      endsOn: applications.endsOn,
      duration: applications.duration,
      chargesCents: applications.chargesCents,
      isDemo: applications.isDemo,
      callYear: calls.year,
      kind: avis.kind,
      proposedCents: avis.proposedCents,
      conditions: avis.conditions,
      sessionStatus: caiSessions.status,
    })
    .from(avis)
    .innerJoin(applications, eq(applications.id, avis.applicationId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(caiSessions, eq(caiSessions.id, avis.sessionId))
    .where(where.sessionId !== undefined ? eq(avis.sessionId, where.sessionId) : eq(avis.applicationId, where.applicationId ?? 0))
    .orderBy(applications.id)
    .all();
}

function draftOne(context: ServiceContext, candidate: Candidate, advanceBp: number, templateVersion: string): number {
  const { db } = context;
  const at = context.now().toISOString();
  const startsOn = candidate.startsOn ?? `${candidate.callYear}-01-01`;
  const endsOn = candidate.endsOn ?? `${Number(startsOn.slice(0, 4))}-12-31`;
  const years = conventionYearsOf(candidate.proposedCents, startsOn, endsOn, candidate.duration === 'pluriannuelle');
  const object = candidate.summary.trim() === '' ? candidate.title : `${candidate.title} — ${candidate.summary.trim()}`;
  const id = insertConvention(db, {
    number: nextConventionNumber(db, candidate.callYear),
    applicationId: candidate.applicationId,
    sessionId: candidate.sessionId,
    providerId: candidate.providerId,
    duration: years.length > 1 ? 'pluriannuelle' : 'annuelle',
    object,
    openDataObject: openDataObjectOf(candidate.title),
    startsOn,
    endsOn,
    totalCents: candidate.proposedCents,
    eligibleCostCents: candidate.chargesCents,
    conditions: candidate.kind === 'favorable_sous_reserve' ? candidate.conditions : '',
    advanceBp,
    templateVersion,
    isDemo: candidate.isDemo,
    createdAt: at,
    createdBy: context.actor,
    updatedAt: at,
  });
  replaceYears(db, id, years);
  appendScheduleLines(db, id, defaultSchedule(years, advanceBp), at);
  appendConventionEvent(db, id, { kind: 'statut', summary: `Convention rédigée d’après l’avis de la CAI (séance n° ${candidate.sessionId}).`, toStatus: 'brouillon' }, context.actor, at);
  return id;
}

export function draftConventions(context: ServiceContext, input: { sessionId?: number | undefined; applicationId?: number | undefined }): DraftReport {
  const { db } = context;
  if (input.sessionId !== undefined) {
    const session = sessionRow(db, input.sessionId);
    if (session.status !== 'close') throw new AppError('precondition', 'La séance n’est pas close : les conventions se préparent d’après les avis d’une séance close.');
  }
  const found = candidates(context, input);
  if (input.applicationId !== undefined && found.length === 0) throw new AppError('precondition', `Le dossier n° ${input.applicationId} n’a pas d’avis de la CAI.`);
  const existing = new Set(
    db
      .select({ applicationId: conventions.applicationId })
      .from(conventions)
      .where(inArray(conventions.applicationId, found.map((candidate) => candidate.applicationId)))
      .all()
      .map((row) => row.applicationId),
  );
  const advanceBp = db.select({ bp: organisation.conventionAdvanceBp }).from(organisation).where(and(eq(organisation.id, 1))).get()?.bp ?? DEFAULT_ADVANCE_BP;
  const today = context.now().toISOString().slice(0, 10);
  // The clauses the convention will be printed with: recorded on the act, shown on its page.
  const templateVersion = found.length > 0 ? loadConventionTemplate(context.resourcesDir).version : '';
  const report: DraftReport = { drafted: [], skipped: [] };
  for (const candidate of found) {
    const skip = (reason: string) => report.skipped.push({ applicationId: candidate.applicationId, title: candidate.title, reason });
    if (existing.has(candidate.applicationId)) continue;
    if (candidate.sessionStatus !== 'close') skip('La séance de l’avis n’est pas close.');
    else if (!FUNDING_AVIS.has(candidate.kind as never)) skip('Avis non favorable : pas de convention.');
    else if (candidate.proposedCents <= 0) skip('Avis favorable sans montant proposé.');
    else {
      const id = draftOne(context, candidate, advanceBp, templateVersion);
      report.drafted.push(conventionSummary(db, id, today) as ConventionSummary);
    }
  }
  return report;
}
